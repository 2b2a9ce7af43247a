import type { Config } from '../config/schema';
import type {
  BucketPlan,
  DeployInput,
  DeployStep,
  Deployment,
  DestroyStep,
  OriginSecretPlan,
  OutputPlan,
  StackPlan,
} from './deployment';
import { acceptedFindingsFor } from './accepted-findings';
import { accessLogDeliveryFor } from './access-logs';
import { distributionPartsFor } from './distribution';
import { djangoSettingsFor } from './django-settings';
import { privateOriginFor } from './private-origin';
import { stacksFor } from './stacks';
import { webAclFor } from './web-acl';
import {
  bucketsFor,
  certificateFor,
  dnsRecordsFor,
  hostedZoneFor,
  lambdaPermissionsFor,
  originAccessControlsFor,
  originSecretFor,
} from './supporting-resources';

// A config is immutable once parsed: the previews, the checks and the request flow all ask for the same one.
const cache = new WeakMap<Config, Deployment>();

/** The deployment a valid Config asks for (computed once per Config object). */
export function deploymentFor(config: Config): Deployment {
  let deployment = cache.get(config);
  if (deployment === undefined) {
    deployment = buildDeployment(config);
    cache.set(config, deployment);
  }
  return deployment;
}

function buildDeployment(config: Config): Deployment {
  const stacks = stacksFor(config);
  // Whatever must sit in the origin's region (Lambda permissions, a security group rule) goes in its stack.
  const permissionsStack = stacks.some((stack) => stack.key === 'origin-region') ? 'origin-region' : 'main';
  const parts = distributionPartsFor(config);
  const buckets = bucketsFor(config);
  const originSecret = originSecretFor(config);
  const dnsRecords = dnsRecordsFor(config);
  const webAcl = webAclFor(config);
  return {
    projectName: config.projectName,
    stacks,
    ...parts,
    originAccessControls: originAccessControlsFor(config, buckets),
    buckets,
    lambdaPermissions: lambdaPermissionsFor(config, permissionsStack),
    certificate: certificateFor(config),
    hostedZone: hostedZoneFor(config),
    dnsRecords,
    originSecret,
    privateOrigin: privateOriginFor(config, permissionsStack),
    accessLogDelivery: accessLogDeliveryFor(config),
    acceptedFindings: acceptedFindingsFor(config, webAcl, buckets),
    webAcl,
    outputs: outputsFor(buckets),
    inputs: inputsFor(originSecret),
    deploySteps: deployStepsFor(stacks, buckets, originSecret, dnsRecords.length > 0),
    destroySteps: destroyStepsFor(stacks, buckets, originSecret, dnsRecords.length > 0),
    django: djangoSettingsFor(config),
    format: { cloudFormation: config.output.cloudFormationFormat },
  };
}

function outputsFor(buckets: BucketPlan[]): OutputPlan[] {
  return [
    {
      stack: 'main',
      key: 'DistributionId',
      description: 'CloudFront distribution ID (for cache invalidations)',
      value: { of: 'distribution', attribute: 'id' },
    },
    {
      stack: 'main',
      key: 'DistributionDomainName',
      description: 'Point the domain names here (alias or CNAME) if Route 53 records are not created',
      value: { of: 'distribution', attribute: 'domainName' },
    },
    {
      stack: 'main',
      key: 'DistributionArn',
      description: 'CloudFront distribution ARN',
      value: { of: 'distribution', attribute: 'arn' },
    },
    ...buckets.map((bucket): OutputPlan => ({
      stack: 'main',
      key: `${bucket.key}BucketName`,
      description: `S3 bucket for ${bucket.purpose}`,
      value: { of: 'bucket', bucket: bucket.key, attribute: 'name' },
    })),
  ];
}

function inputsFor(secret: OriginSecretPlan | null): DeployInput[] {
  if (secret === null) return [];
  const from = (version: 'AWSCURRENT' | 'AWSPREVIOUS') => ({
    secretsManager: secret.secretName,
    version,
    region: secret.secretRegion,
  });
  return [
    {
      key: 'originSecret',
      name: 'ORIGIN_VERIFY_SECRET',
      description: `The value CloudFront sends in ${secret.headerName}: Django refuses requests without it`,
      secret: true,
      from: from('AWSCURRENT'),
    },
    {
      key: 'previousOriginSecret',
      name: 'ORIGIN_VERIFY_SECRET_PREVIOUS',
      description:
        'The value before the last rotation, accepted until CloudFront sends the new one everywhere',
      secret: true,
      from: from('AWSPREVIOUS'),
    },
  ];
}

/**
 * The order that never leaves a gap: the secret before the stacks that read it; the stacks before Django starts
 * to require the secret (or, when the stack itself moves DNS, Django first, so the first request through
 * CloudFront already finds the right settings); files uploaded before DNS sends viewers.
 */
function deployStepsFor(
  stacks: StackPlan[],
  buckets: BucketPlan[],
  secret: OriginSecretPlan | null,
  dnsByStack: boolean,
): DeployStep[] {
  const steps: DeployStep[] = [];
  if (secret !== null) steps.push({ kind: 'create-origin-secret', secret });
  // When the stack itself moves DNS, Django gets its settings first; its secret check waits until CloudFront
  // sends the secret, or every request would be refused in between.
  const originVerify = secret === null ? 'none' : dnsByStack ? 'later' : 'now';
  if (dnsByStack) steps.push({ kind: 'configure-django', originVerify });
  for (const stack of stacks) steps.push({ kind: 'deploy-stack', stack: stack.key });
  if (!dnsByStack) steps.push({ kind: 'configure-django', originVerify });
  if (originVerify === 'later') steps.push({ kind: 'enable-origin-verify' });
  if (buckets.length > 0) steps.push({ kind: 'upload-files', buckets: buckets.map((bucket) => bucket.key) });
  steps.push({ kind: 'dns', managedByStack: dnsByStack });
  return steps;
}

/**
 * The reverse: viewers leave CloudFront first (Django stops requiring the origin secret before they can reach the
 * origin directly), stacks go in reverse order, what was kept on purpose is named.
 */
function destroyStepsFor(
  stacks: StackPlan[],
  buckets: BucketPlan[],
  secret: OriginSecretPlan | null,
  dnsByStack: boolean,
): DestroyStep[] {
  const django: DestroyStep = { kind: 'restore-django', requiresOriginSecret: secret !== null };
  const steps: DestroyStep[] =
    secret === null
      ? [{ kind: 'restore-dns', managedByStack: dnsByStack }, django]
      : [django, { kind: 'restore-dns', managedByStack: dnsByStack }];
  for (const stack of [...stacks].reverse()) steps.push({ kind: 'destroy-stack', stack: stack.key });
  // The buckets outlive the stack (retained); the README keeps their names from the deploy's outputs.
  if (buckets.length > 0) steps.push({ kind: 'empty-buckets', buckets: buckets.map((bucket) => bucket.key) });
  if (secret !== null) steps.push({ kind: 'delete-origin-secret', secret });
  return steps;
}

/** The stack a deployment's resource of this key lives in (what the stack placement tests compare). */
export function stackOf(deployment: Deployment, key: StackPlan['key']): StackPlan {
  const stack = deployment.stacks.find((candidate) => candidate.key === key);
  if (stack === undefined) throw new Error(`The deployment has no ${key} stack`);
  return stack;
}
