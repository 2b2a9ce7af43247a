import type { Deployment } from '../../model';
import { CDK_APP_VERSIONS } from './versions';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The context both apps run with (one source, so the TypeScript and Python apps synthesize alike): TLS 1.2 (2021)
 * as CloudFront's default security policy, the check that refuses secrets turned into plain strings by mistake,
 * and strong cross-stack references (the origin-region stack reads the distribution ARN through CDK's own
 * SSM-backed reader, which keeps the main stack from being deleted while it is read).
 */
export const CDK_CONTEXT = {
  '@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021': true,
  '@aws-cdk/core:checkSecretUsage': true,
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
} as const;

/** `cdk.json`: how the CLI runs the app, and the context. */
export function cdkJson(appCommand: string): string {
  return json({ app: appCommand, context: CDK_CONTEXT });
}

export function packageJson(deployment: Deployment): string {
  const v = CDK_APP_VERSIONS;
  return json({
    name: `${deployment.projectName}-cloudfront-cdk`,
    version: '0.1.0',
    private: true,
    scripts: { build: 'tsc --noEmit' },
    devDependencies: {
      '@types/node': v['@types/node'],
      'aws-cdk': v['aws-cdk'],
      tsx: v.tsx,
      typescript: v.typescript,
    },
    dependencies: { 'aws-cdk-lib': v['aws-cdk-lib'], constructs: v.constructs },
  });
}

export function tsconfigJson(): string {
  return json({
    compilerOptions: {
      target: 'ES2022',
      module: 'commonjs',
      lib: ['es2022'],
      types: ['node'],
      strict: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
    },
    include: ['bin/**/*.ts', 'lib/**/*.ts'],
    exclude: ['node_modules', 'cdk.out'],
  });
}

export function requirementsTxt(): string {
  return `aws-cdk-lib==${CDK_APP_VERSIONS['aws-cdk-lib']}\nconstructs==${CDK_APP_VERSIONS.constructs}\n`;
}
