import { describe, expect, it } from 'vitest';
import { CSP_MAX_LENGTH, DEFAULT_CSP, cspDirectives, cspPolicyProblem } from './csp';
import { parseConfig, type ConfigInput } from './schema';

const issuesOf = (input: ConfigInput) => {
  const parsed = parseConfig(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the CSP policy field', () => {
  it('accepts the default, which reads as six directives', () => {
    expect(cspPolicyProblem(DEFAULT_CSP)).toBeNull();
    expect(cspDirectives(DEFAULT_CSP).map((directive) => directive.name)).toEqual([
      'default-src',
      'img-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]);
    expect(cspDirectives('upgrade-insecure-requests;; script-src  https://cdn.example ')).toEqual([
      { name: 'upgrade-insecure-requests', values: [] },
      { name: 'script-src', values: ['https://cdn.example'] },
    ]);
  });

  it.each([
    ["default-src 'self', script-src x", /No commas/],
    ["default-src 'self'\nscript-src x", /visible ASCII/],
    ["default-src 'sélf'", /visible ASCII/],
    ['', /at least one directive/],
    ["default-src 'self'; default-src 'none'", /default-src is listed twice/],
    ["script-src 'self' 'nonce-abc123'", /a fixed 'nonce-…' is no nonce/],
    ["default_src 'self'", /default_src is not a directive name/],
  ])('refuses %j at the field', (policy, message) => {
    expect(cspPolicyProblem(policy)).toMatch(message);
    expect(issuesOf({ securityHeaders: { cspPolicy: policy } }).join('\n')).toMatch(
      new RegExp(`^securityHeaders\\.cspPolicy: .*${message.source}`, 'm'),
    );
  });

  it(`refuses a policy over ${CSP_MAX_LENGTH} characters (CloudFront's header value limit)`, () => {
    const long = `default-src ${Array.from({ length: 200 }, (_, i) => `https://h${i}.example`).join(' ')}`;
    expect(long.length).toBeGreaterThan(CSP_MAX_LENGTH);
    expect(issuesOf({ securityHeaders: { cspPolicy: long } })).toEqual([
      `securityHeaders.cspPolicy: CloudFront takes a header value of at most ${CSP_MAX_LENGTH} characters`,
    ]);
  });
});

describe('who sends CSP', () => {
  it('defaults to CloudFront (report-only) with the custom policy, and to nobody otherwise', () => {
    const csp = (input: ConfigInput) => {
      const parsed = parseConfig(input);
      if (!parsed.success) throw new Error(parsed.error.message);
      return [parsed.data.securityHeaders.csp, parsed.data.securityHeaders.cspReportOnly];
    };
    expect(csp({})).toEqual(['cloudfront', true]);
    expect(csp({ securityHeaders: { mode: 'custom' } })).toEqual(['cloudfront', true]);
    expect(csp({ securityHeaders: { mode: 'none' } })).toEqual(['none', true]);
    expect(csp({ securityHeaders: { mode: 'managed' } })).toEqual(['none', true]);
    expect(csp({ securityHeaders: { mode: 'none', csp: 'django' }, django: { version: '6.0' } })).toEqual([
      'django',
      true,
    ]);
  });

  it('refuses CloudFront without the custom policy, and Django 5.2 (no built-in CSP), at the field', () => {
    expect(issuesOf({ securityHeaders: { mode: 'managed', csp: 'cloudfront' } })).toEqual([
      expect.stringMatching(
        /^securityHeaders\.csp: CloudFront sends CSP only from the custom response headers policy/,
      ),
    ]);
    expect(issuesOf({ securityHeaders: { csp: 'django' } })).toEqual([
      'securityHeaders.csp: Django 5.2 has no built-in CSP (it came with 6.0): let CloudFront send it, or choose Django 6.0 or later',
    ]);
    expect(issuesOf({ securityHeaders: { csp: 'django' }, django: { version: '6.1' } })).toEqual([]);
  });
});
