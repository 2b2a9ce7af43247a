import type { DistributionPlan } from '../distribution-plan';
import { pascalCase } from '../cdk-typescript/names';

/** CloudFront only accepts ACM certificates from this region. */
export const CERTIFICATE_REGION = 'us-east-1';

/**
 * Where the Python app's stacks deploy (the same layout as the TypeScript app): a stack that creates the
 * certificate lives in us-east-1; Lambda permissions must be made in the function's own region, so they get a
 * stack of their own there when the main stack is pinned to us-east-1, else the main stack moves to that region.
 */
export interface PythonStackLayout {
  stackClass: string;
  stackId: string;
  /** The main stack's region, or null for the CLI's default region. */
  mainRegion: string | null;
  /** The region of a separate Lambda permission stack, or null when the main stack holds the permissions. */
  lambdaPermissionRegion: string | null;
  lambdaPermissionStackClass: string;
  lambdaPermissionStackId: string;
}

export function pythonStackLayout(plan: DistributionPlan): PythonStackLayout {
  const base = pascalCase(plan.projectName);
  const lambdaRegion =
    plan.lambdaOriginAccess === null
      ? null
      : (/^arn:[^:]+:lambda:([a-z0-9-]+):/.exec(plan.lambdaOriginAccess.functionArn)?.[1] ??
        plan.lambdaOriginAccess.region ??
        null);
  const createsCertificate = plan.certificate.kind === 'create-dns-validated';
  return {
    stackClass: `${base}Stack`,
    stackId: `${base}Stack`,
    mainRegion: createsCertificate ? CERTIFICATE_REGION : lambdaRegion,
    lambdaPermissionRegion:
      createsCertificate && lambdaRegion !== null && lambdaRegion !== CERTIFICATE_REGION
        ? lambdaRegion
        : null,
    lambdaPermissionStackClass: `${base}LambdaPermissionStack`,
    lambdaPermissionStackId: `${base}LambdaPermissionStack`,
  };
}
