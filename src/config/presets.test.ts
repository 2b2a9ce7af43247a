import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAllTargets, TARGETS } from '../targets';
import { loadAllPresets, loadPreset, PRESET_FILES, readPreset } from './presets';
import { ConfigSchema, defaultConfig, parseConfig } from './schema';
import { warningsFor } from '../knowledge/warnings';
import { deploymentFor } from '../model';

const PRESETS_DIR = join(__dirname, '../../public/presets');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(PRESETS_DIR, file), 'utf8'));

/** A fetch that serves public/presets from disk, with hooks to break one file. */
const diskFetch =
  (override: Record<string, () => Response> = {}): typeof fetch =>
  async (input) => {
    const file = String(input).split('/').pop() ?? '';
    const broken = override[file];
    if (broken !== undefined) return broken();
    return new Response(readFileSync(join(PRESETS_DIR, file), 'utf8'), { status: 200 });
  };

describe('preset files', () => {
  it('lists exactly the JSON files in public/presets, the seed first alphabetically', () => {
    const onDisk = readdirSync(PRESETS_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect([...PRESET_FILES].sort()).toEqual(onDisk);
    expect(onDisk[0]).toBe('01-apigw-http.json');
  });

  it('the first preset is the seed setup: it parses to defaultConfig()', () => {
    const parsed = ConfigSchema.parse(readJson('01-apigw-http.json'));
    expect(parsed).toEqual(defaultConfig());
  });

  it.each(PRESET_FILES)('%s parses with ConfigSchema and every target generates files from it', (file) => {
    const json = readJson(file);
    const parsed = parseConfig(json);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const result = readPreset(file, json);
    expect(result.ok).toBe(true);
    if (!result.ok || !parsed.success) return;
    expect(result.name.length).toBeGreaterThan(3);
    expect(result.description.length).toBeGreaterThan(20);
    expect(result.config).toEqual(parsed.data);
    for (const target of TARGETS) {
      const files = target.generate(deploymentFor(parsed.data));
      expect(files.length, `${target.id} files for ${file}`).toBeGreaterThan(0);
      for (const generated of files) {
        expect(generated.path.startsWith(`${target.folder}/`)).toBe(true);
      }
    }
    expect(() => generateAllTargets(deploymentFor(parsed.data))).not.toThrow();
  });

  it('flags every example value a preset ships with, so none is deployed by mistake', () => {
    for (const file of PRESET_FILES) {
      const ids = warningsFor(ConfigSchema.parse(readJson(file))).map((warning) => warning.id);
      expect(ids, file).toEqual(expect.arrayContaining(['example-domain', 'example-origin-endpoint']));
    }
  });

  it('the presets describe the setups they are named after', () => {
    const configs = Object.fromEntries(
      PRESET_FILES.map((file) => [file, ConfigSchema.parse(readJson(file))] as const),
    );
    expect(configs['02-lambda-url-secret-header.json']?.origin.type).toBe('lambda-url');
    expect(configs['02-lambda-url-secret-header.json']?.origin.lambdaUrlAuth).toBe('none-with-secret-header');
    expect(configs['02-lambda-url-secret-header.json']?.originProtection.secretHeader).toBe(true);
    expect(configs['03-alb-ecs.json']?.origin).toMatchObject({ type: 'alb', endpoint: 'origin.example.com' });
    expect(configs['04-apigw-rest-regional.json']?.origin).toMatchObject({
      type: 'apigw-rest',
      path: '/prod',
    });
    expect(configs['05-vpc-origin-private-alb.json']?.origin).toMatchObject({
      type: 'vpc-origin',
      vpcOriginProtocol: 'https',
      securityGroupId: 'sg-0123456789abcdef0',
    });
    expect(configs['05-vpc-origin-private-alb.json']?.originProtection.secretHeader).toBe(false);
    expect(configs['05-vpc-origin-private-alb.json']?.distribution.waf).toBe('create');
    expect(configs['06-ecs-express-mode.json']?.origin).toMatchObject({
      type: 'ecs-express',
      hostStrategy: 'x-forwarded-host-function',
    });
    expect(configs['06-ecs-express-mode.json']?.originProtection.secretHeader).toBe(true);
    const distinct = new Set(Object.values(configs).map((config) => JSON.stringify(config)));
    expect(distinct.size).toBe(PRESET_FILES.length);
  });
});

describe('preset loader', () => {
  it('loads every preset through fetch relative to the app base', async () => {
    const requested: string[] = [];
    const fetchFn: typeof fetch = async (input) => {
      requested.push(String(input));
      return diskFetch()(input);
    };
    const results = await loadAllPresets('https://wizard.example/app/index.html', fetchFn);
    expect(results.map((result) => result.ok)).toEqual(PRESET_FILES.map(() => true));
    expect(requested).toEqual(PRESET_FILES.map((file) => `https://wizard.example/app/presets/${file}`));
  });

  it('reports an invalid preset with its field and message instead of throwing', () => {
    const result = readPreset('bad.json', {
      $preset: { name: 'Bad', description: 'broken on purpose' },
      origin: { type: 'apigw-rest', endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com' },
    });
    expect(result).toMatchObject({ ok: false, name: 'Bad' });
    if (result.ok) return;
    expect(result.problems).toEqual([
      'origin.path: A REST API is reached through its stage: enter it as the origin path, e.g. /prod',
    ]);
  });

  it('reports a missing name, a 404, broken JSON and a network error per file', async () => {
    expect(readPreset('x.json', { projectName: 'ok-name' })).toMatchObject({ ok: false, name: 'x.json' });
    const fetchFn = diskFetch({
      '03-alb-ecs.json': () => new Response('not found', { status: 404 }),
      '04-apigw-rest-regional.json': () => new Response('{"projectName": ', { status: 200 }),
    });
    const results = await loadAllPresets('http://127.0.0.1:4173/', fetchFn);
    expect(results.map((result) => result.ok)).toEqual([true, true, false, false, true, true]);
    expect(results[2]).toMatchObject({ problems: ['HTTP 404 for /presets/03-alb-ecs.json'] });
    expect(results[3]).toMatchObject({ problems: [expect.stringMatching(/^Not JSON/)] });
    const offline = await loadPreset('01-apigw-http.json', 'http://127.0.0.1/', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ ok: false, problems: [expect.stringContaining('Failed to fetch')] });
  });
});
