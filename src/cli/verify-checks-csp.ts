import { fail, fetchOnce, pass, skip, type VerifyCheck } from './verify-check-types';

const ENFORCED = 'content-security-policy';
const REPORT_ONLY = 'content-security-policy-report-only';

/** The policies a response carries in one header: each value, split at commas (one header may hold several). */
function policiesIn(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((policy) => policy.trim())
    .filter((p) => p !== '');
}

/**
 * Content-Security-Policy from exactly one place, as the config says (CloudFront's policy or Django 6), and in the
 * mode it says: report-only at first, enforced later. Two policies of one kind mean two layers sent one.
 */
export const cspOnce: VerifyCheck = {
  id: 'csp-once',
  title: 'CSP present once',
  async run(context) {
    const headers = context.config?.securityHeaders;
    if (headers?.csp === 'none')
      return skip('securityHeaders.csp is none: the config sends no Content-Security-Policy');
    const response = await fetchOnce(context, 'page', { method: 'GET', url: context.url });
    const enforced = policiesIn(response.headers[ENFORCED] ?? []);
    const reportOnly = policiesIn(response.headers[REPORT_ONLY] ?? []);
    const fix =
      headers?.csp === 'django'
        ? 'securityHeaders.csp django: SECURE_CSP (or SECURE_CSP_REPORT_ONLY) with ContentSecurityPolicyMiddleware in MIDDLEWARE, and no CSP from anything in front of Django'
        : 'securityHeaders.csp (CloudFront’s response headers policy overrides the origin’s CSP), and no SECURE_CSP in Django: one of them, not both';
    for (const [name, found] of [
      ['Content-Security-Policy', enforced],
      ['Content-Security-Policy-Report-Only', reportOnly],
    ] as const)
      if (found.length > 1) return fail(`${name} is sent ${found.length} times: ${found.join(' | ')}`, fix);
    if (enforced.length + reportOnly.length === 0)
      return fail(`${context.url.href} (${response.status}) has no Content-Security-Policy header`, fix);
    if (headers !== undefined && headers.cspReportOnly && enforced.length > 0)
      return fail(
        `Content-Security-Policy is enforced, but the config says report-only: ${enforced.join('')}`,
        'securityHeaders.cspReportOnly: deploy the generated files again',
      );
    if (headers !== undefined && !headers.cspReportOnly && enforced.length === 0)
      return fail(
        `only Content-Security-Policy-Report-Only is sent, but the config enforces the policy: ${reportOnly.join('')}`,
        'securityHeaders.cspReportOnly off: deploy the generated files again',
      );
    const shown = [
      ...enforced.map((policy) => `Content-Security-Policy: ${policy}`),
      ...reportOnly.map((policy) => `Content-Security-Policy-Report-Only: ${policy}`),
    ];
    return pass(`sent once: ${shown.join(' | ')}`);
  },
};
