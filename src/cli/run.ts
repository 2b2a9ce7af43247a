import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import * as z from 'zod';
import { bundleFiles, zipBundle } from '../bundle';
import { decodePermalinkToConfig, permalinkUrl } from '../config/permalink';
import { ConfigSchema, parseConfig, type Config } from '../config/schema';
import { warningsFor } from '../knowledge/warnings';
import type { GeneratedFile } from '../targets/types';
import { USAGE, parseCliArgs, type CliOptions } from './args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths in arguments resolve against this directory. */
  cwd: string;
  readStdin: () => string;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** The config is valid but an ERROR-level check fails (written only with --force). */
export const EXIT_FINDINGS = 3;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INVALID,
  ) {
    super(message);
  }
}

/** The JSON Schema of a config file: input mode, so fields with defaults are optional. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(ConfigSchema, { io: 'input' });
}

/** The whole CLI: returns the exit code; writes nothing unless the config and every output check pass. */
export function runCli(argv: string[], io: CliIo): number {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`error: ${parsed.error}\nRun with --help for usage.\n`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options.schema) {
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return EXIT_OK;
  }
  try {
    const config = loadConfig(options, io);
    const errors = warningsFor(config).filter((warning) => warning.severity === 'error');
    if (errors.length > 0) {
      const lines = errors.map((error) => `  ${error.field ?? '(config)'}: ${error.message}`);
      if (!options.force) {
        throw new CliError(
          `the config fails ${errors.length === 1 ? 'a check' : `${errors.length} checks`} (the bundle would not work as generated):\n${lines.join('\n')}\nFix it, or add --force to write the bundle anyway (its README starts with these).`,
          EXIT_FINDINGS,
        );
      }
      io.stderr(
        `warning: writing despite ${errors.length} failing check(s) (--force):\n${lines.join('\n')}\n`,
      );
    }
    const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
    const zipPath = options.zip === undefined ? undefined : resolve(io.cwd, options.zip);
    if (outDir !== undefined) checkOutDir(outDir, options);
    if (zipPath !== undefined) checkZipPath(zipPath, options);
    const files = bundleFiles(config, { baseUrl: options.baseUrl });
    if (outDir !== undefined) writeBundle(outDir, files, io);
    if (zipPath !== undefined) {
      const bytes = zipBundle(files);
      mkdirSync(dirname(zipPath), { recursive: true });
      writeFileSync(zipPath, bytes);
      io.stderr(`Wrote ${options.zip} (${files.length} files, ${bytes.length} bytes).\n`);
    }
    if (options.printPermalink) io.stdout(`${permalinkUrl(config, options.baseUrl)}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`error: ${(error as Error).message}\n`);
    return EXIT_INVALID;
  }
}

function loadConfig(options: CliOptions, io: CliIo): Config {
  if (options.permalink !== undefined) {
    const decoded = decodePermalinkToConfig(options.permalink);
    if (decoded.ok) return decoded.config;
    throw new CliError(
      [
        `the permalink is not valid: ${decoded.error}`,
        ...decoded.issues.map((i) => `  ${i.path || '(config)'}: ${i.message}`),
      ].join('\n'),
    );
  }
  const source = options.config ?? '-';
  const label = source === '-' ? 'standard input' : source;
  let text: string;
  try {
    text = source === '-' ? io.readStdin() : readFileSync(resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${label}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseConfig(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(config)'}: ${issue.message}`,
  );
  throw new CliError(
    `invalid config in ${label} (${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`,
  );
}

function checkOutDir(outDir: string, options: CliOptions): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory())
    throw new CliError(`--out ${options.out} exists and is not a directory.`);
  if (readdirSync(outDir).length > 0 && !options.force) {
    throw new CliError(
      `--out ${options.out} is not empty: choose an empty or new directory, or add --force to overwrite.`,
    );
  }
}

function checkZipPath(zipPath: string, options: CliOptions): void {
  if (!existsSync(zipPath)) return;
  if (statSync(zipPath).isDirectory()) throw new CliError(`--zip ${options.zip} is a directory.`);
  if (!options.force) throw new CliError(`--zip ${options.zip} exists: add --force to overwrite it.`);
}

/** A generated path must stay inside the output directory (generators only make relative paths; this checks). */
function safeTarget(outDir: string, path: string): string {
  const target = resolve(outDir, path);
  const inside = relative(outDir, target);
  if (isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside) || inside === '') {
    throw new CliError(`refusing to write ${path}: outside the output directory`);
  }
  return target;
}

function writeBundle(outDir: string, files: GeneratedFile[], io: CliIo): void {
  const targets = files.map((file) => [safeTarget(outDir, file.path), file.contents] as const);
  for (const [target, contents] of targets) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents, { mode: 0o644 });
  }
  const written = new Set(files.map((file) => file.path));
  const others = listFiles(outDir).filter((path) => !written.has(path));
  io.stderr(`Wrote ${files.length} files to ${relative(io.cwd, outDir) || '.'}.\n`);
  if (others.length > 0) {
    io.stderr(
      `note: ${others.length} other file(s) in that directory are not part of this bundle and were left alone: ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}\n`,
    );
  }
}

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}
