import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { HOSTILE_COMMENT, iacVariantConfigs } from '../iac-variants';
import { terraformFiles } from './index';
import {
  describeDiagnostics,
  initModule,
  moduleFolder,
  reuseInit,
  temporaryRoot,
  terraform,
  terraformAvailable,
  validateModule,
  writeCombinedRoot,
  writeModule,
  type ValidateResult,
} from './terraform-cli';
import { terraformVariables } from './variables-tf';

/**
 * The real terraform CLI, with the real hashicorp/aws provider, checks every generated module: `fmt -check`, and
 * `init` + `validate`. To keep CI fast every variant is a child module of one root, validated in one run (one
 * provider schema load); two variants are also validated on their own as root modules. Without terraform on PATH
 * the checks are skipped with that reason, except in CI (CI=true), where a missing terraform fails the suite.
 */
const available = terraformAvailable();
const inCi = process.env.CI === 'true';
const reason = available
  ? ''
  : ' (SKIPPED: terraform is not on PATH; install Terraform >= 1.5 to run this check)';

describe('terraform CLI', () => {
  it(`is installed${inCi ? ' (required in CI)' : ''}`, (context) => {
    if (!available && !inCi)
      context.skip('terraform is not on PATH: the generated modules are not validated');
    expect(available, 'terraform must be on PATH when CI=true').toBe(true);
  });
});

describe.skipIf(!available)(`generated Terraform passes fmt -check, init and validate${reason}`, () => {
  const variants = iacVariantConfigs();
  let root = '';
  let combined: ValidateResult | undefined;
  let unformatted = '';

  beforeAll(async () => {
    root = temporaryRoot();
    writeCombinedRoot(
      root,
      variants.map(({ name, config }) => ({
        name,
        files: terraformFiles(config),
        requiredInputs: terraformVariables(distributionPlanFor(config))
          .filter((variable) => variable.default === undefined)
          .map((variable) => variable.name),
      })),
    );
    const init = await initModule(root);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    const fmt = await terraform(root, ['fmt', '-check', '-recursive', '-list=true', '-no-color']);
    unformatted = fmt.stdout;
    combined = await validateModule(root);
  });
  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it('the combined validation ran and found no warnings outside the variants', () => {
    expect(combined?.valid, combined && describeDiagnostics(combined)).toBe(true);
    expect(combined?.warning_count, combined && describeDiagnostics(combined)).toBe(0);
  });

  for (const { name } of variants) {
    it(`${name}: terraform fmt -check and validate`, () => {
      const folder = `${moduleFolder(name)}/`;
      expect(unformatted.split('\n').filter((file) => file.startsWith(folder))).toEqual([]);
      const own = (combined?.diagnostics ?? []).filter((d) => d.range?.filename.startsWith(folder));
      expect(own.map((d) => `${d.severity}: ${d.summary} ${d.detail ?? ''}`)).toEqual([]);
    });
  }

  for (const name of ['apigw-http/disabled', 'lambda-oac-created-certificate']) {
    it(`${name} is also valid on its own, as a root module`, async () => {
      const variant = variants.find((candidate) => candidate.name === name);
      if (variant === undefined) throw new Error(`no variant ${name}`);
      const dir = writeModule(root, `alone-${moduleFolder(name)}`, terraformFiles(variant.config));
      reuseInit(root, dir);
      const result = await validateModule(dir);
      expect(result.valid, describeDiagnostics(result)).toBe(true);
      expect(result.warning_count, describeDiagnostics(result)).toBe(0);
    });
  }

  it('the hostile comment reaches Terraform exactly, from variables.tf and from terraform.tfvars.example', async () => {
    const config = parseConfig({ distribution: { comment: HOSTILE_COMMENT } });
    if (!config.success) throw config.error;
    const dir = writeModule(root, 'hostile-console', terraformFiles(config.data));
    reuseInit(root, dir);
    const expected = `"${Buffer.from(HOSTILE_COMMENT, 'utf8').toString('base64')}"`;
    const fromDefault = await terraform(
      dir,
      ['console', '-no-color'],
      'base64encode(var.distribution_comment)\n',
    );
    expect(fromDefault.stdout.trim(), fromDefault.stderr).toBe(expected);
    const fromTfvars = await terraform(
      dir,
      ['console', '-no-color', '-var-file=terraform.tfvars.example'],
      'base64encode(var.distribution_comment)\n',
    );
    expect(fromTfvars.stdout.trim(), fromTfvars.stderr).toBe(expected);
  });

  it('fails a module with a misspelt argument, and fmt fails misaligned code (the checks can fail)', async () => {
    const files = terraformFiles(defaultConfig()).map((file) =>
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
