import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { bundleFiles } from '../../../src/bundle';
import { REAL_FILE_OPS, type FileOps } from '../../../src/cli/output-folder';
import { permalinkUrl } from '../../../src/config/permalink';
import { defaultConfig } from '../../../src/config/schema';
import { inTemporaryFolder, runInProcess as run } from './cli-harness';

/** Hostile --out folders (links out of the folder, files where folders go) and failures part way. */

const BUNDLE_PATHS = bundleFiles(defaultConfig()).map((file) => file.path);

type Obstacle =
  | 'link to a folder outside'
  | 'link to a file outside'
  | 'file where a folder goes'
  | 'folder where a file goes'
  | 'old file';

export const cliOutputCase = fc.record({
  outExists: fc.boolean(),
  force: fc.boolean(),
  zip: fc.boolean(),
  obstacles: fc.array(
    fc.tuple(
      fc.constantFrom(...BUNDLE_PATHS),
      fc.constantFrom<Obstacle>(
        'link to a folder outside',
        'link to a file outside',
        'file where a folder goes',
        'folder where a file goes',
        'old file',
      ),
    ),
    { maxLength: 3 },
  ),
  failure: fc.option(
    fc.tuple(fc.constantFrom<keyof FileOps>('writeFile', 'rename'), fc.integer({ min: 1, max: 40 })),
  ),
});

/** Every entry under dir, links as their targets (never followed), files with their contents. */
function snapshot(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  if (!existsSync(dir)) return tree;
  const walk = (current: string, prefix: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const key = prefix === '' ? name : `${prefix}/${name}`;
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) tree[key] = `-> ${readlinkSync(path)}`;
      else if (stats.isDirectory()) {
        tree[key] = '/';
        walk(path, key);
      } else tree[key] = readFileSync(path, 'latin1');
    }
  };
  walk(dir, '');
  return tree;
}

function failingOps(failure: [keyof FileOps, number] | null): FileOps | undefined {
  if (failure === null) return undefined;
  let calls = 0;
  const maybeFail = (kind: keyof FileOps) => {
    if (kind !== failure[0]) return;
    calls += 1;
    if (calls === failure[1]) throw Object.assign(new Error('injected failure'), { code: 'EIO' });
  };
  return {
    writeFile: (path, data) => {
      maybeFail('writeFile');
      REAL_FILE_OPS.writeFile(path, data);
    },
    rename: (from, to) => {
      maybeFail('rename');
      REAL_FILE_OPS.rename(from, to);
    },
  };
}

function placeObstacle(out: string, outside: string, path: string, obstacle: Obstacle): boolean {
  const parts = path.split('/');
  const target =
    obstacle === 'file where a folder goes' && parts.length > 1 ? join(out, parts[0] ?? '') : join(out, path);
  if (lstatExists(target)) return false;
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch {
    return false; // an earlier obstacle is a file where this one's folder would go
  }
  if (obstacle === 'link to a folder outside') symlinkSync(outside, target);
  else if (obstacle === 'link to a file outside') symlinkSync(join(outside, 'victim.txt'), target);
  else if (obstacle === 'folder where a file goes') mkdirSync(target);
  else writeFileSync(target, `old ${path}`);
  return obstacle.startsWith('link');
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Runs the CLI into a hostile --out; a problem if it wrote outside, left a partial bundle or a temporary folder. */
export function runCliOutput(testCase: {
  outExists: boolean;
  force: boolean;
  zip: boolean;
  obstacles: [string, Obstacle][];
  failure: [keyof FileOps, number] | null;
}): string | undefined {
  return inTemporaryFolder((dir) => {
    const outside = join(dir, 'outside');
    const out = join(dir, 'out');
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.txt'), 'not yours');
    let links = false;
    if (testCase.outExists || testCase.obstacles.length > 0) {
      mkdirSync(out);
      for (const [path, obstacle] of testCase.obstacles)
        links = placeObstacle(out, outside, path, obstacle) || links;
    }
    const before = { outside: snapshot(outside), out: snapshot(out), root: readdirSync(dir).sort() };
    const link = permalinkUrl(defaultConfig(), 'https://wizard.example/');
    const args = [
      '--permalink',
      link,
      '--out',
      'out',
      ...(testCase.force ? ['--force'] : []),
      ...(testCase.zip ? ['--zip', 'site.zip'] : []),
    ];
    const result = run(args, dir, failingOps(testCase.failure));
    const after = { outside: snapshot(outside), out: snapshot(out), root: readdirSync(dir).sort() };
    if (JSON.stringify(after.outside) !== JSON.stringify(before.outside)) return 'wrote outside --out';
    const leftovers = [...Object.keys(after.out), ...after.root].filter((path) => path.includes('.partial-'));
    if (leftovers.length > 0) return `left a temporary folder: ${leftovers.join(', ')}`;
    if (links && result.code === 0) return 'wrote although --out held a link on a bundle path';
    if (result.code !== 0) {
      if (JSON.stringify(after.out) !== JSON.stringify(before.out))
        return `a failed run changed --out (${result.stderr.trim()})`;
      if (after.root.join() !== before.root.join()) return `a failed run left ${after.root.join(', ')}`;
      return undefined;
    }
    const files = bundleFiles(defaultConfig());
    for (const file of files) {
      const written = after.out[file.path];
      if (written !== Buffer.from(file.contents).toString('latin1'))
        return `${file.path} is not the bundle's`;
    }
    for (const [path, value] of Object.entries(before.out)) {
      if (!BUNDLE_PATHS.includes(path) && value !== '/' && after.out[path] !== value)
        return `changed ${path}, not a bundle file`;
    }
    if (testCase.zip && !existsSync(join(dir, 'site.zip'))) return 'no zip';
    return undefined;
  });
}
