import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../model';
import { fixture } from '../../test/support/fixtures';
import { traceRequest } from './trace';

/**
 * Authorization and caching (AWS: "You can't use an origin request policy to forward the Authorization header. The
 * header must be a part of the cache key"): with a caching cache policy it reaches Django only when the policy keys
 * on it; with CachingDisabled the AllViewer policies forward it.
 */
const BEARER = { authorization: 'Bearer token-of-user-a' };

describe('Authorization reaches Django wherever Django answers', () => {
  it('every custom Django cache policy keys on Authorization (so it is forwarded and never shared)', () => {
    for (const name of ['apigw-http/all-cookies-and-query-strings', 'apigw-http/origin-cache-control']) {
      const policies = deploymentFor(fixture(name)).cachePolicies;
      expect(policies, name).toHaveLength(1);
      expect(policies[0]!.headers, name).toContain('authorization');
    }
  });

  it.each([
    'seed',
    'apigw-http/all-cookies-and-query-strings',
    'apigw-http/origin-cache-control',
    'forward-host-alb',
  ])('%s: a token request reaches Django with its Authorization header', (name) => {
    const config = fixture(name);
    const trace = traceRequest(config, {
      method: 'GET',
      url: `https://${config.domains.primary}/api/me/`,
      headers: BEARER,
    });
    expect(trace.djangoRequest?.headers.authorization, JSON.stringify(trace.response)).toBe(
      BEARER.authorization,
    );
  });

  it('two callers with different credentials never share a cached page', () => {
    const config = fixture('apigw-http/all-cookies-and-query-strings');
    const key = (authorization: string) =>
      traceRequest(config, {
        method: 'GET',
        url: 'https://www.example.com/api/me/',
        headers: { authorization },
      }).cache?.keyParts;
    expect(key('Bearer a')).toContain('header authorization');
  });

  it('a caching behaviour without it in the key drops it (files on the Django origin, CachingOptimized)', () => {
    const trace = traceRequest(fixture('seed'), {
      method: 'GET',
      url: 'https://www.example.com/static/app.css',
      headers: BEARER,
    });
    expect(trace.djangoRequest?.headers.authorization).toBeUndefined();
    const dropped = trace.hops
      .find((hop) => hop.id === 'origin-request')
      ?.changes.find((change) => change.header === 'authorization');
    expect(dropped?.change).toBe('removed');
  });

  it('origin access control replaces it with its SigV4 signature', () => {
    const trace = traceRequest(fixture('lambda-oac-us-east-1'), {
      method: 'GET',
      url: 'https://www.example.com/api/me/',
      headers: BEARER,
    });
    expect(trace.djangoRequest?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});
