/**
 * Test support (Node only): writes the generated CDK apps to disk and synthesizes the TypeScript one offline,
 * exactly as `cdk synth` runs it (`tsx bin/app.ts` with CDK_OUTDIR and cdk.json's context set), using this
 * repository's node_modules. Other targets' tests compare their templates with the one CDK synthesizes.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Config } from '../../../src/config/schema';
import { deploymentFor, type Deployment, type StackKey } from '../../../src/model';
import { pascalCase } from '../../../src/model/names';
import { cdkPythonTarget } from '../../../src/targets/cdk-python';
import { cdkTypeScriptTarget } from '../../../src/targets/cdk-typescript';
import type { Target } from '../../../src/targets/types';
import { NAG_PLUGIN } from './nag-report';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
const RUNNER = path.join(REPO_ROOT, 'test/support/cdk/synth-runner.mjs');

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

/** Writes a target's files for `deployment` into `dir` (the target's folder prefix is dropped); returns the paths. */
export async function writeTargetFiles(
  target: Target,
  deployment: Deployment,
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  for (const file of target.generate(deployment)) {
    const filePath = path.join(dir, file.path.slice(target.folder.length + 1));
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(filePath, file.contents);
    written.push(filePath);
  }
  return written;
}

/** Writes the cdk-typescript app for `config` into `dir`. */
export async function writeGeneratedCdkApp(config: Config, dir: string): Promise<void> {
  await writeTargetFiles(cdkTypeScriptTarget, deploymentFor(config), dir);
}

/** Writes the cdk-python app for `config` into `dir`; returns the paths of its files. */
export async function writeGeneratedCdkPythonApp(config: Config, dir: string): Promise<string[]> {
  return writeTargetFiles(cdkPythonTarget, deploymentFor(config), dir);
}

/** Transitional, for the CloudFormation equivalence test: the main stack's construct id (the model's stack id). */
export function cdkAppNames(plan: { projectName: string }): { stackId: string } {
  return { stackId: `${pascalCase(plan.projectName)}Stack` };
}

/**
 * Runs the apps written in `appDirs` (one Node process for all of them) and returns, per app directory, every
 * stack's template keyed by stack id. Throws with the app's error if any app fails. With `nag`, cdk-nag's
 * AwsSolutions pack checks every app in the same synth (read its findings with `nag-report.ts`).
 */
export async function synthesizeWrittenCdkApps(
  appDirs: string[],
  options: { nag?: boolean } = {},
): Promise<Map<string, Record<string, CloudFormationTemplate>>> {
  // Offline, as with no credentials: the CLI would set these from the profile; unset, stacks stay env-agnostic.
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_NAG_CHECKS: options.nag === true ? '1' : '0' };
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
 * the manifest, the per-stack `*.metadata.json` files and the template validation report.
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
  // The template validation CDK runs at synth (CloudFormation Validate) writes its findings beside the assembly.
  const report = await readFile(path.join(outdir, 'validation-report.json'), 'utf8').catch(() => null);
  if (report !== null) {
    const { pluginReports = [] } = JSON.parse(report) as {
      pluginReports?: { pluginName: string; violations?: { ruleName: string; description: string }[] }[];
    };
    // cdk-nag's findings are read apart (nag-report.ts), with their construct paths.
    for (const plugin of pluginReports.filter((candidate) => candidate.pluginName !== NAG_PLUGIN))
      for (const violation of plugin.violations ?? [])
        messages.push(`${plugin.pluginName} ${violation.ruleName}: ${violation.description}`);
  }
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

/** A synthesized stack: its template and the environment the cloud assembly records for it. */
export interface SynthesizedStack {
  stackName: string;
  region: string;
  template: CloudFormationTemplate;
}

/** Every stack of the cloud assembly in `appDir/cdk.out`, by construct id. */
export async function cloudAssemblyStacks(appDir: string): Promise<Record<string, SynthesizedStack>> {
  const outdir = path.join(appDir, 'cdk.out');
  const manifest = JSON.parse(await readFile(path.join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts?: Record<
      string,
      { type: string; environment?: string; properties?: { templateFile?: string; stackName?: string } }
    >;
  };
  const stacks: Record<string, SynthesizedStack> = {};
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    if (artifact.type !== 'aws:cloudformation:stack' || artifact.properties?.templateFile === undefined)
      continue;
    const template = JSON.parse(
      await readFile(path.join(outdir, artifact.properties.templateFile), 'utf8'),
    ) as CloudFormationTemplate;
    stacks[id] = {
      stackName: artifact.properties.stackName ?? id,
      region: artifact.environment?.split('/').pop() ?? 'unknown-region',
      template,
    };
  }
  return stacks;
}

/** The synthesized stacks of a deployment's app, by the model's stack keys (found by their construct ids). */
export function stacksByKey(
  deployment: Deployment,
  stacks: Record<string, SynthesizedStack>,
): Partial<Record<StackKey, SynthesizedStack>> {
  const byKey: Partial<Record<StackKey, SynthesizedStack>> = {};
  for (const stack of deployment.stacks) {
    const found = stacks[stack.id];
    if (found !== undefined) byKey[stack.key] = found;
  }
  return byKey;
}
