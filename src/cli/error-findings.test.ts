import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
import { warningsFor } from '../knowledge/warnings';
import { EXIT_FINDINGS, EXIT_OK, runCli } from './run';

/**
 * An ERROR-level finding (a setup that cannot work as generated) stops `npm run generate` with a non-zero exit
 * and writes nothing, unless --force; a forced bundle's README starts with the findings.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An ALB reached by its *.elb.amazonaws.com name: no certificate can match it, every request would be a 502. */
const BROKEN = {
  origin: { type: 'alb', endpoint: 'my-alb-123456789.eu-west-1.elb.amazonaws.com' },
};

function run(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'cfdw-findings-'));
  dirs.push(cwd);
  writeFileSync(join(cwd, 'config.json'), JSON.stringify(BROKEN));
  const out = { stdout: '', stderr: '' };
  const code = runCli(['--config', 'config.json', ...args], {
    cwd,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: () => '',
  });
  return { code, cwd, ...out };
}

describe('ERROR findings and npm run generate', () => {
  const parsed = parseConfig(BROKEN);
  if (!parsed.success) throw new Error('the fixture must be a valid config');
  const errors = warningsFor(parsed.data).filter((warning) => warning.severity === 'error');

  it('the fixture has an ERROR finding (a valid config that cannot work)', () => {
    expect(errors.map((error) => error.id)).toContain('origin-certificate-elb-name');
  });

  it('exits non-zero, names the finding and its field, and writes nothing', () => {
    const result = run(['--out', 'out']);
    expect(result.code).toBe(EXIT_FINDINGS);
    expect(result.stderr).toContain('origin.endpoint:');
    expect(result.stderr).toContain('--force');
    expect(existsSync(join(result.cwd, 'out'))).toBe(false);
  });

  it('writes with --force, and the README says it at the top', () => {
    const result = run(['--out', 'out', '--force']);
    expect(result.code).toBe(EXIT_OK);
    const readme = readFileSync(join(result.cwd, 'out', 'README.md'), 'utf8');
    const [title, first] = readme.split('\n\n');
    expect(title).toMatch(/^# /);
    expect(first).toMatch(/^> \*\*Do not deploy this bundle as it is/);
    expect(readme.indexOf(errors[0]!.message)).toBeLessThan(readme.indexOf('## '));
  });
});
