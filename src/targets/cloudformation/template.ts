import type { Deployment, OutputPlan, StackKey, StackPlan } from '../../model';
import { getAtt, ref, type Intrinsic } from '../emit/cloudformation';
import { explained } from '../emit/explained';
import { certificate, dnsRecord, lambdaPermission } from './access-resources';
import { accessLogResources } from './access-log-resources';
import { bucketResources } from './bucket-resources';
import {
  cachePolicy,
  originAccessControl,
  responseHeadersPolicy,
  viewerRequestFunction,
} from './cloudfront-resources';
import { distribution } from './distribution';
import { securityGroupIngress, vpcOrigin } from './private-origin-resources';
import { LOGICAL_IDS } from './logical-ids';
import { distributionArnIn } from './references';
import { webAclResource } from './web-acl-resource';
import type { CfnResource, CloudFormationTemplate } from './template-types';

/** Each stack's template file (without the format's extension), in the bundle's `cloudformation/` folder. */
export const TEMPLATE_FILE_BASES: Record<StackKey, string> = {
  main: 'template',
  'origin-region': 'origin-access',
};

/** What a parameter filled from another stack's output must look like (CloudFormation checks it on deploy). */
const READ_PATTERNS: Partial<Record<OutputPlan['key'], string>> = {
  DistributionArn: '^arn:aws[a-z-]*:cloudfront::[0-9]{12}:distribution/[A-Z0-9]+$',
};

/** The template of one stack: every resource the model places in it, the values it reads, its outputs. */
export function stackTemplate(deployment: Deployment, stack: StackPlan): CloudFormationTemplate {
  const parameters: NonNullable<CloudFormationTemplate['Parameters']> = {};
  for (const read of stack.reads) {
    const from = deployment.stacks.find((candidate) => candidate.key === read.from);
    const pattern = READ_PATTERNS[read.output];
    parameters[read.output] = {
      Type: 'String',
      Description: `The ${read.output} output of the ${from?.name ?? read.from} stack`,
      ...(pattern !== undefined ? { AllowedPattern: pattern } : {}),
    };
  }
  // Values looked up in the account when the stack is deployed (the deploy step fills them).
  for (const lookup of stack.lookups) {
    parameters[lookup.key] = {
      Type: 'String',
      Description: `${lookup.description}, looked up when the stack is deployed`,
      AllowedPattern: lookup.pattern,
    };
  }
  const secret = deployment.originSecret;
  if (secret !== null && deployment.distribution.stack === stack.key) {
    parameters[secret.versionId.parameter] = {
      Type: 'String',
      Description: secret.versionId.description,
      AllowedPattern: secret.versionId.pattern,
    };
  }
  const outputs: NonNullable<CloudFormationTemplate['Outputs']> = {};
  for (const output of deployment.outputs.filter((candidate) => candidate.stack === stack.key)) {
    outputs[output.key] = { Description: output.description, Value: outputValue(deployment, output) };
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: explained(
      'generated.stackRegions',
      `${stack.description}. Deploy in ${stack.region}: ${stack.regionReason}.`,
    ),
    ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
    Resources: stackResources(deployment, stack.key),
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
}

function stackResources(deployment: Deployment, stack: StackKey): Record<string, CfnResource> {
  const here = <T extends { stack: StackKey }>(plans: readonly T[]) =>
    plans.filter((plan) => plan.stack === stack);
  const resources: Record<string, CfnResource> = {};
  const fn = deployment.viewerRequestFunction;
  if (fn !== null && fn.stack === stack)
    resources[LOGICAL_IDS.viewerRequestFunction] = viewerRequestFunction(fn);
  for (const policy of here(deployment.cachePolicies))
    resources[LOGICAL_IDS.cachePolicy(policy.key)] = cachePolicy(policy);
  for (const policy of here(
    deployment.responseHeadersPolicy === null ? [] : [deployment.responseHeadersPolicy],
  ))
    resources[LOGICAL_IDS.responseHeadersPolicy(policy.key)] = responseHeadersPolicy(policy);
  for (const control of here(deployment.originAccessControls))
    resources[LOGICAL_IDS.originAccessControl(control.key)] = originAccessControl(control);
  for (const bucket of here(deployment.buckets))
    Object.assign(resources, bucketResources(deployment, bucket));
  for (const permission of here(deployment.lambdaPermissions))
    resources[LOGICAL_IDS.lambdaPermission(permission.key)] = lambdaPermission(deployment, permission);
  const cert = deployment.certificate;
  if (cert.kind === 'created' && cert.stack === stack)
    resources[LOGICAL_IDS.certificate] = certificate(deployment, cert);
  const webAcl = deployment.webAcl;
  if (webAcl?.kind === 'created' && webAcl.stack === stack)
    resources[LOGICAL_IDS.webAcl] = webAclResource(webAcl);
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin !== null && privateOrigin.vpcOrigin.stack === stack)
    resources[LOGICAL_IDS.vpcOrigin(privateOrigin.vpcOrigin.key)] = vpcOrigin(privateOrigin.vpcOrigin);
  if (privateOrigin?.ingress !== null && privateOrigin?.ingress.stack === stack)
    resources[LOGICAL_IDS.securityGroupIngress(privateOrigin.ingress.key)] = securityGroupIngress(
      privateOrigin.ingress,
    );
  if (deployment.distribution.stack === stack) resources[LOGICAL_IDS.distribution] = distribution(deployment);
  const logs = deployment.accessLogDelivery;
  if (logs !== null && logs.stack === stack) Object.assign(resources, accessLogResources(deployment, logs));
  for (const record of here(deployment.dnsRecords))
    resources[LOGICAL_IDS.dnsRecord(record)] = dnsRecord(deployment, record);
  return resources;
}

function outputValue(deployment: Deployment, output: OutputPlan): Intrinsic {
  const { value } = output;
  if (value.of === 'bucket') return ref(LOGICAL_IDS.bucket(value.bucket));
  switch (value.attribute) {
    case 'id':
      return ref(LOGICAL_IDS.distribution);
    case 'domainName':
      return getAtt(LOGICAL_IDS.distribution, 'DomainName');
    case 'arn':
      return distributionArnIn(deployment, output.stack);
  }
}

/** The stack's template file, relative to the bundle root (where every command runs). */
export function templatePath(deployment: Deployment, stack: StackKey): string {
  return `cloudformation/${TEMPLATE_FILE_BASES[stack]}.${deployment.format.cloudFormation}`;
}

const templates = new WeakMap<Deployment, Map<StackKey, CloudFormationTemplate>>();

/** Every stack's template, built once per deployment (the files and the deploy steps both read them). */
export function stackTemplates(deployment: Deployment): Map<StackKey, CloudFormationTemplate> {
  let built = templates.get(deployment);
  if (built === undefined) {
    built = new Map(deployment.stacks.map((stack) => [stack.key, stackTemplate(deployment, stack)]));
    templates.set(deployment, built);
  }
  return built;
}
