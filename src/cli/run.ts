import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as z from 'zod';
import { bundleFiles, zipBundle } from '../bundle';
import { decodePermalinkToConfig, permalinkUrl } from '../config/permalink';
import { ConfigSchema, parseConfig, type Config } from '../config/schema';
import { warningsFor } from '../knowledge/warnings';
import { USAGE, parseCliArgs, type CliOptions } from './args';
import {
  OutputRefused,
  commitAll,
  stageFile,
  stageFolder,
  type FileOps,
  REAL_FILE_OPS,
} from './output-folder';
import { readConfigFile, readStandardInput, type ReadResult } from './read-input';
import { terminalLines } from './terminal-text';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths in arguments resolve against this directory. */
  cwd: string;
  /** Standard input (for `--config -`): its text, or its bytes up to just past `maxBytes` (more are not read). */
  readStdin: (maxBytes: number) => Uint8Array | string | undefined;
  /** The file-system calls that write the bundle (tests inject failures); the real ones by default. */
  fileOps?: FileOps;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** The config is valid but an ERROR-level check fails (written only with --force). */
export const EXIT_FINDINGS = 3;

/** A refusal: its lines go to stderr, each escaped, the first after "error: ". */
class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: number = EXIT_INVALID,
  ) {
    super(lines.join('\n'));
  }
}

/** The JSON Schema of a config file: input mode, so fields with defaults are optional. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(ConfigSchema, { io: 'input' });
}

/**
 * The whole CLI: returns the exit code. Nothing is written unless the config and every output check pass, and
 * then all or nothing (see output-folder.ts). Every line it prints from input is escaped (terminal-text.ts).
 */
export function runCli(argv: string[], io: CliIo): number {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(terminalLines([`error: ${parsed.error}`, 'Run with --help for usage.']));
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
    const { config, notes } = loadConfig(options, io);
    const errors = warningsFor(config).filter((warning) => warning.severity === 'error');
    if (errors.length > 0) {
      const lines = errors.map((error) => `  ${error.field ?? '(config)'}: ${error.message}`);
      if (!options.force) {
        throw new CliError(
          [
            `the config fails ${errors.length === 1 ? 'a check' : `${errors.length} checks`} (the bundle would not work as generated):`,
            ...lines,
            'Fix it, or add --force to write the bundle anyway (its README starts with these).',
          ],
          EXIT_FINDINGS,
        );
      }
      io.stderr(
        terminalLines([`warning: writing despite ${errors.length} failing check(s) (--force):`, ...lines]),
      );
    }
    const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
    const zipPath = options.zip === undefined ? undefined : resolve(io.cwd, options.zip);
    const existing = outDir === undefined ? [] : checkOutDir(outDir, options);
    if (zipPath !== undefined) checkZipPath(zipPath, options);
    const files = bundleFiles(config, { baseUrl: options.baseUrl });
    const zip = zipPath === undefined ? undefined : zipBundle(files);
    const ops = io.fileOps ?? REAL_FILE_OPS;
    commitAll([
      ...(outDir === undefined
        ? []
        : [() => refusedAs(`--out ${options.out}`, () => stageFolder(outDir, files, ops))]),
      ...(zipPath === undefined || zip === undefined
        ? []
        : [() => refusedAs(`--zip ${options.zip}`, () => stageFile(zipPath, zip, ops))]),
    ]);
    const lines = [...notes];
    if (outDir !== undefined) {
      lines.push(`Wrote ${files.length} files to ${relative(io.cwd, outDir) || '.'}.`);
      const others = existing.filter((path) => !files.some((file) => file.path === path));
      if (others.length > 0) {
        lines.push(
          `note: ${others.length} other file(s) in that folder are not part of this bundle and were left alone: ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}`,
        );
      }
    }
    if (zipPath !== undefined && zip !== undefined) {
      lines.push(`Wrote ${options.zip} (${files.length} files, ${zip.length} bytes).`);
    }
    io.stderr(terminalLines(lines));
    if (options.printPermalink) io.stdout(terminalLines([permalinkUrl(config, options.baseUrl)]));
    return EXIT_OK;
  } catch (error) {
    const [first = '', ...rest] = error instanceof CliError ? error.lines : [(error as Error).message];
    io.stderr(terminalLines([`error: ${first}`, ...rest]));
    return error instanceof CliError ? error.exitCode : EXIT_INVALID;
  }
}

/** Runs `stage`, turning a refusal of the output into a message that names the option. */
function refusedAs<T>(option: string, stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof OutputRefused) throw new CliError([`${option}: ${error.message}`]);
    throw new CliError([
      `${option} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was changed.`,
    ]);
  }
}

function loadConfig(options: CliOptions, io: CliIo): { config: Config; notes: string[] } {
  if (options.permalink !== undefined) {
    const decoded = decodePermalinkToConfig(options.permalink);
    if (decoded.ok) {
      const notes = decoded.unchecked
        ? ['note: this link was made before links carried a checksum: check the settings before you deploy.']
        : [];
      return { config: decoded.config, notes };
    }
    throw new CliError([
      `the permalink is not valid: ${decoded.error}`,
      ...decoded.issues.map((i) => `  ${i.path || '(config)'}: ${i.message}`),
    ]);
  }
  const source = options.config ?? '-';
  const label = source === '-' ? 'standard input' : source;
  const read: ReadResult =
    source === '-' ? readStandardInput(io.readStdin) : readConfigFile(resolve(io.cwd, source));
  if (!read.ok) {
    throw new CliError([
      read.code === undefined ? `${label} ${read.problem}.` : `cannot read ${label}: ${read.code}`,
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    throw new CliError([`${label} is not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = parseConfig(json);
  if (parsed.success) return { config: parsed.data, notes: [] };
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(config)'}: ${issue.message}`,
  );
  throw new CliError([
    `invalid config in ${label} (${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}):`,
    ...lines,
  ]);
}

/** Checks --out before anything is generated; returns the files already in it (for the "left alone" note). */
function checkOutDir(outDir: string, options: CliOptions): string[] {
  const stats = statSync(outDir, { throwIfNoEntry: false });
  if (stats === undefined) return [];
  if (!stats.isDirectory()) throw new CliError([`--out ${options.out} exists and is not a folder.`]);
  const existing = listFiles(outDir);
  if (readdirSync(outDir).length > 0 && !options.force) {
    throw new CliError([
      `--out ${options.out} is not empty: choose an empty or new folder, or add --force to overwrite.`,
    ]);
  }
  return existing;
}

function checkZipPath(zipPath: string, options: CliOptions): void {
  const stats = statSync(zipPath, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (stats.isDirectory()) throw new CliError([`--zip ${options.zip} is a folder.`]);
  if (!options.force) throw new CliError([`--zip ${options.zip} exists: add --force to overwrite it.`]);
}

/** Every file under root (links listed, never followed). */
function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}
