/**
 * Exact versions the generated CDK app pins. The contract tests type-check and synthesize the generated app (and
 * run the aws-cdk CLI on one) with this repository's node_modules; `versions.test.ts` fails if these drift.
 */
export const CDK_APP_VERSIONS = {
  'aws-cdk-lib': '2.276.0',
  constructs: '10.8.1',
  'aws-cdk': '2.1148.1',
  typescript: '5.9.3',
  tsx: '4.23.15',
  '@types/node': '26.6.6',
} as const;
