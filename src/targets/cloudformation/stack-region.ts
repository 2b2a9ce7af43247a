import type { DistributionPlan } from '../../model/legacy-plan';
import { ref } from '../emit/cloudformation';
import type { CloudFormationTemplate } from './template';
import { lambdaPermissions } from './resources';

/** The main stack's region: CloudFront reads ACM certificates from us-east-1 only, so the stack lives there. */
export const STACK_REGION = 'us-east-1';
export const DISTRIBUTION_ARN_PARAMETER = 'DistributionArn';

/** The region of the Lambda function behind an OAC-signed function URL (from its ARN, else its URL). */
export function lambdaFunctionRegion(plan: DistributionPlan): string | undefined {
  if (plan.lambdaOriginAccess === null) return undefined;
  return (
    /^arn:[^:]+:lambda:([^:]+):/.exec(plan.lambdaOriginAccess.functionArn)?.[1] ??
    plan.lambdaOriginAccess.region
  );
}

/**
 * A Lambda permission must be created in the function's own region, so for a function outside us-east-1 the two
 * grants go into a second small stack deployed there, fed the distribution ARN the main stack outputs.
 */
export function lambdaPermissionsTemplate(plan: DistributionPlan): CloudFormationTemplate | null {
  const region = lambdaFunctionRegion(plan);
  if (plan.lambdaOriginAccess === null || region === STACK_REGION) return null;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Lets the CloudFront distribution for ${plan.aliases[0] ?? plan.projectName} invoke its Lambda function URL (deploy in ${region ?? 'the function region'})`,
    Parameters: {
      [DISTRIBUTION_ARN_PARAMETER]: {
        Type: 'String',
        Description: 'The DistributionArn output of the main stack',
        AllowedPattern: '^arn:aws[a-z-]*:cloudfront::[0-9]{12}:distribution/[A-Z0-9]+$',
      },
    },
    Resources: lambdaPermissions(plan.lambdaOriginAccess.functionArn, ref(DISTRIBUTION_ARN_PARAMETER)),
  };
}
