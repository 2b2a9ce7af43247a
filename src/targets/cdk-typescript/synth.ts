/**
 * Test support (Node only): writes the generated CDK TypeScript app to disk and synthesizes it offline, exactly as
 * `npx cdk synth` would run it (`tsx bin/app.ts` with CDK_OUTDIR set), using this repository's node_modules.
 * Other targets' tests compare their templates with the one CDK synthesizes for the same config.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { cdkTypeScriptFiles } from '.';
import { cdkAppNames } from './names';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
const RUNNER = path.join(REPO_ROOT, 'src/targets/cdk-typescript/synth-runner.mjs');

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

/** Deletes a workspace (the node_modules symlink is unlinked, never followed). */
export async function removeCdkWorkspace(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** Writes the files of the cdk-typescript target into `dir` (the folder prefix is dropped). */
export async function writeGeneratedCdkApp(config: Config, dir: string): Promise<void> {
  for (const file of cdkTypeScriptFiles(config)) {
    const target = path.join(dir, file.path.replace(/^cdk-typescript\//, ''));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

/**
 * Runs the apps written in `appDirs` (one Node process for all of them) and returns, per app directory, every
 * stack's template keyed by stack id. Throws with the app's error if any app fails.
 */
export async function synthesizeWrittenCdkApps(
  appDirs: string[],
): Promise<Map<string, Record<string, CloudFormationTemplate>>> {
  // Offline, as with no credentials: the CLI would set these from the profile; unset, stacks stay env-agnostic.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CDK_DEFAULT_ACCOUNT;
  delete env.CDK_DEFAULT_REGION;
  const { stdout } = await run(
    process.execPath,
    [path.join(NODE_MODULES, 'tsx/dist/cli.mjs'), RUNNER, ...appDirs],
    { env, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const outcome = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, string | null>;
  const failures = Object.entries(outcome).filter(([, error]) => error !== null);
  if (failures.length > 0) {
    throw new Error(failures.map(([dir, error]) => `${dir}: ${error}`).join('\n\n'));
  }
  const result = new Map<string, Record<string, CloudFormationTemplate>>();
  for (const appDir of appDirs) {
    const outdir = path.join(appDir, 'cdk.out');
    const templates: Record<string, CloudFormationTemplate> = {};
    for (const name of await readdir(outdir)) {
      if (!name.endsWith('.template.json')) continue;
      const template = JSON.parse(await readFile(path.join(outdir, name), 'utf8')) as CloudFormationTemplate;
      templates[name.replace(/\.template\.json$/, '')] = template;
    }
    result.set(appDir, templates);
  }
  return result;
}

type AssemblyMetadata = Record<string, { type: string; data?: unknown }[]>;

/**
 * Warnings and errors CDK recorded while synthesizing the app in `appDir` (deprecated APIs, validation), from
 * the manifest and the per-stack `*.metadata.json` files newer CDK versions write beside it.
 */
export async function cdkAssemblyMessages(appDir: string): Promise<string[]> {
  const outdir = path.join(appDir, 'cdk.out');
  const manifest = JSON.parse(await readFile(path.join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts?: Record<string, { metadata?: AssemblyMetadata }>;
  };
  const sources: [string, AssemblyMetadata][] = Object.entries(manifest.artifacts ?? {}).map(
    ([artifact, { metadata = {} }]) => [artifact, metadata],
  );
  for (const name of await readdir(outdir)) {
    if (!name.endsWith('.metadata.json')) continue;
    sources.push([name, JSON.parse(await readFile(path.join(outdir, name), 'utf8')) as AssemblyMetadata]);
  }
  const messages: string[] = [];
  for (const [source, metadata] of sources) {
    for (const [constructPath, entries] of Object.entries(metadata)) {
      for (const entry of entries) {
        if (entry.type === 'aws:cdk:warning' || entry.type === 'aws:cdk:error') {
          messages.push(`${source} ${constructPath} ${entry.type}: ${JSON.stringify(entry.data)}`);
        }
      }
    }
  }
  return messages;
}

/**
 * The CloudFormation template of the generated app's main stack (the one with the distribution) for `config`,
 * synthesized offline. Takes a few seconds (a Node process loads aws-cdk-lib).
 */
export async function synthesizeGeneratedCdkApp(config: Config): Promise<CloudFormationTemplate> {
  const root = await makeCdkWorkspace();
  const appDir = path.join(root, 'app');
  let templates: Record<string, CloudFormationTemplate>;
  try {
    await writeGeneratedCdkApp(config, appDir);
    templates = (await synthesizeWrittenCdkApps([appDir])).get(appDir) ?? {};
  } finally {
    await removeCdkWorkspace(root);
  }
  const stackId = cdkAppNames(distributionPlanFor(config)).stackId;
  const template = templates[stackId];
  if (template === undefined)
    throw new Error(`No template for ${stackId} in ${Object.keys(templates).join(', ')}`);
  return template;
}
