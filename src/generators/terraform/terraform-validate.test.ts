import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/schema';
import { HOSTILE_COMMENT, iacVariantConfigs } from '../iac-variants';
import { terraformFiles } from './index';
import {
  describeDiagnostics,
  initModule,
  reuseInit,
  temporaryRoot,
  terraform,
  terraformAvailable,
  validateModule,
  writeModule,
} from './terraform-cli';

/**
 * The real terraform CLI (with the real hashicorp/aws provider) checks every generated module: fmt -check,
 * init (once; the others reuse it) and validate. Without terraform on PATH the checks are skipped with that
 * reason, except in CI (CI=true), where a missing terraform fails the suite.
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

describe.skipIf(!available)(`generated Terraform passes fmt -check and validate${reason}`, () => {
  let root = '';
  let initialised = '';
  const variants = iacVariantConfigs();

  beforeAll(async () => {
    root = temporaryRoot();
    initialised = writeModule(root, 'initialised', terraformFiles(defaultConfig()));
    const init = await initModule(initialised);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
  });
  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  for (const { name, config } of variants) {
    it.concurrent(`${name}`, async () => {
      const dir = writeModule(root, `variant-${name}`, terraformFiles(config));
      reuseInit(initialised, dir);
      const fmt = await terraform(dir, ['fmt', '-check', '-diff', '-no-color']);
      expect(fmt.code, `terraform fmt -check:\n${fmt.stdout}${fmt.stderr}`).toBe(0);
      const result = await validateModule(dir);
      expect(result.valid, describeDiagnostics(result)).toBe(true);
      expect(result.warning_count, describeDiagnostics(result)).toBe(0);
    });
  }

  it('the hostile comment reaches Terraform exactly, from variables.tf and from terraform.tfvars.example', async () => {
    const config = parseConfig({ distribution: { comment: HOSTILE_COMMENT } });
    if (!config.success) throw config.error;
    const dir = writeModule(root, 'hostile-console', terraformFiles(config.data));
    reuseInit(initialised, dir);
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
    reuseInit(initialised, dir);
    const result = await validateModule(dir);
    expect(result.valid).toBe(false);
    expect(describeDiagnostics(result)).toMatch(/Unsupported argument|Missing required argument/);
    writeFileSync(join(dir, 'extra.tf'), 'locals {\n  a = 1\n  bcd = 2\n}\n');
    const fmt = await terraform(dir, ['fmt', '-check', '-no-color']);
    expect(fmt.code).not.toBe(0);
  });
});
