import type { DistributionPlan } from '../distribution-plan';

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
  /** The certificate is created by a separate us-east-1 stack because the main stack lives elsewhere. */
  separateCertificateStack: boolean;
}

export function cdkStackLayout(plan: DistributionPlan): CdkStackLayout {
  const lambdaRegion = plan.lambdaOriginAccess
    ? (lambdaFunctionRegion(plan.lambdaOriginAccess.functionArn) ?? plan.lambdaOriginAccess.region ?? null)
    : null;
  const createsCertificate = plan.certificate.kind === 'create-dns-validated';
  const mainRegion = lambdaRegion ?? (createsCertificate ? CERTIFICATE_REGION : null);
  return { mainRegion, separateCertificateStack: createsCertificate && mainRegion !== CERTIFICATE_REGION };
}

/** arn:aws:lambda:eu-west-1:123456789012:function:name → eu-west-1. */
export function lambdaFunctionRegion(functionArn: string): string | undefined {
  return /^arn:[^:]+:lambda:([a-z0-9-]+):/.exec(functionArn)?.[1];
}
