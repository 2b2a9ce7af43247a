import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { bundleFiles } from '../../../src/bundle';
import { runImportCli } from '../../../src/cli/import-distribution';
import { REAL_FILE_OPS, type FileOps } from '../../../src/cli/output-folder';
import { MAX_CONFIG_BYTES } from '../../../src/cli/read-input';
import { runCli } from '../../../src/cli/run';
import { permalinkUrl } from '../../../src/config/permalink';
import { defaultConfig } from '../../../src/config/schema';
import { UNWANTED_TEXT_CHARACTER } from '../../../src/config/text-characters';
import { distributionExport } from '../diagnose/exports';
import { anyText, HOSTILE_CHARACTERS } from './text';

/**
 * CLI cases for the fuzz suite: hostile text wherever the CLI reads it (and may echo it), and hostile output
 * folders (links out of the folder, files where folders go, failures part way). Each runs the CLI in-process in a
 * fresh temporary folder and says what went wrong, or undefined.
 */

const PRESET_CONFIG = JSON.stringify({ projectName: 'fuzz' });
const BUNDLE_PATHS = bundleFiles(defaultConfig()).map((file) => file.path);
/** Every line the CLI writes to stderr starts like this: nothing in the input can start a line of its own. */
const OWN_LINE = /^(?:error: |note: |Wrote | {2}\S|Run with --help)/;

function run(args: string[], cwd: string, fileOps?: FileOps) {
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

function inTemporaryFolder<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-fuzz-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Hostile text, with a terminal escape or a line break in it at least. */
const hostileText = fc
  .tuple(anyText, fc.constantFrom(...HOSTILE_CHARACTERS, '\u001b[2J', '\nWrote 28 files to out.\n'), fc.nat())
  .map(([text, hostile, at]) => {
    const characters = [...text];
    characters.splice(at % (characters.length + 1), 0, hostile);
    return characters.join('');
  });

export const cliEchoCase = fc.record({
  place: fc.constantFrom(
    'config content',
    'config path',
    'permalink',
    'base url',
    'option name',
    'file name in --out',
    'an exported distribution (--from-distribution)',
  ),
  text: hostileText,
});

/** Runs the CLI with the hostile text in one place; a problem if its output carries anything raw. */
export function runCliEcho({ place, text }: { place: string; text: string }): string | undefined {
  return inTemporaryFolder((dir) => {
    writeFileSync(join(dir, 'config.json'), PRESET_CONFIG);
    let args: string[];
    if (place === 'config content') {
      writeFileSync(join(dir, 'evil.json'), `{"projectName": ${text}`);
      args = ['--config', 'evil.json', '--print-permalink'];
    } else if (place === 'config path') args = ['--config', text, '--print-permalink'];
    else if (place === 'permalink') args = ['--permalink', `#c=2.${text}`, '--print-permalink'];
    else if (place === 'base url')
      args = ['--config', 'config.json', '--print-permalink', '--base-url', `https://x.example/${text}`];
    else if (place === 'option name') args = ['--config', 'config.json', `--${text}`];
    else if (place.startsWith('an exported')) {
      const exported = distributionExport({ domainName: text, aliases: [text, 'www.example.com'] }) as {
        DistributionConfig: Record<string, unknown>;
      };
      exported.DistributionConfig.Comment = text;
      writeFileSync(join(dir, 'dist.json'), JSON.stringify(exported));
      const printed = { text: '' };
      runImportCli(['--from-distribution', 'dist.json', '--findings-only'], {
        cwd: dir,
        stdout: (chunk) => void (printed.text += chunk),
        stderr: (chunk) => void (printed.text += chunk),
        readStdin: () => '',
      });
      if (!printed.text.includes('Distribution') && !/^error: dist\.json: /.test(printed.text))
        return `${place}: neither a report nor a clear refusal: ${printed.text}`;
      return UNWANTED_TEXT_CHARACTER.test(printed.text.replace(/\n/g, ''))
        ? `${place}: raw control or invisible character printed for ${JSON.stringify(text)}`
        : undefined;
    } else {
      mkdirSync(join(dir, 'out'));
      const name = text.replace(/[/\0]/g, '_').slice(0, 100) || '_';
      try {
        writeFileSync(join(dir, 'out', name), 'x');
      } catch {
        return undefined; // a name this file system cannot hold
      }
      args = ['--config', 'config.json', '--out', 'out', '--force'];
    }
    const result = run(args, dir);
    const stderr = result.stderr.replace(/\n$/, '');
    const stdout = result.stdout.replace(/\n$/, '');
    if (UNWANTED_TEXT_CHARACTER.test(stderr.replace(/\n/g, '')) || UNWANTED_TEXT_CHARACTER.test(stdout))
      return `${place}: raw control or invisible character printed for ${JSON.stringify(text)}: ${JSON.stringify(result.stderr)}`;
    const forged = stderr.split('\n').find((line) => line !== '' && !OWN_LINE.test(line));
    if (forged !== undefined) return `${place}: a line the CLI did not write: ${JSON.stringify(forged)}`;
    if (stdout.includes('\n')) return `${place}: more than one line on stdout: ${JSON.stringify(stdout)}`;
    return undefined;
  });
}

export const cliInputCase = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      '/dev/zero',
      '/dev/urandom',
      '/dev/null',
      'a FIFO',
      'a folder',
      'a link to /dev/zero',
    ),
  }),
  fc.record({
    kind: fc.constantFrom('a file', 'standard input'),
    size: fc.integer({ min: MAX_CONFIG_BYTES - 3, max: MAX_CONFIG_BYTES + 3 }),
  }),
);

/** Runs --config on a special or near-limit input; a problem if it waited, read too much or misjudged the size. */
export function runCliInput(testCase: { kind: string; size?: number }): string | undefined {
  return inTemporaryFolder((dir) => {
    let source = testCase.kind;
    let stdin = PRESET_CONFIG;
    if (testCase.kind === 'a FIFO') {
      source = join(dir, 'pipe.json');
      if (spawnSync('mkfifo', [source]).status !== 0) return 'mkfifo failed';
    } else if (testCase.kind === 'a folder') source = dir;
    else if (testCase.kind === 'a link to /dev/zero') {
      source = join(dir, 'zero.json');
      symlinkSync('/dev/zero', source);
    } else if (testCase.size !== undefined) {
      const text = `${' '.repeat(testCase.size - 2)}{}`;
      if (testCase.kind === 'a file') writeFileSync(join(dir, (source = 'big.json')), text);
      else [source, stdin] = ['-', text];
    }
    const started = performance.now();
    const out = { stderr: '' };
    const code = runCli(['--config', source, '--print-permalink'], {
      cwd: dir,
      stdout: () => undefined,
      stderr: (text) => void (out.stderr += text),
      readStdin: () => stdin,
    });
    if (performance.now() - started > 2_000)
      return `${testCase.kind}: took ${Math.round(performance.now() - started)} ms`;
    const fits = testCase.size !== undefined && testCase.size <= MAX_CONFIG_BYTES;
    if (fits !== (code === 0))
      return `${testCase.kind} (${testCase.size ?? '-'} bytes): exit ${code}, ${out.stderr.trim()}`;
    if (code !== 0 && !/not a regular file|too large/.test(out.stderr))
      return `${testCase.kind}: unclear refusal ${out.stderr.trim()}`;
    return undefined;
  });
}

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
