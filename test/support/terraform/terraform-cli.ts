import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';
import type { GeneratedFile } from '../../../src/targets/types';

/**
 * Runs the real `terraform` CLI over generated modules, for tests. The provider comes from the filesystem mirror
 * named in terraform-offline.tfrc when it exists (CI and this machine: no network), else from the registry.
 * `init` runs once; every other module reuses its `.terraform` folder and lock file.
 */
const TFRC = join(dirname(fileURLToPath(import.meta.url)), 'terraform-offline.tfrc');

export function terraformAvailable(): boolean {
  return spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
}

function terraformEnv(): NodeJS.ProcessEnv {
  const mirror = /path\s*=\s*"([^"]+)"/.exec(readFileSync(TFRC, 'utf8'))?.[1];
  const env: NodeJS.ProcessEnv = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  if (mirror !== undefined && existsSync(mirror)) env.TF_CLI_CONFIG_FILE = TFRC;
  return env;
}

export interface TerraformRun {
  code: number;
  stdout: string;
  stderr: string;
}

// Two at a time: the machine (and CI) has two cores.
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function terraform(cwd: string, args: string[], input?: string): Promise<TerraformRun> {
  return slot(
    () =>
      new Promise((resolve) => {
        const child = execFile(
          'terraform',
          args,
          { cwd, env: terraformEnv(), maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
            resolve({ code, stdout, stderr });
          },
        );
        if (input !== undefined) child.stdin?.end(input);
        else child.stdin?.end();
      }),
  );
}

