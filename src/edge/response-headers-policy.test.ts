import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
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
      });
    }
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
