import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_FILE_OPS, type FileOps } from './output-folder';
import { runCli } from './run';

const PRESET = join(import.meta.dirname, '..', '..', 'public', 'presets', '03-alb-ecs.json');
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-out-'));
  workDirs.push(dir);
  return dir;
}

/** Every file and folder under dir with its contents ('/' for a folder): a snapshot to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const key = relative(dir, path);
      if (entry.isDirectory()) {
        tree[key] = '/';
        walk(path);
      } else tree[key] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return tree;
}

/** File operations that fail on the n-th call of one kind (a full disk, a file locked by another program). */
function failingOn(kind: keyof FileOps, n: number): FileOps {
  let calls = 0;
  const fail = () => {
    calls += 1;
    if (calls === n) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  };
  return {
    writeFile: (path, data) => {
      if (kind === 'writeFile') fail();
      REAL_FILE_OPS.writeFile(path, data);
    },
    rename: (from, to) => {
      if (kind === 'rename') fail();
      REAL_FILE_OPS.rename(from, to);
    },
  };
}

function run(args: string[], cwd: string, fileOps?: FileOps) {
  let stderr = '';
  const code = runCli(args, {
    cwd,
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    readStdin: () => '',
    ...(fileOps === undefined ? {} : { fileOps }),
  });
  return { code, stderr };
}

describe('the bundle is written all or nothing', () => {
  it.each([3, 20])('a write failing at file %i of a new --out leaves no folder and no temporary one', (n) => {
    const dir = workDir();
    const result = run(['--config', PRESET, '--out', 'site/out'], dir, failingOn('writeFile', n));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--out site/out could not be written (ENOSPC); nothing was changed.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a rename failing halfway through --force puts every replaced file back', () => {
    const dir = workDir();
    expect(run(['--config', PRESET, '--out', 'out'], dir).code).toBe(0);
    writeFileSync(join(dir, 'out', 'README.md'), 'my edited README');
    writeFileSync(join(dir, 'out', 'mine.txt'), 'keep');
    const before = snapshot(dir);
    const result = run(['--config', PRESET, '--out', 'out', '--force'], dir, failingOn('rename', 17));
    expect(result.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a zip that cannot be moved into place undoes the --out folder too', () => {
    const dir = workDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'mine.txt'), 'keep');
    const before = snapshot(dir);
    // Renames: one per bundle file into out/, then the zip; the zip's is the last one.
    const files = run(['--config', PRESET, '--out', 'probe'], dir);
    expect(files.code).toBe(0);
    const count = readdirSync(join(dir, 'probe'), { recursive: true }).filter((path) =>
      statSync(join(dir, 'probe', String(path))).isFile(),
    ).length;
    rmSync(join(dir, 'probe'), { recursive: true });
    const result = run(
      ['--config', PRESET, '--out', 'out', '--force', '--zip', 'site.zip'],
      dir,
      failingOn('rename', count + 1),
    );
    expect(result.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a new --out is one rename of a complete folder, with the usual folder permissions', () => {
    const dir = workDir();
    expect(run(['--config', PRESET, '--out', 'out'], dir).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(statSync(join(dir, 'out')).mode & 0o777).toBe(statSync(join(dir, 'out', 'django')).mode & 0o777);
    expect(statSync(join(dir, 'out', 'README.md')).mode & 0o777).toBe(0o644);
  });
});
