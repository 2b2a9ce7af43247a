/**
 * Exact versions both generated CDK apps pin (package.json, requirements.txt, and the CLI every README and step
 * runs). The contract tests type-check and synthesize the generated apps with this repository's node_modules;
 * `versions.test.ts` fails if these drift from what is installed.
 */
export const CDK_APP_VERSIONS = {
  'aws-cdk-lib': '2.276.0',
  constructs: '10.8.1',
  'aws-cdk': '2.1148.1',
  typescript: '5.9.3',
  tsx: '4.23.15',
  '@types/node': '26.6.6',
} as const;

/** The one way every README and step runs the CDK CLI. */
export const CDK_CLI = `npx aws-cdk@${CDK_APP_VERSIONS['aws-cdk']}`;

/** cdk-nag, which the README tells how to run over the app (not a dependency of it: see build-acknowledgments.ts). */
export const CDK_NAG_VERSION = '3.0.2';
