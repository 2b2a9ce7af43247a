import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
import {
  ENDPOINTS,
  GOOD_DJANGO_SETTINGS,
  IDS,
  distributionExport,
} from '../../test/support/diagnose/exports';
import { HTTP_API_TEMPLATE_YAML } from '../../test/support/diagnose/templates';
import { runImportCli } from './import-distribution';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfdw-import-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(args: string[], cwd: string, stdin = '') {
  const out = { stdout: '', stderr: '' };
  const code = runImportCli(args, {
    cwd,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: () => stdin,
  });
  return { code, ...out };
}

describe('npm run generate -- --from-distribution', () => {
  it('prints the findings about the existing setup, then writes the bundle of the fixed config', () => {
    const dir = workDir();
    writeFileSync(
      join(dir, 'dist.json'),
      JSON.stringify(
        distributionExport({ domainName: ENDPOINTS['apigw-http'], originRequestPolicyId: IDS.allViewer }),
      ),
    );
    writeFileSync(join(dir, 'settings.py'), GOOD_DJANGO_SETTINGS);
    const result = run(
      ['--from-distribution', 'dist.json', '--django-settings', 'settings.py', '--out', 'out'],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Existing setup: get-distribution-config export E2QWRUHEXAMPLE, www.example.com, 1 origin(s), 2 behaviour(s), with Django settings',
    );
    expect(result.stdout).toContain(
      '  BROKEN The origin refuses every request: it receives your domain as Host',
    );
    expect(result.stdout).toContain(
      `    Request:  GET https://www.example.com/ → 403 from API Gateway HTTP API: API Gateway HTTP API answers 403 to Host www.example.com`,
    );
    expect(result.stdout).toContain('[origin.hostStrategy]');
    expect(result.stdout).toContain('The fixed config changes (1):');
    expect(result.stderr).toMatch(/^Wrote \d+ files to out\.\n$/);
    const config = parseConfig(JSON.parse(readFileSync(join(dir, 'out', 'config.json'), 'utf8')));
    expect(config.success && config.data.origin).toMatchObject({
      type: 'apigw-http',
      endpoint: ENDPOINTS['apigw-http'],
      hostStrategy: 'x-forwarded-host-function',
    });
    expect(existsSync(join(dir, 'out', 'cloudfront-function'))).toBe(true);
  });

  it('reads a YAML template from standard input; --findings-only writes nothing', () => {
    const dir = workDir();
    const result = run(['--from-distribution', '-', '--findings-only'], dir, HTTP_API_TEMPLATE_YAML);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('CloudFormation template (YAML) Distribution');
    expect(result.stdout).toContain('A viewer chooses the host Django uses');
    expect(result.stdout).toMatch(
      /Not in the fixed config \(set these yourself\) \(\d+\):\n {2}Origins api\.DomainName = /,
    );
    expect(result.stderr).toBe('');
  });

  it.each([
    [['--out', 'x'], 2, /give --from-distribution FILE/],
    [['--from-distribution', 'dist.json'], 2, /nothing to write/],
    [['--from-distribution', 'missing.json', '--out', 'x'], 1, /cannot read the file: ENOENT/],
    [
      ['--from-distribution', 'bad.json', '--out', 'x'],
      1,
      /bad\.json: The file cannot be read: this is not valid JSON .* Nothing was written\./,
    ],
    [['--from-distribution', 'dist.json', '--bogus'], 2, /Unknown option '--bogus'/],
  ])('%j → exit %i with a clear message', (args, code, message) => {
    const dir = workDir();
    writeFileSync(
      join(dir, 'dist.json'),
      JSON.stringify(distributionExport({ domainName: ENDPOINTS['apigw-http'] })),
    );
    writeFileSync(join(dir, 'bad.json'), '{"ETag": ');
    const result = run(args, dir);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('works through npm run generate (main.ts sends --from-distribution here)', () => {
    const dir = workDir();
    writeFileSync(
      join(dir, 'dist.json'),
      JSON.stringify(
        distributionExport({
          domainName: ENDPOINTS['lambda-url'],
          functions: ['f'],
          originAccessControlId: 'E2OAC',
        }),
      ),
    );
    const result = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'src', 'cli', 'main.ts'), '--from-distribution', 'dist.json', '--zip', 'fixed.zip'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Form posts are refused by the function URL');
    expect(existsSync(join(dir, 'fixed.zip'))).toBe(true);
  });
});
