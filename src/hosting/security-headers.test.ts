import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, SECURITY_HEADERS, contentSecurityPolicy } from './security-headers';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)] as const));

describe('the page’s Content-Security-Policy', () => {
  const header = directives(contentSecurityPolicy('header'));

  it('refuses everything by default and runs only the bundle’s own scripts: no eval, no inline script', () => {
    expect(header.get('default-src')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('header')).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|\*/);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors'])
      expect(header.get(name), name).toEqual(["'none'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only, for Monaco, and says why where it is declared', () => {
    const inline = CSP_DIRECTIVES.filter((directive) => directive.sources.includes("'unsafe-inline'"));
    expect(inline.map((directive) => directive.name)).toEqual(['style-src']);
    expect(inline[0]!.why).toContain('monaco-editor/issues/271');
  });

  it('names each directive once; the <meta> policy is the header one without frame-ancestors', () => {
    expect(header.size).toBe(CSP_DIRECTIVES.length);
    const meta = directives(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...header].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
  });

  it('is short: CloudFront refuses a policy whose CSP is too long (TooLongCSPInResponseHeadersPolicy)', () => {
    expect(contentSecurityPolicy('header').length).toBeLessThan(1000);
  });
});

describe('the security headers table', () => {
  it('has each header once, the CSP first, every value a valid single-line header value', () => {
    const names = SECURITY_HEADERS.map((header) => header.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('content-security-policy');
    expect(names).toEqual(
      expect.arrayContaining([
        'strict-transport-security',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ]),
    );
    for (const header of SECURITY_HEADERS) {
      expect(header.value, header.name).toMatch(/^[\x20-\x7e]+$/);
      expect(header.see, header.name).toMatch(/^https:\/\//);
    }
  });
});
