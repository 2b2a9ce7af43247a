import { describe, expect, it } from 'vitest';
import { DEFAULT_CSP, parseConfig } from '../config/schema';
import { deploymentFor } from '../model';
import { responseHeadersEffect, withPolicyHeaders } from './response-headers-policy';

const deploymentOf = (securityHeaders: object) => {
  const parsed = parseConfig({
    domains: { primary: 'www.example.com' },
    securityHeaders,
  });
  if (!parsed.success) throw new Error(parsed.error.message);
  return deploymentFor(parsed.data);
};

describe('the response headers policy on an origin’s answer', () => {
  it('the custom policy replaces the origin’s HSTS and adds the other headers, on every behaviour', () => {
    const deployment = deploymentOf({ mode: 'custom', hstsMaxAgeSeconds: 3600 });
    const { defaultBehavior, additionalBehaviors } = deployment.distribution;
    for (const behaviour of [defaultBehavior, ...additionalBehaviors]) {
      const effect = responseHeadersEffect(deployment, behaviour);
      expect(effect.kind).toBe('custom');
      const headers = withPolicyHeaders(
        { 'Strict-Transport-Security': 'max-age=0', 'content-type': 'text/html' },
        effect,
      );
      expect(headers).toEqual({
        'content-type': 'text/html',
        'strict-transport-security': 'max-age=3600',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        // CSP from CloudFront by default with the custom policy, report-only at first.
        'content-security-policy-report-only': DEFAULT_CSP,
      });
    }
  });

  it('the custom policy’s CSP replaces the one the origin sent, enforced or report-only as configured', () => {
    const origin = { 'Content-Security-Policy': "default-src *; script-src 'unsafe-inline'" };
    const enforced = deploymentOf({
      cspReportOnly: false,
      cspPolicy: "default-src 'self';  upgrade-insecure-requests",
    });
    expect(
      withPolicyHeaders(origin, responseHeadersEffect(enforced, enforced.distribution.defaultBehavior)),
    ).toMatchObject({ 'content-security-policy': "default-src 'self'; upgrade-insecure-requests" });
    const none = deploymentOf({ csp: 'none' });
    const kept = withPolicyHeaders(origin, responseHeadersEffect(none, none.distribution.defaultBehavior));
    expect(kept['Content-Security-Policy']).toBe(origin['Content-Security-Policy']);
    expect(Object.keys(kept).filter((name) => /content-security/i.test(name))).toHaveLength(1);
  });

  it('without a policy, or with AWS’s managed one (named only), the origin’s headers pass unchanged', () => {
    for (const mode of ['none', 'managed']) {
      const deployment = deploymentOf({ mode });
      const effect = responseHeadersEffect(deployment, deployment.distribution.defaultBehavior);
      expect(effect.kind).toBe(mode);
      expect(withPolicyHeaders({ 'strict-transport-security': 'max-age=5' }, effect)).toEqual({
        'strict-transport-security': 'max-age=5',
      });
    }
  });
});
