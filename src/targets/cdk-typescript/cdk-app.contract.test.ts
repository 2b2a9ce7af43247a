import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentFor, type Deployment } from '../../model';
import { modelInventory } from '../../../test/support/inventory/model';
import {
  cdkAssemblyMessages,
  cloudAssemblyStacks,
  makeCdkWorkspace,
  removeCdkWorkspace,
  stacksByKey,
  synthesizeWrittenCdkApps,
  writeTargetFiles,
  type SynthesizedStack,
} from '../../../test/support/cdk/synth';
import { FIXTURES } from '../../../test/support/fixtures';
import { cdkInventory } from '../../../test/support/inventory/cdk';
import { normaliseInventory } from '../../../test/support/inventory/inventory';
import {
  acknowledgedInGraph,
  readAcknowledged,
  readNagFindings,
  type AcknowledgedFinding,
} from '../../../test/support/cdk/nag-report';
import { cdkAppFor } from '../cdk/cdk-app-for';
import { cdkTypeScriptTarget } from '.';

/**
 * Every fixture's TypeScript app, printed from the construct graph: one tsc run over all of them, one Node process
 * that synthesizes all of them with the real aws-cdk-lib (cdk-nag's AwsSolutions pack checking each), then what the
 * templates deploy compared with the model.
 */
const run = promisify(execFile);
const dirName = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_');

interface Synthesized {
  deployment: Deployment;
  messages: string[];
  stacks: Record<string, SynthesizedStack>;
  /** cdk-nag AwsSolutions findings nobody acknowledged, and the acknowledged ones. */
  nag: { findings: string[]; acknowledged: AcknowledgedFinding[] };
}

const results = new Map<string, Synthesized>();
let typeCheck: { ok: boolean; output: string } = { ok: false, output: 'not run' };
let synthError: string | null = null;
let workspace = '';

