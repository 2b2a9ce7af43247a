import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDK_APP_VERSIONS, CDK_NAG_VERSION } from './versions';

const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

describe('the generated app pins the versions the contract tests ran with', () => {
  it.each(['aws-cdk-lib', 'constructs', 'aws-cdk', 'typescript', 'tsx', '@types/node'] as const)(
    '%s',
    (name) => {
      expect(CDK_APP_VERSIONS[name]).toBe(installedVersion(name));
    },
  );
});

it('the README runs the cdk-nag the suite checks the apps with', () => {
  expect(CDK_NAG_VERSION).toBe(installedVersion('cdk-nag'));
});

describe('the pinned aws-cdk-lib has what the apps use', () => {
  it('SecurityPolicyProtocol has the 2025 viewer policies (aws-cdk-lib 2.221.0 and later)', async () => {
    const [major, minor] = CDK_APP_VERSIONS['aws-cdk-lib'].split('.').map(Number);
    expect(major === 2 && (minor ?? 0) >= 221).toBe(true);
    const cloudfront = (await import('aws-cdk-lib/aws-cloudfront')) as unknown as {
      SecurityPolicyProtocol: Record<string, string>;
    };
    expect(cloudfront.SecurityPolicyProtocol.TLS_V1_2_2025).toBe('TLSv1.2_2025');
    expect(cloudfront.SecurityPolicyProtocol.TLS_V1_3_2025).toBe('TLSv1.3_2025');
  });
});
