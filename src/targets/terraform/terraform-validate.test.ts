import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import { FIXTURES, HOSTILE_COMMENT, parseFixture } from '../../../test/support/fixtures';
import {
  describeDiagnostics,
  initModule,
  moduleFolder,
  planJson,
  plannedResources,
  reuseInit,
  temporaryRoot,
  terraform,
  terraformAvailable,
  validateModule,
  writeCombinedRoot,
  writeModule,
  writeOfflineProviders,
  type PlannedValues,
  type ValidateResult,
} from '../../../test/support/terraform/terraform-cli';
import { asValidatedWith5100 } from '../../../test/support/terraform/provider-5100';
import { terraformTarget } from './index';
import { AWS_PROVIDER_VERSION, AWS_PROVIDER_VERSION_TLS_2025 } from './versions-tf';

/**
 * The real terraform CLI with the real hashicorp/aws provider (offline, from the local mirror) checks every
 * fixture's module: `fmt -check`, `init` and `validate`, then `plan` for every fixture whose plan needs no AWS
 * call (the origin secret's data source reads AWS). To stay fast, every fixture is a child module of one root:
 * one init, one validate and one plan (one provider schema load each). Without terraform on PATH the checks
 * are skipped with that reason, except in CI (CI=true), where a missing terraform fails the suite.
 */
const available = terraformAvailable();
const inCi = process.env.CI === 'true';
const reason = available
  ? ''
  : ' (SKIPPED: terraform is not on PATH; install Terraform >= 1.5 to run this check)';

const filesOf = (name: string) => {
  const fixture = FIXTURES.find((candidate) => candidate.name === name);
  if (fixture === undefined) throw new Error(`No fixture ${name}`);
  return asValidatedWith5100(terraformTarget.generate(deploymentFor(fixture.config)));
};

describe('terraform CLI', () => {
  it(`is installed${inCi ? ' (required in CI)' : ''}`, (context) => {
    if (!available && !inCi)
      context.skip('terraform is not on PATH: the generated modules are not validated');
    expect(available, 'terraform must be on PATH when CI=true').toBe(true);
  });
});

/** Fixtures also checked as root modules with their own providers.tf: planned offline, or (secret) validated. */
const PLANNED_ALONE = [
  'hostile-comment',
  'lambda-oac-created-certificate',
  's3-static-and-media',
  // A VPC origin without a security group rule: no data source, so it plans offline too.
  'vpc-origin-nlb-http-no-security-group',
];
// The prefix list's data source (like the secret's) reads AWS at plan time: validated on their own.
const VALIDATED_ALONE = ['secret-header', 'vpc-origin-alb-https-function'];

