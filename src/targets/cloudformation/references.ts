import type { Deployment, PolicyRef, StackKey } from '../../model';
import { getAtt, ref, sub, type Intrinsic } from '../emit/cloudformation';
import { LOGICAL_IDS } from './logical-ids';

/**
 * The distribution's ARN as a stack sees it: built from the distribution's ID in its own stack, or the parameter
 * a stack that reads the main stack's `DistributionArn` output is given (the model says which stack reads what).
 */
export function distributionArnIn(deployment: Deployment, stack: StackKey): Intrinsic {
  if (deployment.distribution.stack === stack) {
    return sub(
      'arn:',
      { variable: 'AWS::Partition' },
      ':cloudfront::',
      { variable: 'AWS::AccountId' },
      ':distribution/',
      { variable: LOGICAL_IDS.distribution },
    );
  }
  const plan = deployment.stacks.find((candidate) => candidate.key === stack);
  const read = plan?.reads.find((candidate) => candidate.output === 'DistributionArn');
  if (read === undefined) throw new Error(`The ${stack} stack does not read the distribution ARN`);
  return ref(read.output);
}

/** A managed policy by its ID, a custom one by the ID of this template's policy resource. */
export function policyId(policy: PolicyRef, logicalId: (key: string) => string): string | Intrinsic {
  return policy.kind === 'managed' ? policy.policy.id : getAtt(logicalId(policy.key), 'Id');
}
