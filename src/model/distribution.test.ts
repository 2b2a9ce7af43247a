import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config/schema';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from './aws-constants';
import { distributionPlanFor } from './legacy-plan';

const plan = (input: unknown) => distributionPlanFor(ConfigSchema.parse(input));

describe('distributionPlanFor', () => {
  it('plans the seed: function, AllViewerExceptHostHeader, CachingDisabled, all methods, https only', () => {
    const seed = plan({});
    expect(seed.viewerRequestFunction?.runtime).toBe('cloudfront-js-2.0');
    expect(seed.defaultBehavior.viewerRequestFunction).toBe(true);
    expect(seed.defaultBehavior.originRequestPolicy).toEqual({
      kind: 'managed',
      policy: MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader,
    });
    expect(seed.defaultBehavior.cachePolicy).toEqual({
      kind: 'managed',
      policy: MANAGED_CACHE_POLICIES.cachingDisabled,
    });
    expect(seed.defaultBehavior.allowedMethods).toBe('ALL');
    expect(seed.defaultBehavior.viewerProtocolPolicy).toBe('redirect-to-https');
    expect(seed.origins[0]).toMatchObject({ kind: 'https', protocolPolicy: 'https-only' });
    expect(seed.cachePolicies).toEqual([]);
  });

  it('forwards Host and drops the function for the forward-host strategy', () => {
    const forward = plan({
      origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
    });
    expect(forward.viewerRequestFunction).toBeNull();
    expect(forward.defaultBehavior.viewerRequestFunction).toBe(false);
    expect(forward.defaultBehavior.originRequestPolicy).toEqual({
      kind: 'managed',
      policy: MANAGED_ORIGIN_REQUEST_POLICIES.allViewer,
    });
  });

  it('keys cached Django pages on cookies, query strings and the viewer host', () => {
    const cached = plan({ dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 60 } });
    expect(cached.defaultBehavior.cachePolicy).toEqual({ kind: 'custom', key: 'DynamicPages' });
    expect(cached.cachePolicies[0]).toMatchObject({
      cookies: 'all',
      queryStrings: 'all',
      headers: ['x-forwarded-host'],
      minTtl: 0,
      defaultTtl: 60,
    });
    const originControlled = plan({ dynamicCaching: { mode: 'origin-cache-control' } });
    expect(originControlled.cachePolicies[0]?.defaultTtl).toBe(0);
  });

  it('uses the managed CachingDisabled when the maximum TTL is 0 (CloudFront refuses a custom policy then)', () => {
    for (const mode of ['origin-cache-control', 'all-cookies-and-query-strings'] as const) {
      const plan = distributionPlanFor(
        ConfigSchema.parse({ dynamicCaching: { mode, defaultTtlSeconds: 0, maxTtlSeconds: 0 } }),
      );
      expect(plan.cachePolicies).toEqual([]);
      expect(plan.defaultBehavior.cachePolicy).toEqual({
        kind: 'managed',
        policy: MANAGED_CACHE_POLICIES.cachingDisabled,
      });
    }
  });

  it('serves S3 static files through their own origin, without the function or an origin request policy', () => {
    const s3 = plan({ staticFiles: { source: 's3' }, mediaFiles: { enabled: true, source: 's3' } });
    expect(s3.buckets.map((bucket) => bucket.key)).toEqual(['StaticFiles', 'MediaFiles']);
    expect(s3.additionalBehaviors.map((behavior) => [behavior.pathPattern, behavior.originId])).toEqual([
      ['/static/*', 'StaticFiles'],
      ['/media/*', 'MediaFiles'],
    ]);
    expect(s3.additionalBehaviors.every((behavior) => !behavior.viewerRequestFunction)).toBe(true);
  });

  it('runs the function on same-origin static files too, so a spoofed X-Forwarded-Host never passes', () => {
    const same = plan({});
    expect(same.additionalBehaviors[0]).toMatchObject({
      pathPattern: '/static/*',
      originId: 'App',
      viewerRequestFunction: true,
    });
  });

  it('plans Lambda URL origin access control with the function to grant', () => {
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:mysite';
    const lambda = plan({
      origin: {
        type: 'lambda-url',
        endpoint: 'abc.lambda-url.eu-west-1.on.aws',
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: arn,
      },
    });
    expect(lambda.origins[0]).toMatchObject({ originAccessControl: 'lambda' });
    expect(lambda.lambdaOriginAccess).toEqual({ functionArn: arn, region: 'eu-west-1' });
  });

  it('plans a DNS-validated certificate and alias records when asked', () => {
    const created = plan({
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' },
    });
    expect(created.certificate).toMatchObject({
      kind: 'create-dns-validated',
      subjectAlternativeNames: ['example.com'],
    });
    expect(created.dnsRecords?.names).toEqual(['www.example.com', 'example.com']);
  });

  it('adds the secret origin header only when protection is on', () => {
    expect(plan({}).originSecretHeader).toBeNull();
    expect(plan({ originProtection: { secretHeader: true } }).originSecretHeader?.name).toBe(
      'X-Origin-Verify',
    );
  });
});
