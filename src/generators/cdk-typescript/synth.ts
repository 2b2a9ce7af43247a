/**
 * Test support (Node only): writes the generated CDK TypeScript app to disk and synthesizes it offline, exactly as
 * `npx cdk synth` would run it (`tsx bin/app.ts` with CDK_OUTDIR set), using this repository's node_modules.
 * Other targets' tests compare their templates with the one CDK synthesizes for the same config.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../distribution-plan';
import { cdkTypeScriptFiles } from '.';
import { cdkAppNames } from './names';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');

/** A CloudFormation template as CDK writes it. */
export interface CloudFormationTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  Parameters?: Record<string, Record<string, unknown>>;
  Outputs?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** A fresh directory whose node_modules is this repository's (the generated apps go in sub-directories). */
export async function makeCdkWorkspace(prefix = 'cdk-ts-'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  await symlink(NODE_MODULES, path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Writes the files of the cdk-typescript target into `dir` (the folder prefix is dropped). */
export async function writeGeneratedCdkApp(config: Config, dir: string): Promise<void> {
  for (const file of cdkTypeScriptFiles(config)) {
    const target = path.join(dir, file.path.replace(/^cdk-typescript\//, ''));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

/** Runs the app written in `appDir` and returns every stack's template, keyed by stack id. */
export async function synthesizeWrittenCdkApp(
  appDir: string,
): Promise<Record<string, CloudFormationTemplate>> {
  const outdir = path.join(appDir, 'cdk.out');
  // Offline, as with no credentials: the CLI would set these from the profile; unset, stacks stay env-agnostic.
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_OUTDIR: outdir };
  delete env.CDK_DEFAULT_ACCOUNT;
  delete env.CDK_DEFAULT_REGION;
  await run(process.execPath, [path.join(NODE_MODULES, 'tsx/dist/cli.mjs'), 'bin/app.ts'], {
    cwd: appDir,
    env,
    timeout: 120_000,
  });
  const templates: Record<string, CloudFormationTemplate> = {};
  for (const name of await readdir(outdir)) {
    if (!name.endsWith('.template.json')) continue;
    const template = JSON.parse(await readFile(path.join(outdir, name), 'utf8')) as CloudFormationTemplate;
    templates[name.replace(/\.template\.json$/, '')] = template;
  }
  return templates;
}

/**
 * The CloudFormation template of the generated app's main stack (the one with the distribution) for `config`,
 * synthesized offline. Takes a few seconds (a Node process loads aws-cdk-lib).
 */
export async function synthesizeGeneratedCdkApp(config: Config): Promise<CloudFormationTemplate> {
  const root = await makeCdkWorkspace();
  const appDir = path.join(root, 'app');
  await writeGeneratedCdkApp(config, appDir);
  const templates = await synthesizeWrittenCdkApp(appDir);
  const stackId = cdkAppNames(distributionPlanFor(config)).stackId;
  const template = templates[stackId];
  if (template === undefined)
    throw new Error(`No template for ${stackId} in ${Object.keys(templates).join(', ')}`);
  return template;
}
