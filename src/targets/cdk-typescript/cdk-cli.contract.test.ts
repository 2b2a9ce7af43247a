import { execFile } from 'node:child_process';
import { cp, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import {
  makeCdkWorkspace,
  removeCdkWorkspace,
  synthesizeWrittenCdkApps,
  writeGeneratedCdkApp,
  type CloudFormationTemplate,
} from '../../../test/support/cdk/synth';
import { fixture } from '../../../test/support/fixtures';

const run = promisify(execFile);

/** What both synth paths must agree on (the CLI adds version-reporting metadata the test runner leaves out). */
function comparable(template: CloudFormationTemplate) {
  const resources = Object.fromEntries(
    Object.entries(template.Resources)
      .filter(([, resource]) => resource.Type !== 'AWS::CDK::Metadata')
      .map(([id, resource]) => [id, { Type: resource.Type, Properties: resource.Properties }]),
  );
  return { Resources: resources, Parameters: template.Parameters, Outputs: template.Outputs };
}

// The two-stack fixture (us-east-1 distribution, eu-west-1 Lambda permissions) exercises the most of the app.
const config = fixture('lambda-oac-created-certificate');
const stackIds = deploymentFor(config).stacks.map((stack) => stack.id);

describe('the real aws-cdk CLI synthesizes a generated app as the README says to run it', () => {
  let cliDir = '';
  let runnerTemplates: Record<string, CloudFormationTemplate> = {};
  let cliOutput = '';
  let workspace = '';

  beforeAll(async () => {
    const root = await makeCdkWorkspace('cdk-ts-cli-');
    workspace = root;
    cliDir = path.join(root, 'cli');
    const runnerDir = path.join(root, 'runner');
    await writeGeneratedCdkApp(config, cliDir);
    await cp(cliDir, runnerDir, { recursive: true });
    // As after `npm install` in the app folder: its own node_modules (here this repository's), nothing on PATH.
    await symlink(path.join(root, 'node_modules'), path.join(cliDir, 'node_modules'), 'dir');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // npx/vitest put this repository's bins on PATH: drop them, so only the app's own node_modules can serve tsx.
      PATH: (process.env.PATH ?? '')
        .split(path.delimiter)
        .filter((entry) => !entry.includes(`node_modules${path.sep}.bin`))
        .join(path.delimiter),
      AWS_EC2_METADATA_DISABLED: 'true',
      CDK_DISABLE_VERSION_CHECK: '1',
    };
    delete env.CDK_DEFAULT_ACCOUNT;
    delete env.CDK_DEFAULT_REGION;
    const [cli, runner] = await Promise.all([
      run(path.join(cliDir, 'node_modules', '.bin', 'cdk'), ['synth', '--no-notices', '--quiet'], {
        cwd: cliDir,
        env,
        timeout: 300_000,
      }),
      synthesizeWrittenCdkApps([runnerDir]),
    ]);
    cliOutput = `${cli.stdout}${cli.stderr}`;
    runnerTemplates = runner.get(runnerDir) ?? {};
  });

  afterAll(async () => {
    if (workspace !== '') await removeCdkWorkspace(workspace);
  });

  it('runs cdk.json\'s app command ("npx tsx bin/app.ts") and writes both stacks', () => {
    expect(cliOutput).toContain('Successfully synthesized');
    expect(cliOutput).not.toMatch(/\[Warning|WARNING/);
    expect(Object.keys(runnerTemplates).sort()).toEqual([...stackIds].sort());
  });

  it.each(stackIds)(
    '%s: the CLI template equals the one synthesizeWrittenCdkApps gives (the helper is faithful)',
    async (stackId) => {
      const fromCli = JSON.parse(
        await readFile(path.join(cliDir, 'cdk.out', `${stackId}.template.json`), 'utf8'),
      ) as CloudFormationTemplate;
      const fromRunner = runnerTemplates[stackId];
      expect(fromRunner).toBeDefined();
      expect(comparable(fromCli)).toEqual(comparable(fromRunner as CloudFormationTemplate));
    },
  );
});
