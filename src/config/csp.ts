import * as z from 'zod';

/**
 * Content-Security-Policy: who sends it (one place, like HSTS), whether it only reports at first, and the policy.
 * CloudFront sends it from the custom response headers policy (every behaviour, S3 files too); Django from 6.0 on
 * (SECURE_CSP / SECURE_CSP_REPORT_ONLY with ContentSecurityPolicyMiddleware); Django 5.2 has no built-in CSP.
 */
export const CSP_SOURCES = ['cloudfront', 'django', 'none'] as const;
export type CspSource = (typeof CSP_SOURCES)[number];

/**
 * A start that Django's admin works under (its templates have had no inline script since Django 1.10 and no
 * inline style since 3.2; its files come from STATIC_URL on this site): only this site's own scripts, styles and
 * images (plus data: images), no plugins, no <base> or form posts elsewhere, and no framing.
 */
export const DEFAULT_CSP =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "frame-ancestors 'none'";

/**
 * The wizard's bound on the policy: CloudFront's documented maximum for a custom header value (1,783 characters,
 * CloudFront quotas); the API refuses a longer CSP (TooLongCSPInResponseHeadersPolicy) but the exact CSP maximum
 * was not found stated, so the custom-header one is used for both places.
 */
export const CSP_MAX_LENGTH = 1783;

const DIRECTIVE_NAME = /^[a-z][a-z0-9-]*$/;
/** A source or value: visible ASCII without the separators (`;` ends a directive, `,` would start a second policy). */
const TOKEN = /^[\x21-\x2b\x2d-\x3a\x3c-\x7e]+$/;

/** One directive of a policy: its name (lower case) and its values (none for e.g. upgrade-insecure-requests). */
export interface CspDirective {
  name: string;
  values: string[];
}

/** The directives of a policy string, in order (empty parts between semicolons are skipped). */
export function cspDirectives(policy: string): CspDirective[] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/[ \t]+/))
    .filter((tokens) => tokens[0] !== undefined && tokens[0] !== '')
    .map(([name = '', ...values]) => ({ name: name.toLowerCase(), values }));
}

/** What is wrong with a policy string, or null. */
export function cspPolicyProblem(policy: string): string | null {
  if (!/^[\x20-\x7e]*$/.test(policy))
    return 'Only visible ASCII characters and spaces: no line breaks, tabs or non-ASCII letters';
  if (policy.includes(',')) return 'No commas: a comma starts a second policy in one header';
  const directives = cspDirectives(policy);
  if (directives.length === 0) return "Enter at least one directive, e.g. default-src 'self'";
  const seen = new Set<string>();
  for (const { name, values } of directives) {
    if (!DIRECTIVE_NAME.test(name)) return `${name} is not a directive name (letters, digits and hyphens)`;
    if (seen.has(name)) return `${name} is listed twice: browsers ignore the second one`;
    seen.add(name);
    const bad = values.find((value) => !TOKEN.test(value));
    if (bad !== undefined) return `${name}: ${bad} is not a source`;
    if (values.some((value) => /^'nonce-/i.test(value)))
      return `${name}: a fixed 'nonce-…' is no nonce; Django 6 makes one per response (CSP.NONCE in settings.py)`;
  }
  return null;
}

/** The policy field: trimmed, at most CSP_MAX_LENGTH characters, each directive well formed. */
export const cspPolicySchema = z
  .string()
  .trim()
  .max(CSP_MAX_LENGTH, {
    message: `CloudFront takes a header value of at most ${CSP_MAX_LENGTH} characters`,
    abort: true,
  })
  .superRefine((value, ctx) => {
    const problem = cspPolicyProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * Before CSP had a choice, nothing sent one: a config or link that says nothing about CSP gets CloudFront's
 * (report-only at first) when CloudFront's custom policy sends the other headers, and none otherwise (the managed
 * policy has no CSP, and Django 5.2, the default release, has no built-in one).
 */
export function cspSourceInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const headers = input as Record<string, unknown>;
  if (headers.csp !== undefined) return input;
  const mode = headers.mode ?? 'custom';
  return { ...headers, csp: mode === 'custom' ? 'cloudfront' : 'none' };
}
