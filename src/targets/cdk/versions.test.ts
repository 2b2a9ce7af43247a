import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDK_APP_VERSIONS } from './versions';

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
