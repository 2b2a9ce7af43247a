import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { permalinkUrl } from '../config/permalink';
import { defaultConfig } from '../config/schema';
import { runCli } from './run';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const PRESET = join(ROOT, 'public', 'presets', '01-apigw-http.json');
const workDirs: string[] = [];

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-cli-hard-'));
  workDirs.push(dir);
  return dir;
}
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function inProcess(args: string[], cwd: string, stdin = '') {
  const out = { stdout: '', stderr: '' };
  const code = runCli(args, {
    cwd,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: () => stdin,
  });
  return { code, ...out };
}

/** The CLI as a subprocess, killed after `timeoutMs` (a blocked read or a runaway one shows as a timeout). */
function subprocess(args: string[], cwd: string, stdin: 'pipe' | number = 'pipe', timeoutMs = 10_000) {
  const started = Date.now();
  const result = spawnSync(TSX, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: [stdin, 'pipe', 'pipe'],
  });
  return {
    code: result.status,
    signal: result.signal,
    stderr: result.stderr,
    seconds: (Date.now() - started) / 1000,
  };
}

/** What a terminal would act on, other than the line breaks the CLI writes itself. */
const TERMINAL_CONTROLS = new RegExp(
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  '[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069]',
);
/** Every line the CLI writes to stderr starts like this: nothing in the input can start a line of its own. */
const OWN_LINE = /^(?:error: |note: |Wrote | {2}\S|Run with --help)/;

function expectSafeEcho(stderr: string) {
  expect(stderr).not.toMatch(TERMINAL_CONTROLS);
  for (const line of stderr.replace(/\n$/, '').split('\n')) expect(line).toMatch(OWN_LINE);
}

describe('issue 13.4: the CLI escapes what it echoes', () => {
  it('a config whose JSON error quotes a terminal escape', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'evil.json'), '{"projectName": \u001b]0;pwned\u0007\u001b[2J}');
    const result = inProcess(['--config', 'evil.json', '--out', 'o'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('\\u001b');
    expectSafeEcho(result.stderr);
  });

  it('a file name that would forge a "Wrote 28 files" line', () => {
    const dir = workDir();
    const result = inProcess(['--config', 'x.json\nWrote 28 files to out.\n', '--out', 'o'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^Wrote/m);
    expectSafeEcho(result.stderr);
  });

  it('a link and a base URL full of control characters', () => {
    const dir = workDir();
    for (const args of [
      ['--permalink', '\u001b[31m#c=1.\u0007AAAA\u009b', '--out', 'o'],
      ['--permalink', 'x', '--print-permalink', '--base-url', 'https://x.example/\u001b[2J'],
      ['--config', PRESET, '--out', 'o', '--bogus\u001b[2J'],
    ]) {
      const result = inProcess(args, dir);
      expect(result.code).not.toBe(0);
      expectSafeEcho(result.stderr);
    }
  });

  it('the names of other files in --out DIR', () => {
    const dir = workDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'a\u001b[2Jb\nWrote 99 files.txt'), 'x');
    const result = inProcess(['--config', PRESET, '--out', 'out', '--force'], dir);
    expect(result.code).toBe(0);
    expectSafeEcho(result.stderr);
  });
});

describe('issue 13.5: the CLI bounds what it reads and refuses special files', () => {
  it('--config /dev/zero is refused at once', () => {
    const result = subprocess(['--config', '/dev/zero', '--print-permalink'], workDir(), 'pipe', 10_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a regular file/);
  });

  it('a FIFO with no writer is refused, not waited on', () => {
    const dir = workDir();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    const result = subprocess(['--config', 'pipe.json', '--print-permalink'], dir);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a regular file/);
  });

  it('a huge config file is refused before it is read', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'big.json'), `${' '.repeat(20_000_000)}{}`);
    const result = inProcess(['--config', 'big.json', '--print-permalink'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/too large/);
  });

  it('--config - reads at most the cap from standard input', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = subprocess(['--config', '-', '--print-permalink'], workDir(), zero, 10_000);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/too large/);
    } finally {
      closeSync(zero);
    }
  });
});

describe('issue 13.6: --out never follows links and writes all or nothing', () => {
  it('--force refuses a symlinked subfolder that leads out of DIR, writing nothing', () => {
    const dir = workDir();
    mkdirSync(join(dir, 'outside'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'outside'), join(dir, 'out', 'cloudformation'));
    const result = inProcess(['--config', PRESET, '--out', 'out', '--force'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/symbolic link/);
    expect(readdirSync(join(dir, 'outside'))).toEqual([]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['cloudformation']);
  });

  it('--force refuses a symlinked file instead of writing through it', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'victim.txt'), 'mine');
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'out', 'README.md'));
    const result = inProcess(['--config', PRESET, '--out', 'out', '--force'], dir);
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('mine');
  });

  it('a failure halfway leaves DIR as it was (no partial bundle)', () => {
    const dir = workDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'mine.txt'), 'keep');
    // The bundle needs django/ as a folder late in its list; a file of that name makes the write fail there.
    writeFileSync(join(dir, 'out', 'django'), 'not a folder');
    const result = inProcess(['--config', PRESET, '--out', 'out', '--force'], dir);
    expect(result.code).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['django', 'mine.txt']);
    expect(readdirSync(dir).sort()).toEqual(['out']);
  });

  it('a failure halfway into a new DIR leaves no DIR at all', () => {
    const dir = workDir();
    const link = permalinkUrl(defaultConfig(), 'https://wizard.example/');
    writeFileSync(join(dir, 'taken'), 'a file where the zip folder should be');
    const result = inProcess(['--permalink', link, '--out', 'new', '--zip', 'taken/x.zip'], dir);
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, 'new'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('--help says how the bundle is written', () => {
    const help = inProcess(['--help'], workDir()).stdout;
    expect(help).toMatch(/temporary folder/);
    expect(help).toMatch(/symbolic link/);
  });
});