describe.skipIf(!available)(`generated Terraform passes fmt -check, init, validate and plan${reason}`, () => {
  let root = '';
  let combined: ValidateResult | undefined;
  let unformatted = '';
  const plans = new Map<string, { code: number; output: string; plan: PlannedValues | null }>();
  const alone = new Map<string, ValidateResult>();

  const standalone = (name: string) => {
    const dir = writeModule(root, `alone-${moduleFolder(name)}`, filesOf(name));
    reuseInit(root, dir);
    return dir;
  };

  beforeAll(async () => {
    root = temporaryRoot();
    await writeCombinedRoot(
      root,
      FIXTURES.map(({ name, config }) => ({
        name,
        files: asValidatedWith5100(terraformTarget.generate(deploymentFor(config))),
      })),
    );
    const init = await initModule(root);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    // Two terraform processes at a time (terraform-cli.ts): the combined checks beside the standalone ones.
    await Promise.all([
      (async () => {
        const fmt = await terraform(root, ['fmt', '-check', '-recursive', '-list=true', '-no-color']);
        unformatted = fmt.stdout;
        combined = await validateModule(root);
      })(),
      ...PLANNED_ALONE.map(async (name) => {
        const dir = standalone(name);
        writeOfflineProviders(dir);
        const { run, plan } = await planJson(dir, [], name === 'hostile-comment');
        plans.set(name, { code: run.code, output: `${run.stdout}\n${run.stderr}`, plan });
      }),
      ...VALIDATED_ALONE.map(async (name) => alone.set(name, await validateModule(standalone(name)))),
    ]);
  });
  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it('the combined validation ran and found no warnings', () => {
    expect(combined?.valid, combined && describeDiagnostics(combined)).toBe(true);
    expect(combined?.warning_count, combined && describeDiagnostics(combined)).toBe(0);
  });

  for (const { name } of FIXTURES) {
    it(`${name}: terraform fmt -check and validate`, () => {
      const folder = `${moduleFolder(name)}/`;
      expect(unformatted.split('\n').filter((file) => file.startsWith(folder))).toEqual([]);
      const own = (combined?.diagnostics ?? []).filter((d) => d.range?.filename.startsWith(folder));
      expect(own.map((d) => `${d.severity}: ${d.summary} ${d.detail ?? ''}`)).toEqual([]);
    });
  }

  for (const name of PLANNED_ALONE) {
    it(`${name}: a root module with its own providers that terraform plans offline`, () => {
      const result = plans.get(name);
      expect(result?.code, result?.output).toBe(0);
      expect(result?.output).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
    });
  }

  for (const name of VALIDATED_ALONE) {
    it(`${name}: a valid root module with its own providers (its secret is read from AWS at plan time)`, () => {
      const result = alone.get(name);
      expect(result?.valid, result && describeDiagnostics(result)).toBe(true);
      expect(result?.warning_count, result && describeDiagnostics(result)).toBe(0);
    });
  }

  it('the hostile comment reaches Terraform exactly (read back from the saved plan)', () => {
    const plan = plans.get('hostile-comment')?.plan;
    const distribution =
      plan && plannedResources(plan).find((resource) => resource.type === 'aws_cloudfront_distribution');
    expect(distribution?.values.comment).toBe(HOSTILE_COMMENT);
  });

  it('the installed hashicorp/aws has no invoked_via_function_url (why lambda-permissions.tf cannot set it)', async () => {
    const run = await terraform(root, ['providers', 'schema', '-json']);
    const schema = JSON.parse(run.stdout) as {
      provider_schemas: Record<
        string,
        { resource_schemas: Record<string, { block: { attributes: object } }> }
      >;
    };
    const aws = schema.provider_schemas['registry.terraform.io/hashicorp/aws'];
    const permission = Object.keys(aws?.resource_schemas.aws_lambda_permission?.block.attributes ?? {});
    expect(permission).toContain('function_url_auth_type');
    expect(permission).not.toContain('invoked_via_function_url');
  });

  it('the installed hashicorp/aws 5.100 refuses the 2025 security policies (why such a module requires 6.x)', async () => {
    for (const policy of ['TLSv1.2_2025', 'TLSv1.3_2025'] as const) {
      const files = terraformTarget
        .generate(deploymentFor(parseFixture(policy, { distribution: { minimumTlsVersion: policy } })))
        .map((file) =>
          file.path.endsWith('/versions.tf')
            ? {
                ...file,
                contents: file.contents.replace(AWS_PROVIDER_VERSION_TLS_2025, AWS_PROVIDER_VERSION),
              }
            : file,
        );
      expect(files.find((file) => file.path.endsWith('/main.tf'))?.contents).toContain(`"${policy}"`);
      const dir = writeModule(root, `refused-${policy}`, files);
      reuseInit(root, dir);
      const result = await validateModule(dir);
      expect(result.valid).toBe(false);
      expect(describeDiagnostics(result)).toMatch(/expected minimum_protocol_version to be one of/);
    }
  });

  it('fails a module with a misspelt argument, and fmt fails misaligned code (the checks can fail)', async () => {
    const files = filesOf('seed').map((file) =>
      file.path === 'terraform/main.tf'
        ? { ...file, contents: file.contents.replace('cached_methods ', 'cache_methods  ') }
        : file,
    );
    const dir = writeModule(root, 'broken', files);
    reuseInit(root, dir);
    const result = await validateModule(dir);
    expect(result.valid).toBe(false);
    expect(describeDiagnostics(result)).toMatch(/Unsupported argument|Missing required argument/);
    writeFileSync(join(dir, 'extra.tf'), 'locals {\n  a = 1\n  bcd = 2\n}\n');
    const fmt = await terraform(dir, ['fmt', '-check', '-no-color']);
    expect(fmt.code).not.toBe(0);
  });
});
