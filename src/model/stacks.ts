import type { Config } from '../config/schema';
import { CLOUDFRONT_CONTROL_REGION } from './aws-constants';
import type { StackPlan } from './deployment';
import { pascalCase } from './names';
import { prefixListLookup, securityGroupRegion } from './private-origin';

/** The region of the Lambda function behind an OAC-signed function URL: its ARN's fourth field. */
export function lambdaFunctionRegion(functionArn: string): string | undefined {
  return /^arn:[^:]+:lambda:([a-z0-9-]+):/.exec(functionArn)?.[1];
}

/** The region of the function behind an OAC-signed function URL, or null. */
function lambdaPermissionRegion(config: Config): string | null {
  if (config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac') {
    return lambdaFunctionRegion(config.origin.lambdaFunctionArn) ?? null;
  }
  return null;
}

/**
 * The region resources next to the origin must be made in (Lambda permissions, a security group rule), or null
 * when there are none.
 */
export function originRegionNeeds(config: Config): string | null {
  return lambdaPermissionRegion(config) ?? securityGroupRegion(config);
}

/**
 * The stacks, decided once for every target. The main stack is always in us-east-1: CloudFront takes
 * certificates only from there, and a web ACL or log delivery for CloudFront must be made there too, so
 * everything the distribution needs (buckets included) lives in one stack in one region. What must sit in the
 * origin's region (a Lambda permission is regional) goes in a second, small stack there, which reads the
 * distribution ARN from the main stack.
 */
export function stacksFor(config: Config): StackPlan[] {
  const base = pascalCase(config.projectName);
  const stacks: StackPlan[] = [
    {
      key: 'main',
      name: `${config.projectName}-cloudfront`,
      id: `${base}Stack`,
      region: CLOUDFRONT_CONTROL_REGION,
      regionReason:
        'CloudFront only takes certificates from us-east-1 (and web ACLs and log deliveries for CloudFront are made there), so the whole distribution lives there',
      description: `CloudFront in front of Django for ${config.domains.primary}`,
      reads: [],
      lookups: [],
    },
  ];
  const ruleRegion = securityGroupRegion(config);
  const originRegion = originRegionNeeds(config);
  if (originRegion !== null && originRegion !== CLOUDFRONT_CONTROL_REGION) {
    const lambda = lambdaPermissionRegion(config) !== null;
    stacks.push({
      key: 'origin-region',
      name: `${config.projectName}-cloudfront-origin-access`,
      id: `${base}OriginAccessStack`,
      region: originRegion,
      regionReason: lambda
        ? `Lambda permissions are made in the function’s own region (${originRegion})`
        : `A security group rule is made in the load balancer’s (or instance’s) own region (${originRegion})`,
      description: lambda
        ? `Lets the CloudFront distribution for ${config.domains.primary} invoke its Lambda function URL`
        : `Lets CloudFront’s origin-facing servers reach the private origin of ${config.domains.primary}`,
      reads: lambda ? [{ from: 'main', output: 'DistributionArn' }] : [],
      lookups: ruleRegion === null ? [] : [prefixListLookup(ruleRegion)],
    });
  } else if (ruleRegion !== null) {
    stacks[0]?.lookups.push(prefixListLookup(ruleRegion));
  }
  return stacks;
}
