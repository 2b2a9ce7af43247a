import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersSentByPolicy } from '../../test/support/hosting/cloudfront-policy-reader';
import { headersForPath, readHeadersFile } from '../../test/support/hosting/headers-file-reader';
import { cloudFrontPolicyFile, headersFile, hostFiles, nginxLocations, HOST_FILE_PATHS } from './host-files';
import { CACHE_CONTROL, SECURITY_HEADERS, contentSecurityPolicy } from './security-headers';
import { securityHeadersPlugin, withPolicyMeta } from './vite-plugin';

const LAYOUT = {
  files: ['index.html', 'favicon.svg', '_headers'],
  folders: ['assets', 'presets', 'hosting'],
};
const expectedFor = (cacheControl: string) => [
  ...SECURITY_HEADERS.map(({ name, value }) => ({ name, value })),
  { name: 'Cache-Control', value: cacheControl },
];
const byName = (headers: { name: string; value: string }[]) =>
  [...headers].sort((a, b) => a.name.localeCompare(b.name));

describe('_headers (Netlify, Cloudflare Pages), read back', () => {
  const rules = readHeadersFile(headersFile(LAYOUT));

  it.each(['/', '/index.html', '/favicon.svg', '/presets/01-apigw-http.json'])(
    '%s: every security header once, and revalidated',
    (path) => expect(byName(headersForPath(rules, path))).toEqual(byName(expectedFor(CACHE_CONTROL.page))),
  );

  it('/assets/…: every security header once, and cached for a year', () => {
    expect(byName(headersForPath(rules, '/assets/index-C5n7MPlE.js'))).toEqual(
      byName(expectedFor(CACHE_CONTROL.hashedAsset)),
    );
  });

  it('has no rule for the hosting files or itself, and only lines those hosts accept (under 2,000 characters)', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual([
      '/*',
      '/assets/*',
      '/',
      '/index.html',
      '/favicon.svg',
      '/presets/*',
    ]);
    for (const line of headersFile(LAYOUT).split('\n')) expect(line.length).toBeLessThan(2000);
  });
});

/** The add_header lines of each location block, read back. */
function nginxHeaders(text: string): Map<string, { name: string; value: string }[]> {
  const blocks = new Map<string, { name: string; value: string }[]>();
  for (const match of text.matchAll(/^location (\S+) \{\n([\s\S]*?)^\}/gm)) {
    const headers = [...match[2]!.matchAll(/^ {4}add_header (\S+) "([^"]*)" always;$/gm)].map(
      ([, name, value]) => ({
        name: name!,
        value: value!,
      }),
    );
    blocks.set(match[1]!, headers);
  }
  return blocks;
}

describe('the nginx locations, read back', () => {
  const blocks = nginxHeaders(nginxLocations());

  it('repeat every security header in each location (nginx drops inherited add_header lines there)', () => {
    expect([...blocks.keys()]).toEqual(['/assets/', '/hosting/', '/']);
    expect(byName(blocks.get('/assets/')!)).toEqual(byName(expectedFor(CACHE_CONTROL.hashedAsset)));
    expect(byName(blocks.get('/')!)).toEqual(byName(expectedFor(CACHE_CONTROL.page)));
    expect(nginxLocations()).toMatch(/location \/hosting\/ \{\n[^}]*return 404;/);
  });

  it('balances its braces and quotes', () => {
    const text = nginxLocations();
    expect(text.split('{').length).toBe(text.split('}').length);
    for (const line of text.split('\n').filter((candidate) => candidate.includes('add_header')))
      expect(line.split('"').length, line).toBe(3);
  });
});

describe('the CloudFront response headers policy file, read back', () => {
  it('makes CloudFront send exactly the table, overriding the origin', () => {
    const config = JSON.parse(cloudFrontPolicyFile()) as Parameters<typeof headersSentByPolicy>[0];
    const sent = headersSentByPolicy(config);
    expect(sent.every((header) => header.override)).toBe(true);
    expect(byName(sent.map(({ name, value }) => ({ name, value })))).toEqual(
      byName(SECURITY_HEADERS.map(({ name, value }) => ({ name, value }))),
    );
  });
});

describe('the build plugin', () => {
  it('puts the <meta> policy right after <meta charset>, before any script, for the build only', () => {
    expect(securityHeadersPlugin().apply).toBe('build');
    const page = readFileSync('index.html', 'utf8');
    const built = withPolicyMeta(page);
    const policy = contentSecurityPolicy('meta');
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    expect(built.indexOf('Content-Security-Policy')).toBeGreaterThan(built.indexOf('<meta charset'));
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
    expect(built.replace(/\n {4}<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(page);
    expect(() => withPolicyMeta('<html><head></head></html>')).toThrow(/no <meta charset>/);
  });

  it('writes every hosting file into the built folder, from what the folder holds', () => {
    const root = mkdtempSync(join(tmpdir(), 'wizard-build-'));
    mkdirSync(join(root, 'dist/assets'), { recursive: true });
    mkdirSync(join(root, 'dist/presets'));
    writeFileSync(join(root, 'dist/index.html'), '<!doctype html>');
    const plugin = securityHeadersPlugin();
    (plugin.configResolved as (config: unknown) => void)({ root, build: { outDir: 'dist' } });
    (plugin.closeBundle as () => void)();
    for (const file of hostFiles({ files: ['index.html'], folders: ['assets', 'presets'] })) {
      expect(readFileSync(join(root, 'dist', file.path), 'utf8'), file.path).toBe(file.contents);
    }
    expect(existsSync(join(root, 'dist', HOST_FILE_PATHS.nginx))).toBe(true);
  });
});
