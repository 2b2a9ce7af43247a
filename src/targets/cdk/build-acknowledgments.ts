import type { AcceptedFindingPlan, Deployment, ReviewCheck, StackKey } from '../../model';
import { prop, ref, staticCall, str, struct, type CdkStatement } from './graph';
import { VARIABLES, bucketVariable } from './variables';

/** cdk-nag's AwsSolutions rule for each check the model accepts a finding of (cdk-nag RULES.md). */
export const NAG_RULES: Record<ReviewCheck, string> = {
  'geo-restriction': 'AwsSolutions-CFR1',
  'web-acl': 'AwsSolutions-CFR2',
  'access-logs': 'AwsSolutions-CFR3',
  'bucket-access-logs': 'AwsSolutions-S1',
};

/** The construct a finding is about, and its stack. */
function resourceOf(
  deployment: Deployment,
  resource: AcceptedFindingPlan['resource'],
): { variable: string; stack: StackKey } {
  if (resource.of === 'distribution')
    return { variable: VARIABLES.distribution, stack: deployment.distribution.stack };
  const bucket = deployment.buckets.find((candidate) => candidate.key === resource.bucket);
  if (bucket === undefined) throw new Error(`A finding is accepted on a bucket the deployment lacks`);
  return { variable: bucketVariable(bucket.key), stack: bucket.stack };
}

/**
 * One `cdk.Validations.of(resource).acknowledge(...)` per resource of this stack with accepted findings: CDK's own
 * API (no dependency), which cdk-nag 3 reads, so its AwsSolutions pack reports only what nobody has reviewed.
 */
export function acknowledgmentStatements(deployment: Deployment, key: StackKey): CdkStatement[] {
  const byVariable = new Map<string, AcceptedFindingPlan[]>();
  for (const finding of deployment.acceptedFindings) {
    const { variable, stack } = resourceOf(deployment, finding.resource);
    if (stack === key) byVariable.set(variable, [...(byVariable.get(variable) ?? []), finding]);
  }
  return [...byVariable].map(([variable, findings], index) => ({
    kind: 'expression',
    value: {
      kind: 'invoke',
      on: staticCall('core', 'Validations', 'of', [ref(variable)]),
      method: 'acknowledge',
      args: findings.map((finding) =>
        struct('core', 'Acknowledgment', [
          prop('id', str(NAG_RULES[finding.check])),
          prop('reason', str(finding.reason)),
        ]),
      ),
    },
    keys: [],
    ...(index === 0
      ? {
          comment:
            'Security review (cdk-nag AwsSolutions): findings accepted on purpose, each with its reason (README.md).',
        }
      : {}),
  }));
}
