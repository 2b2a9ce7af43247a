import type { CdkModule } from './graph';

/**
 * How each aws-cdk-lib module is imported: the TypeScript module path and alias, the Python module and alias
 * (jsii's `aws_cdk.aws_xxx`; `lambda` is a Python keyword, so that alias is `lambda_`).
 */
export const CDK_MODULES: Record<
  CdkModule,
  { typescript: string; python: string; alias: string; pythonAlias: string }
> = {
  core: { typescript: 'aws-cdk-lib', python: 'aws_cdk', alias: 'cdk', pythonAlias: 'cdk' },
  acm: {
    typescript: 'aws-cdk-lib/aws-certificatemanager',
    python: 'aws_cdk.aws_certificatemanager',
    alias: 'acm',
    pythonAlias: 'acm',
  },
  cloudfront: {
    typescript: 'aws-cdk-lib/aws-cloudfront',
    python: 'aws_cdk.aws_cloudfront',
    alias: 'cloudfront',
    pythonAlias: 'cloudfront',
  },
  origins: {
    typescript: 'aws-cdk-lib/aws-cloudfront-origins',
    python: 'aws_cdk.aws_cloudfront_origins',
    alias: 'origins',
    pythonAlias: 'origins',
  },
  ec2: { typescript: 'aws-cdk-lib/aws-ec2', python: 'aws_cdk.aws_ec2', alias: 'ec2', pythonAlias: 'ec2' },
  lambda: {
    typescript: 'aws-cdk-lib/aws-lambda',
    python: 'aws_cdk.aws_lambda',
    alias: 'lambda',
    pythonAlias: 'lambda_',
  },
  logs: {
    typescript: 'aws-cdk-lib/aws-logs',
    python: 'aws_cdk.aws_logs',
    alias: 'logs',
    pythonAlias: 'logs',
  },
  route53: {
    typescript: 'aws-cdk-lib/aws-route53',
    python: 'aws_cdk.aws_route53',
    alias: 'route53',
    pythonAlias: 'route53',
  },
  route53Targets: {
    typescript: 'aws-cdk-lib/aws-route53-targets',
    python: 'aws_cdk.aws_route53_targets',
    alias: 'targets',
    pythonAlias: 'targets',
  },
  s3: { typescript: 'aws-cdk-lib/aws-s3', python: 'aws_cdk.aws_s3', alias: 's3', pythonAlias: 's3' },
  wafv2: {
    typescript: 'aws-cdk-lib/aws-wafv2',
    python: 'aws_cdk.aws_wafv2',
    alias: 'wafv2',
    pythonAlias: 'wafv2',
  },
};

/** Import order in both printers. */
export const MODULE_ORDER: readonly CdkModule[] = [
  'core',
  'acm',
  'cloudfront',
  'origins',
  'ec2',
  'lambda',
  'logs',
  'route53',
  'route53Targets',
  's3',
  'wafv2',
];
