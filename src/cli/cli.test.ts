import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles, zipBundle } from '../bundle';
import { PERMALINK_FORMAT } from '../config/permalink-migrations';
import { encodePayload } from '../config/permalink';
import { ConfigSchema, parseConfig, type Config } from '../config/schema';
import { CONFIG_FIELD_PATHS } from '../../test/support/schema-paths';
import { runCli } from './run';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const PRESETS = join(ROOT, 'public', 'presets');
const PRESET_FILES = readdirSync(PRESETS).filter((file) => file.endsWith('.json'));
const workDirs: string[] = [];

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-cli-'));
  workDirs.push(dir);
  return dir;
}
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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

/** Every file under dir, as relative path → contents (bytes as latin1, so comparisons are byte-exact). */
function readTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else tree[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'latin1');
    }
  };
  walk(dir);
  return tree;
}

function presetConfig(file: string): Config {
  const parsed = parseConfig(JSON.parse(readFileSync(join(PRESETS, file), 'utf8')));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

describe('CLI as a subprocess', () => {
  const presetFile = join(PRESETS, '03-alb-ecs.json');
  const config = presetConfig('03-alb-ecs.json');
  const dir = workDir();
  // A time zone far from UTC: the zip's fixed date must not depend on it.
  const first = cli(['--config', presetFile, '--out', 'a', '--zip', 'a.zip', '--print-permalink'], dir, {
    TZ: 'Pacific/Auckland',
  });

  it('writes exactly the bundle files for a valid config, and the same zip bytes as the app', () => {
    expect(first.stderr).toContain('Wrote ');
    expect(first.code).toBe(0);
    const expected = Object.fromEntries(
      bundleFiles(config).map((file) => [file.path, Buffer.from(file.contents).toString('latin1')]),
    );
    expect(readTree(join(dir, 'a'))).toEqual(expected);
    expect(new Uint8Array(readFileSync(join(dir, 'a.zip')))).toEqual(zipBundle(bundleFiles(config)));
  });

  it('round-trips through the printed permalink to byte-identical files', () => {
    const link = first.stdout.trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#c=2\.[A-Za-z0-9_-]+$/);
    const second = cli(['--permalink', link, '--out', 'b'], dir);
    expect(second.code).toBe(0);
    expect(readTree(join(dir, 'b'))).toEqual(readTree(join(dir, 'a')));
  });

  it('refuses an invalid config: non-zero exit, each bad field named on stderr, nothing written', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        domains: { primary: 'https://www.example.com' },
        dynamicCaching: { mode: 'always' },
      }),
    );
    const result = cli(['--config', bad, '--out', 'c', '--zip', 'c.zip'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('invalid config in');
    expect(result.stderr).toContain('  domains.primary: Enter the domain name only, without https://');
    expect(result.stderr).toMatch(/ {2}dynamicCaching\.mode: /);
    expect(existsSync(join(dir, 'c'))).toBe(false);
    expect(existsSync(join(dir, 'c.zip'))).toBe(false);
  });
});

