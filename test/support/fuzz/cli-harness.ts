import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileOps } from '../../../src/cli/output-folder';
import { runCli } from '../../../src/cli/run';

/** What the CLI cases of the fuzz suite share: a config to read, the CLI run in-process, a temporary folder. */

export const PRESET_CONFIG = JSON.stringify({ projectName: 'fuzz' });

/** The CLI in-process in `cwd`, its output collected (standard input holds the preset config). */
export function runInProcess(args: string[], cwd: string, fileOps?: FileOps) {
  const out = { stdout: '', stderr: '' };
  const code = runCli(args, {
    cwd,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: () => PRESET_CONFIG,
    ...(fileOps === undefined ? {} : { fileOps }),
  });
  return { code, ...out };
}

/** Runs `work` in a new temporary folder, removed afterwards whatever happens. */
export function inTemporaryFolder<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-fuzz-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
