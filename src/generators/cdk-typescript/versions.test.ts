import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDK_APP_VERSIONS } from './versions';

const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

describe('the generated app pins the versions the contract tests ran with', () => {
  it.each(['aws-cdk-lib', 'constructs', 'typescript', 'tsx', '@types/node'] as const)('%s', (name) => {
    expect(CDK_APP_VERSIONS[name]).toBe(installedVersion(name));
  });
  it('the aws-cdk CLI is an exact 2.1xxx release (the CLI version line that reads aws-cdk-lib 2.x apps)', () => {
    expect(CDK_APP_VERSIONS['aws-cdk']).toMatch(/^2\.1\d{3}\.\d+$/);
  });
});