describe('CLI options', () => {
  it.each(PRESET_FILES)('accepts the preset %s as --config', (file) => {
    const dir = workDir();
    const result = inProcess(['--config', join(PRESETS, file), '--out', 'out'], dir);
    expect(result.code).toBe(0);
    expect(Object.keys(readTree(join(dir, 'out')))).toEqual(
      expect.arrayContaining(['README.md', 'config.json', 'permalink.txt']),
    );
  });

  it('writes a config.json the CLI accepts again, giving the same files', () => {
    const dir = workDir();
    expect(inProcess(['--config', join(PRESETS, PRESET_FILES[0] ?? ''), '--out', 'one'], dir).code).toBe(0);
    expect(inProcess(['--config', 'one/config.json', '--out', 'two'], dir).code).toBe(0);
    expect(readTree(join(dir, 'two'))).toEqual(readTree(join(dir, 'one')));
  });

  it('reads the config from standard input with --config -', () => {
    const dir = workDir();
    const result = inProcess(
      ['--config', '-', '--print-permalink', '--base-url', 'https://wizard.example/x/'],
      dir,
      '{"projectName":"shop"}',
    );
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^https:\/\/wizard\.example\/x\/#c=2\./),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a non-empty --out unless --force, and says which other files it left alone', () => {
    const dir = workDir();
    const config = join(PRESETS, PRESET_FILES[0] ?? '');
    expect(inProcess(['--config', config, '--out', 'out'], dir).code).toBe(0);
    writeFileSync(join(dir, 'out', 'mine.txt'), 'keep me');
    const refused = inProcess(['--config', config, '--out', 'out'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    const forced = inProcess(['--config', config, '--out', 'out', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('mine.txt');
    expect(readFileSync(join(dir, 'out', 'mine.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses to overwrite an existing --zip unless --force', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'x.zip'), 'old');
    const config = join(PRESETS, PRESET_FILES[0] ?? '');
    expect(inProcess(['--config', config, '--zip', 'x.zip'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('exists'),
    });
    expect(readFileSync(join(dir, 'x.zip'), 'utf8')).toBe('old');
    expect(inProcess(['--config', config, '--zip', 'x.zip', '--force'], dir).code).toBe(0);
  });

  it('explains unreadable input: missing file, bad JSON, invalid or damaged permalink', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'broken.json'), '{"projectName": ');
    expect(inProcess(['--config', 'missing.json', '--out', 'o'], dir).stderr).toBe(
      'error: cannot read missing.json: ENOENT\n',
    );
    expect(inProcess(['--config', 'broken.json', '--out', 'o'], dir).stderr).toMatch(
      /^error: broken\.json is not valid JSON: /,
    );
    const invalidLink = `#c=${encodePayload({ projectName: 'X!' }, PERMALINK_FORMAT.currentVersion, PERMALINK_FORMAT)}`;
    const invalid = inProcess(['--permalink', invalidLink, '--out', 'o'], dir);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(
      'the permalink is not valid: 1 setting in this link is not valid.\n  projectName: Project name',
    );
    expect(inProcess(['--permalink', 'https://x.example/#c=1.AAAA', '--out', 'o'], dir).stderr).toContain(
      'the permalink is not valid',
    );
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it.each([
    [[], 'Give exactly one of --config FILE or --permalink URL.'],
    [['--config', 'a.json', '--permalink', 'b'], 'Give exactly one of'],
    [['--config', 'a.json'], 'Nothing to do'],
    [['--config', 'a.json', '--out', 'o', '--bogus'], "Unknown option '--bogus'"],
    [
      ['--config', 'a.json', '--print-permalink', '--base-url', 'ftp://x'],
      '--base-url must be an http(s) URL',
    ],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const result = inProcess(args, workDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('prints help', () => {
    const result = inProcess(['--help'], workDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--print-permalink');
  });

  it('prints the JSON Schema of a config (input mode: every field optional, enums listed)', () => {
    const result = inProcess(['--schema'], workDir());
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as {
      properties: Record<string, { properties?: Record<string, { enum?: string[]; default?: unknown }> }>;
      required?: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ConfigSchema.shape));
    expect(schema.required).toBeUndefined();
    expect(schema.properties.origin?.properties?.type?.enum).toEqual([
      'apigw-http',
      'apigw-rest',
      'lambda-url',
      'vpc-origin',
      'ecs-express',
      'alb',
      'custom-https',
    ]);
    expect(schema.properties.staticFiles?.properties?.pathPattern?.default).toBe('/static/*');
  });

  it('gives every field and group of the schema a title and a description', () => {
    const result = inProcess(['--schema'], workDir());
    interface Node {
      title?: string;
      description?: string;
      properties?: Record<string, Node>;
    }
    const undescribed = (node: Node, path: string): string[] =>
      Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
        const childPath = path === '' ? key : `${path}.${key}`;
        const own = (child.title ?? '').trim() !== '' && (child.description ?? '').trim() !== '';
        return [...(own ? [] : [childPath]), ...undescribed(child, childPath)];
      });
    const schema = JSON.parse(result.stdout) as Node;
    expect(undescribed(schema, '')).toEqual([]);
    expect(schema.properties?.origin?.properties?.endpoint?.description).toMatch(/origin’s own DNS name/);
    // Every leaf field is reached: the walk saw as many as the schema has.
    const leaves = (node: Node): number =>
      Object.values(node.properties ?? {}).reduce(
        (sum, child) => sum + (child.properties ? leaves(child) : 1),
        0,
      );
    expect(leaves(schema)).toBe(CONFIG_FIELD_PATHS.length);
  });
});
