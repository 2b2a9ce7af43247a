import type { DistributionPlan } from '../../model/legacy-plan';

/** CloudFront only accepts ACM certificates from this region (cnames-and-https-requirements.html). */
export const CERTIFICATE_REGION = 'us-east-1';

/**
 * Where the generated stacks deploy. CloudFront distributions, functions and policies are global and can be
 * created from a stack in any region, but: a certificate the stack creates must live in us-east-1, and the Lambda
 * permissions for a function URL origin with OAC must be created in the function's own region.
 */
export interface CdkStackLayout {
  /** The region the main stack is pinned to, or null to use the CLI's default region. */
  mainRegion: string | null;
  /**
   * The region of a separate stack holding the Lambda permissions (the main stack is in us-east-1 for its
   * certificate, the function elsewhere), or null when the permissions live in the main stack.
   */
  lambdaPermissionRegion: string | null;
}

export function cdkStackLayout(plan: DistributionPlan): CdkStackLayout {
  const lambdaRegion = plan.lambdaOriginAccess
    ? (lambdaFunctionRegion(plan.lambdaOriginAccess.functionArn) ?? plan.lambdaOriginAccess.region ?? null)
    : null;
  // The certificate stays in the main stack: passing it across regions would pin it (a strong reference cannot
  // change), so adding a domain name later could never replace it. The distribution ARN never changes.
  if (plan.certificate.kind === 'create-dns-validated') {
    return {
      mainRegion: CERTIFICATE_REGION,
      lambdaPermissionRegion:
        lambdaRegion !== null && lambdaRegion !== CERTIFICATE_REGION ? lambdaRegion : null,
    };
  }
  return { mainRegion: lambdaRegion, lambdaPermissionRegion: null };
}

/** arn:aws:lambda:eu-west-1:123456789012:function:name → eu-west-1. */
export function lambdaFunctionRegion(functionArn: string): string | undefined {
  return /^arn:[^:]+:lambda:([a-z0-9-]+):/.exec(functionArn)?.[1];
}
