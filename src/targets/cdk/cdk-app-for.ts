import type { Deployment, StackKey, StackPlan } from '../../model';
import { camelCase } from '../../model/names';
import { accessLogStatements } from './build-access-logs';
import { acknowledgmentStatements } from './build-acknowledgments';
import { distributionStatement, logBucketStatement, originStatement } from './build-distribution';
import { cachePolicyStatement, functionStatement, responseHeadersPolicyStatement } from './build-policies';
import { ingressStatement, lookupParameterStatement, vpcOriginStatement } from './build-private-origin';
import { webAclStatement } from './build-web-acl';
import {
  aliasTargetStatement,
  bucketStatement,
  certificateStatement,
  dnsRecordStatement,
  hostedZoneStatement,
  lambdaPermissionStatement,
  originAccessControlStatement,
  originSecretStatements,
  outputOf,
  outputValue,
} from './build-resources';
import {
  attribute,
  bool,
  prop,
  props,
  str,
  struct,
  type CdkApp,
  type CdkExport,
  type CdkParameter,
  type CdkStack,
  type CdkStackInstance,
  type CdkStatement,
  type CdkValue,
} from './graph';
import { VARIABLES, stackVariable } from './variables';

const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

/**
 * The construct graph of the CDK app for a deployment: one stack class per model stack, holding exactly the
 * model's resources of that stack. Nothing is decided here: every value comes from the model.
 */
export function cdkAppFor(deployment: Deployment): CdkApp {
  const crossRegion = deployment.stacks.some((stack) => stack.reads.length > 0);
  const readers = (key: StackKey) =>
    deployment.stacks.filter((stack) => stack.reads.some((read) => read.from === key));
  const stacks = deployment.stacks.map((stack) => stackFor(deployment, stack));
  const entry = deployment.stacks.map((stack): CdkStackInstance => ({
    stack: stack.key,
    className: classNameOf(stack),
    variable: readers(stack.key).length > 0 ? stackVariable(stack.key) : null,
    id: stack.id,
    props: props(
      prop('stackName', str(stack.name)),
      prop('description', str(stack.description)),
      prop(
        'env',
        struct('core', 'Environment', [
          prop('account', { kind: 'environment', name: 'CDK_DEFAULT_ACCOUNT' }),
          prop('region', str(stack.region), 'generated.stackRegions'),
        ]),
        'generated.stackRegions',
      ),
      crossRegion && prop('crossRegionReferences', bool(true)),
      ...stack.reads.map((read) =>
        prop(camelCase(read.output), attribute(stackVariable(read.from), camelCase(read.output))),
      ),
    ),
    comment: stack.regionReason,
  }));
  return { stacks, entry };
}

function classNameOf(stack: StackPlan): string {
  if (!IDENTIFIER.test(stack.id)) throw new Error(`Stack id ${stack.id} is not a class name`);
  return stack.id;
}

function stackFor(deployment: Deployment, stack: StackPlan): CdkStack {
  const parameters: CdkParameter[] = stack.reads.map((read) => ({
    name: camelCase(read.output),
    doc: `${read.output} of the ${read.from} stack.`,
    from: { stack: read.from, export: camelCase(read.output) },
  }));
  const exports: CdkExport[] = deployment.stacks
    .flatMap((other) => other.reads.filter((read) => read.from === stack.key))
    .map((read) => {
      const output = deployment.outputs.find((candidate) => candidate.key === read.output);
      if (output === undefined) throw new Error(`The model has no output ${read.output}`);
      return {
        name: camelCase(read.output),
        doc: `${output.description} (read by another stack).`,
        value: outputValue(output.value),
      };
    });
  return {
    key: stack.key,
    className: classNameOf(stack),
    doc: stack.description,
    parameters,
    exports: exports.filter(
      (item, index) => exports.findIndex((other) => other.name === item.name) === index,
    ),
    statements: statementsOf(deployment, stack.key, parameters),
    outputs: deployment.outputs.filter((output) => output.stack === stack.key).map(outputOf),
  };
}

/** The resources of one stack, in the order they refer to each other. */
function statementsOf(deployment: Deployment, key: StackKey, parameters: CdkParameter[]): CdkStatement[] {
  const here = <T extends { stack: StackKey }>(items: T[]): T[] => items.filter((item) => item.stack === key);
  const statements: CdkStatement[] = [];
  const { certificate, distribution } = deployment;
  const createdCertificate = certificate.kind === 'created' && certificate.stack === key;
  const records = here(deployment.dnsRecords);
  if (deployment.hostedZone !== null && (createdCertificate || records.length > 0))
    statements.push(hostedZoneStatement(deployment.hostedZone));
  if (distribution.stack === key) {
    statements.push(certificateStatement(certificate));
    if (deployment.originSecret !== null) statements.push(...originSecretStatements(deployment.originSecret));
  }
  const fn = deployment.viewerRequestFunction;
  if (fn !== null && fn.stack === key) statements.push(functionStatement(fn));
  statements.push(...here(deployment.cachePolicies).map(cachePolicyStatement));
  const headers = deployment.responseHeadersPolicy;
  if (headers !== null && headers.stack === key) statements.push(responseHeadersPolicyStatement(headers));
  statements.push(...here(deployment.buckets).map(bucketStatement));
  statements.push(...here(deployment.originAccessControls).map(originAccessControlStatement));
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin !== null && privateOrigin.vpcOrigin.stack === key)
    statements.push(vpcOriginStatement(privateOrigin.vpcOrigin));
  const webAcl = deployment.webAcl;
  if (webAcl?.kind === 'created' && webAcl.stack === key) statements.push(webAclStatement(webAcl));
  if (distribution.stack === key) {
    statements.push(...distribution.origins.map((origin) => originStatement(deployment, origin)));
    if (distribution.logging !== null) statements.push(logBucketStatement(distribution.logging));
    statements.push(distributionStatement(deployment));
    const logs = deployment.accessLogDelivery;
    if (logs !== null && logs.stack === key) statements.push(...accessLogStatements(logs));
  }
  statements.push(...acknowledgmentStatements(deployment, key));
  const permissions = here(deployment.lambdaPermissions);
  permissions.forEach((permission, index) => {
    const statement = lambdaPermissionStatement(permission, distributionArnIn(deployment, key, parameters));
    statements.push(
      index === 0
        ? {
            ...statement,
            comment:
              'Both grants a function URL with OAC needs (aws-cdk issue 35872), for this distribution.',
          }
        : statement,
    );
  });
  if (records.length > 0) statements.push(aliasTargetStatement(), ...records.map(dnsRecordStatement));
  const ingress = privateOrigin?.ingress ?? null;
  if (ingress !== null && ingress.stack === key) {
    const lookup = deployment.stacks
      .find((stack) => stack.key === key)
      ?.lookups.find((candidate) => candidate.key === ingress.lookup);
    if (lookup === undefined) throw new Error(`The ${key} stack does not look up ${ingress.lookup}`);
    statements.push(lookupParameterStatement(lookup), ingressStatement(ingress, lookup));
  }
  return statements;
}

/** The distribution's ARN in a stack: its own attribute, or the parameter read from the distribution's stack. */
function distributionArnIn(deployment: Deployment, key: StackKey, parameters: CdkParameter[]): CdkValue {
  if (deployment.distribution.stack === key) return attribute(VARIABLES.distribution, 'distributionArn');
  const parameter = parameters.find((candidate) => candidate.name === 'distributionArn');
  if (parameter === undefined) throw new Error(`The ${key} stack does not read the distribution ARN`);
  return { kind: 'parameter', name: parameter.name };
}