/** Writes a target's files (paths starting with `terraform/`) into a new folder and returns the module folder. */
export function writeModule(root: string, name: string, files: GeneratedFile[]): string {
  const dir = join(root, name.replace(/[^A-Za-z0-9_-]/g, '_'));
  for (const file of files) {
    const path = join(dir, file.path.replace(/^terraform\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return dir;
}

/** Example values of the generated modules' input variables (a Secrets Manager version id is a UUID). */
export const EXAMPLE_VARIABLE_VALUES: Record<string, string> = {
  origin_header_version_id: '00000000-0000-4000-8000-000000000000',
};

/** Folder name of a variant module inside the combined root. */
export const moduleFolder = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * One root module calling every variant as a child module, so a single `terraform validate` (one provider schema
 * load) checks all of them; diagnostics name the variant's folder. Each provider block is its own plugin process
 * when Terraform validates (about half a second each), so the variants' `providers.tf` are replaced by the same
 * providers declared once in the root and passed in (`providers = { ... }`); the variants' own providers.tf are
 * validated where the variants are root modules (the standalone checks, the offline plan).
 */
export async function writeCombinedRoot(
  root: string,
  variants: { name: string; files: GeneratedFile[] }[],
): Promise<void> {
  const folders = new Set(variants.map(({ name }) => moduleFolder(name)));
  if (folders.size !== variants.length) throw new Error('Two variants share a module folder name');
  const shared = new Map<string, string>();
  const calls: string[] = [];
  for (const { name, files } of variants) {
    const folder = moduleFolder(name);
    const providers = files.find((file) => file.path.endsWith('/providers.tf'));
    const versions = files.find((file) => file.path.endsWith('/versions.tf'));
    const own = providers === undefined ? [] : await providerBlocks(providers.contents);
    writeModule(
      root,
      folder,
      files.filter((file) => file !== providers),
    );
    writeFileSync(join(root, folder, 'providers.tf'), '');
    // The module declares the aliased configurations its caller passes in (an override keeps versions.tf as is).
    const aliases = own.flatMap(({ alias }) => (alias === null ? [] : [`aws.${alias}`]));
    if (aliases.length > 0 && versions !== undefined) {
      const aws = await requiredAws(versions.contents);
      writeFileSync(
        join(root, folder, 'versions_override.tf'),
        `terraform {\n  required_providers {\n    aws = {\n      source                = "${aws.source}"\n      version               = "${aws.version}"\n      configuration_aliases = [${aliases.join(', ')}]\n    }\n  }\n}\n`,
      );
    }
    const passed = own.map(({ alias, region }) => {
      const key = `${alias ?? ''}@${region}`;
      if (!shared.has(key)) shared.set(key, region);
      const rootAlias = `p${[...shared.keys()].indexOf(key)}`;
      return `    ${alias === null ? 'aws' : `aws.${alias}`} = aws.${rootAlias}`;
    });
    // The module's input variables get a valid example value (the origin secret's version id is the only one).
    const variables = files
      .filter((file) => file.path.endsWith('/variables.tf'))
      .flatMap((file) => [...file.contents.matchAll(/^variable "([a-z_]+)"/gm)].map((match) => match[1]!));
    const inputs = variables.map((name) => `  ${name} = "${EXAMPLE_VARIABLE_VALUES[name] ?? ''}"\n`);
    calls.push(
      `module "${folder}" {\n  source = "./${folder}"\n${inputs.join('')}  providers = {\n${passed.join('\n')}\n  }\n}\n`,
    );
  }
  const rootProviders = [...shared.values()].map(
    (region, index) => `provider "aws" {\n  alias  = "p${index}"\n  region = "${region}"\n}\n`,
  );
  writeFileSync(join(root, 'providers.tf'), rootProviders.join('\n'));
  writeFileSync(join(root, 'main.tf'), calls.join('\n'));
}

/** The `aws` entry of a versions.tf's required_providers, read with the HCL parser. */
async function requiredAws(contents: string): Promise<{ source: string; version: string }> {
  const json = (await parse('versions.tf', contents)) as {
    terraform?: { required_providers?: { aws?: { source: string; version: string } }[] }[];
  };
  const aws = json.terraform?.[0]?.required_providers?.[0]?.aws;
  if (aws === undefined) throw new Error('versions.tf requires no aws provider');
  return aws;
}

/** The `provider "aws"` blocks of a providers.tf, read with the HCL parser. */
async function providerBlocks(contents: string): Promise<{ alias: string | null; region: string }[]> {
  const json = (await parse('providers.tf', contents)) as { provider?: { aws?: Record<string, unknown>[] } };
  return (json.provider?.aws ?? []).map((body) => ({
    alias: typeof body.alias === 'string' ? body.alias : null,
    region: String(body.region),
  }));
}

/**
 * Lets `terraform plan` run without AWS: an override file gives every provider block of the module test
 * credentials and skips the account checks, so a module whose plan needs no AWS call (no data source that reads
 * AWS) plans offline. Terraform merges override files into the blocks with the same provider name and alias.
 */
export function writeOfflineProviders(dir: string): void {
  const offline = [
    'access_key                  = "test"',
    'secret_key                  = "test"',
    'skip_credentials_validation = true',
    'skip_requesting_account_id  = true',
    'skip_metadata_api_check     = true',
    'max_retries                 = 1',
  ];
  const providers = readFileSync(join(dir, 'providers.tf'), 'utf8');
  const aliases = [...providers.matchAll(/alias\s*=\s*"([^"]+)"/g)].map((match) => match[1]);
  const blocks = [undefined, ...aliases].map((alias) => {
    const body = [...(alias === undefined ? [] : [`alias                       = "${alias}"`]), ...offline];
    return `provider "aws" {\n${body.map((line) => `  ${line}`).join('\n')}\n}\n`;
  });
  writeFileSync(join(dir, 'providers_override.tf'), blocks.join('\n'));
}

/**
 * `terraform plan -out`, then (when `show`) `terraform show -json`: the planned values exactly as Terraform read
 * them from the files.
 */
export async function planJson(
  dir: string,
  extraArgs: string[] = [],
  show = true,
): Promise<{ run: TerraformRun; plan: PlannedValues | null }> {
  const run = await terraform(dir, ['plan', '-input=false', '-no-color', '-out=tfplan', ...extraArgs]);
  if (run.code !== 0 || !show) return { run, plan: null };
  const shown = await terraform(dir, ['show', '-json', 'tfplan']);
  return { run, plan: JSON.parse(shown.stdout) as PlannedValues };
}

interface PlannedModule {
  resources?: { address: string; type: string; values: Record<string, unknown> }[];
  child_modules?: PlannedModule[];
}

export interface PlannedValues {
  planned_values: { root_module: PlannedModule };
}

/** Every planned resource, child modules included. */
export function plannedResources(plan: PlannedValues): NonNullable<PlannedModule['resources']> {
  const walk = (module: PlannedModule): NonNullable<PlannedModule['resources']> => [
    ...(module.resources ?? []),
    ...(module.child_modules ?? []).flatMap(walk),
  ];
  return walk(plan.planned_values.root_module);
}

export function temporaryRoot(): string {
  return mkdtempSync(join(tmpdir(), 'tf-generated-'));
}

/** `terraform init` in `initialised` once; `reuseInit` gives another module the same providers without network. */
export async function initModule(dir: string): Promise<TerraformRun> {
  return terraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
}

export function reuseInit(from: string, to: string): void {
  cpSync(join(from, '.terraform'), join(to, '.terraform'), { recursive: true, verbatimSymlinks: true });
  cpSync(join(from, '.terraform.lock.hcl'), join(to, '.terraform.lock.hcl'));
}

export interface ValidateResult {
  valid: boolean;
  error_count: number;
  warning_count: number;
  diagnostics: {
    severity: string;
    summary: string;
    detail?: string;
    range?: { filename: string; start: { line: number } };
  }[];
}

export async function validateModule(dir: string): Promise<ValidateResult> {
  const run = await terraform(dir, ['validate', '-json', '-no-color']);
  try {
    return JSON.parse(run.stdout) as ValidateResult;
  } catch {
    throw new Error(`terraform validate gave no JSON (exit ${run.code}): ${run.stderr}`);
  }
}

export const describeDiagnostics = (result: ValidateResult): string =>
  result.diagnostics
    .map(
      (d) =>
        `${d.severity}: ${d.summary} ${d.detail ?? ''} (${d.range?.filename ?? ''}:${d.range?.start.line ?? ''})`,
    )
    .join('\n');