beforeAll(async () => {
  workspace = await makeCdkWorkspace('cdk-ts-contract-');
  const appDirs = FIXTURES.map((fixture) => path.join(workspace, dirName(fixture.name)));
  const deployments = FIXTURES.map((fixture) => deploymentFor(fixture.config));
  await Promise.all(
    deployments.map((deployment, index) =>
      writeTargetFiles(cdkTypeScriptTarget, deployment, appDirs[index] ?? ''),
    ),
  );
  // One tsc over every generated app, with the generated tsconfig's options.
  const generated = JSON.parse(await readFile(path.join(appDirs[0] ?? '', 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  await writeFile(
    path.join(workspace, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: generated.compilerOptions,
      include: FIXTURES.flatMap((fixture) => [
        `${dirName(fixture.name)}/bin/**/*.ts`,
        `${dirName(fixture.name)}/lib/**/*.ts`,
      ]),
    }),
  );
  const tsc = run(
    process.execPath,
    [path.join(workspace, 'node_modules/typescript/bin/tsc'), '-p', workspace],
    {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (error: { stdout?: string; message: string }) => ({ ok: false, output: error.stdout || error.message }),
  );
  // cdk-nag's AwsSolutions pack runs in the same synth (one aws-cdk-lib load for every app).
  const synth = synthesizeWrittenCdkApps(appDirs, { nag: true }).catch((error: Error) => {
    synthError = error.message;
  });
  [typeCheck] = await Promise.all([tsc, synth]);
  if (synthError !== null) return;
  await Promise.all(
    FIXTURES.map(async (fixture, index) => {
      const appDir = appDirs[index] ?? '';
      results.set(fixture.name, {
        deployment: deployments[index] as Deployment,
        messages: await cdkAssemblyMessages(appDir),
        stacks: await cloudAssemblyStacks(appDir),
        nag: {
          findings: await readNagFindings(path.join(appDir, 'cdk.out')),
          acknowledged: await readAcknowledged(appDir),
        },
      });
    }),
  );
});

afterAll(async () => {
  if (workspace !== '') await removeCdkWorkspace(workspace);
});

function result(name: string): Synthesized {
  if (synthError !== null) throw new Error(`synth failed: ${synthError}`);
  const found = results.get(name);
  if (found === undefined) throw new Error(`fixture ${name} was not synthesized`);
  return found;
}

it('every generated app type-checks (one tsc run over all fixtures)', () => {
  expect(typeCheck.output).toBe('');
  expect(typeCheck.ok).toBe(true);
});

it('every generated app synthesizes (bin/app.ts run as `cdk synth` runs it)', () => {
  expect(synthError).toBeNull();
  expect(results.size).toBe(FIXTURES.length);
});

it('the inventory comparison fails when a bucket policy lets any distribution read', () => {
  const { deployment, stacks } = result('s3-static-and-media');
  const changed = JSON.parse(JSON.stringify(stacks)) as typeof stacks;
  const policies = Object.values(changed).flatMap((stack) =>
    Object.values(stack.template.Resources).filter((resource) => resource.Type === 'AWS::S3::BucketPolicy'),
  );
  const statement = (
    policies[0]?.Properties?.PolicyDocument as {
      Statement: { Condition?: Record<string, Record<string, unknown>> }[];
    }
  ).Statement.find((candidate) => candidate.Condition?.StringEquals !== undefined);
  if (statement?.Condition?.StringEquals === undefined) throw new Error('no OAC statement');
  statement.Condition.StringEquals['AWS:SourceArn'] = '*';
  expect(normaliseInventory(cdkInventory(stacksByKey(deployment, changed)))).not.toEqual(
    normaliseInventory(modelInventory(deployment)),
  );
});

describe.each(FIXTURES.map((fixture) => fixture.name))('generated CDK TypeScript app: %s', (name) => {
  it('synthesizes without CDK warnings or errors (template validation included)', () => {
    // The hostile comment holds `${AWS::Region}` on purpose: CloudFront keeps it as text, the linter warns.
    const expected =
      name === 'hostile-comment'
        ? [expect.stringMatching(/^CloudFormation Validate E1029: DistributionConfig\.Comment/)]
        : [];
    expect(result(name).messages).toEqual(expected);
  });

  it('cdk-nag (AwsSolutions) reports no finding, error or warning, that the app does not acknowledge', () => {
    expect(result(name).nag.findings).toEqual([]);
  });

  it('every acknowledgment in the generated code matches a finding cdk-nag made (none is stale)', () => {
    const { deployment, nag } = result(name);
    expect(nag.acknowledged).toEqual(acknowledgedInGraph(cdkAppFor(deployment)));
  });

  it("has the model's stacks, with their names and regions", () => {
    const { deployment, stacks } = result(name);
    expect(
      Object.entries(stacks).map(([id, stack]) => ({ id, name: stack.stackName, region: stack.region })),
    ).toEqual(deployment.stacks.map((stack) => ({ id: stack.id, name: stack.name, region: stack.region })));
  });

  it('deploys exactly what the model says (inventory of the synthesized templates)', () => {
    const { deployment, stacks } = result(name);
    expect(normaliseInventory(cdkInventory(stacksByKey(deployment, stacks)))).toEqual(
      normaliseInventory(modelInventory(deployment)),
    );
  });

  it('keeps the origin secret out of the templates (parameters: its version id and looked-up IDs only)', () => {
    const { deployment, stacks } = result(name);
    const secret = deployment.originSecret;
    for (const [id, stack] of Object.entries(stacks)) {
      const lookups =
        deployment.stacks.find((plan) => plan.id === id)?.lookups.map((lookup) => lookup.key) ?? [];
      const hasDistribution = Object.values(stack.template.Resources).some(
        (resource) => resource.Type === 'AWS::CloudFront::Distribution',
      );
      const version = secret !== null && hasDistribution ? [secret.versionId.parameter] : [];
      expect(Object.keys(stack.template.Parameters ?? {}).sort()).toEqual(
        ['BootstrapVersion', ...lookups, ...version].sort(),
      );
    }
    const text = JSON.stringify(Object.values(stacks).map((stack) => stack.template));
    if (secret === null) expect(text).not.toContain('resolve:secretsmanager');
    else {
      // CDK joins the reference around the parameter: {{resolve:secretsmanager:NAME:SecretString:::<id>}}.
      expect(text).toContain(
        JSON.stringify([
          `{{resolve:secretsmanager:${secret.secretName}:SecretString:::`,
          { Ref: secret.versionId.parameter },
          '}}',
        ]),
      );
    }
  });
});
