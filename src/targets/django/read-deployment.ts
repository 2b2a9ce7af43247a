import type { BehaviorPlan, DeployInput, Deployment, OriginPlan } from '../../model';

/** The app origin CloudFront sends Django's requests to (every deployment has exactly one). */
export function appOriginOf(deployment: Deployment): Extract<OriginPlan, { id: 'App' }> {
  const origin = deployment.distribution.origins.find(
    (candidate): candidate is Extract<OriginPlan, { id: 'App' }> => candidate.id === 'App',
  );
  if (origin === undefined) throw new Error('The deployment has no App origin');
  return origin;
}

/** The primary public name: the distribution's first alias. */
export function primaryDomainOf(deployment: Deployment): string {
  const primary = deployment.distribution.aliases[0];
  if (primary === undefined) throw new Error('The deployment has no alternate domain name');
  return primary;
}

/** The two deploy inputs Django reads the origin secret from, or null without the secret header. */
export function originSecretInputsOf(
  deployment: Deployment,
): { current: DeployInput; previous: DeployInput } | null {
  const current = deployment.inputs.find((input) => input.key === 'originSecret');
  const previous = deployment.inputs.find((input) => input.key === 'previousOriginSecret');
  if (current === undefined || previous === undefined) return null;
  return { current, previous };
}

/** Whether the Lambda function URL only answers requests CloudFront signed (origin access control). */
export function signedByCloudFront(deployment: Deployment): boolean {
  const origin = appOriginOf(deployment);
  return origin.kind === 'custom' && origin.originAccessControl === 'LambdaUrl';
}

/** The distribution's behaviour for a files route (STATIC_URL, MEDIA_URL). */
export function behaviourFor(deployment: Deployment, pathPattern: string): BehaviorPlan {
  const behaviour = deployment.distribution.additionalBehaviors.find(
    (candidate) => candidate.pathPattern === pathPattern,
  );
  if (behaviour === undefined) throw new Error(`The distribution has no behaviour for ${pathPattern}`);
  return behaviour;
}

/** A cache policy as the comments name it: the managed policy's AWS name, or the custom policy's key. */
export function cachePolicyLabel(behaviour: BehaviorPlan): string {
  const policy = behaviour.cachePolicy;
  return policy.kind === 'managed' ? policy.policy.name : `the ${policy.key} cache policy`;
}
