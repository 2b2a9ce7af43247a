import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../types';

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

/** Folder name of a variant module inside the combined root. */
export const moduleFolder = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * One root module calling every variant as a child module (`module "x" { source = "./x" }`), so a single
 * `terraform validate` (one provider schema load) checks all of them; diagnostics name the variant's folder.
 * `requiredInputs` gives the variables without a default (the secret) a value.
 */
export function writeCombinedRoot(
  root: string,
  variants: { name: string; files: GeneratedFile[]; requiredInputs: string[] }[],
): void {
  const calls = variants.map(({ name, files, requiredInputs }) => {
    writeModule(root, moduleFolder(name), files);
    const inputs = requiredInputs
      .map((input) => `\n  ${input} = "test-only-value-0123456789abcdef01234567"`)
      .join('');
    return `module "${moduleFolder(name)}" {\n  source = "./${moduleFolder(name)}"${inputs}\n}\n`;
  });
  writeFileSync(join(root, 'main.tf'), calls.join('\n'));
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
