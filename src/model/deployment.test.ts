import { describe, expect, it } from 'vitest';
import { ConfigSchema, parseConfig } from '../config/schema';
import { LONG_DOMAIN } from '../../test/support/fixtures';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from './aws-constants';
import { deploymentFor } from './deployment-for';

const deployment = (input: unknown) => deploymentFor(ConfigSchema.parse(input));
const LAMBDA_OAC = {
  type: 'lambda-url',
  endpoint: 'abc.lambda-url.eu-west-1.on.aws',
  lambdaUrlAuth: 'oac',
  lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
};

describe('deploymentFor: the distribution', () => {
  it('plans the seed: function, AllViewerExceptHostHeader, CachingDisabled, all methods, https only', () => {
    const seed = deployment({});
    expect(seed.viewerRequestFunction?.runtime).toBe('cloudfront-js-2.0');
    const behavior = seed.distribution.defaultBehavior;
    expect(behavior.viewerRequestFunction).toBe(true);
    expect(behavior.originRequestPolicy).toEqual({
      kind: 'managed',
      policy: MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader,
    });
    expect(behavior.cachePolicy).toEqual({ kind: 'managed', policy: MANAGED_CACHE_POLICIES.cachingDisabled });
    expect(behavior.allowedMethods).toBe('ALL');
    expect(behavior.viewerProtocolPolicy).toBe('redirect-to-https');
    expect(seed.distribution.origins[0]).toMatchObject({ kind: 'custom', protocolPolicy: 'https-only' });
    expect(seed.cachePolicies).toEqual([]);
  });

  it('forwards Host and drops the function for the forward-host strategy', () => {
    const forward = deployment({
      origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
    });
    expect(forward.viewerRequestFunction).toBeNull();
    expect(forward.distribution.defaultBehavior.viewerRequestFunction).toBe(false);
    expect(forward.distribution.defaultBehavior.originRequestPolicy).toEqual({
      kind: 'managed',
      policy: MANAGED_ORIGIN_REQUEST_POLICIES.allViewer,
    });
  });

  it('keys cached Django pages on cookies, query strings and the viewer host', () => {
    const cached = deployment({
      dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 60 },
    });
    expect(cached.distribution.defaultBehavior.cachePolicy).toEqual({ kind: 'custom', key: 'DynamicPages' });
    expect(cached.cachePolicies[0]).toMatchObject({
      cookies: 'all',
      queryStrings: 'all',
      headers: ['authorization', 'x-forwarded-host'],
      minTtl: 0,
      defaultTtl: 60,
    });
    expect(
      deployment({ dynamicCaching: { mode: 'origin-cache-control' } }).cachePolicies[0]?.defaultTtl,
    ).toBe(0);
  });

  it('a maximum TTL of 0 is the managed CachingDisabled (CloudFront refuses a key on a zero-TTL policy)', () => {
    for (const mode of ['origin-cache-control', 'all-cookies-and-query-strings'] as const) {
      const zero = deployment({ dynamicCaching: { mode, defaultTtlSeconds: 0, maxTtlSeconds: 0 } });
      expect(zero.cachePolicies).toEqual([]);
      expect(zero.distribution.defaultBehavior.cachePolicy).toEqual({
        kind: 'managed',
        policy: MANAGED_CACHE_POLICIES.cachingDisabled,
      });
    }
  });

  it('serves S3 files through their own origins and buckets, without the function or an origin request policy', () => {
    const s3 = deployment({ staticFiles: { source: 's3' }, mediaFiles: { enabled: true, source: 's3' } });
    expect(s3.buckets.map((bucket) => bucket.key)).toEqual(['StaticFiles', 'MediaFiles']);
    expect(s3.distribution.additionalBehaviors.map((b) => [b.pathPattern, b.originId])).toEqual([
      ['/static/*', 'StaticFiles'],
      ['/media/*', 'MediaFiles'],
    ]);
    expect(
      s3.distribution.additionalBehaviors.every((b) => !b.viewerRequestFunction && !b.originRequestPolicy),
    ).toBe(true);
  });

  it('runs the function on same-origin static files too, so a spoofed X-Forwarded-Host never passes', () => {
    expect(deployment({}).distribution.additionalBehaviors[0]).toMatchObject({
      pathPattern: '/static/*',
      originId: 'App',
      viewerRequestFunction: true,
    });
  });

  it('keeps the default comment within CloudFront’s 128 characters for a 200-character domain', () => {
    const long = deployment({ domains: { primary: LONG_DOMAIN } });
    expect(LONG_DOMAIN.length).toBeGreaterThan(128);
    expect(long.distribution.comment.length).toBeLessThanOrEqual(128);
    expect(long.distribution.comment.endsWith('... (Django)')).toBe(true);
  });
});

describe('deploymentFor: stacks and supporting resources', () => {
  it('puts every resource of a plain setup in one us-east-1 stack, buckets included', () => {
    const plain = deployment({ staticFiles: { source: 's3' } });
    expect(plain.stacks.map((stack) => [stack.key, stack.region])).toEqual([['main', 'us-east-1']]);
    expect(plain.buckets.every((bucket) => bucket.stack === 'main')).toBe(true);
  });

  it('bucket policies allow this distribution through OAC and deny non-TLS requests', () => {
    const [bucket] = deployment({ staticFiles: { source: 's3' } }).buckets;
    expect(bucket?.policy.map((statement) => [statement.effect, statement.condition.variable])).toEqual([
      ['Allow', 'AWS:SourceArn'],
      ['Deny', 'aws:SecureTransport'],
    ]);
  });

  it('grants both Lambda permissions in the function’s region, in a stack of their own', () => {
    const lambda = deployment({ origin: LAMBDA_OAC });
    expect(lambda.stacks.map((stack) => [stack.key, stack.region])).toEqual([
      ['main', 'us-east-1'],
      ['origin-region', 'eu-west-1'],
    ]);
    expect(
      lambda.lambdaPermissions.map((p) => [
        p.action,
        p.stack,
        p.functionUrlAuthType,
        p.invokedViaFunctionUrl,
      ]),
    ).toEqual([
      ['lambda:InvokeFunctionUrl', 'origin-region', 'AWS_IAM', false],
      ['lambda:InvokeFunction', 'origin-region', null, true],
    ]);
    expect(lambda.distribution.origins[0]).toMatchObject({ originAccessControl: 'LambdaUrl' });
  });

  it('a DNS-validated certificate takes as subject the first name ACM allows (at most 64 characters)', () => {
    const created = deployment({
      domains: { primary: LONG_DOMAIN, additional: ['www.example.com'] },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' },
    });
    expect(created.certificate).toEqual({
      kind: 'created',
      stack: 'main',
      domainName: 'www.example.com',
      subjectAlternativeNames: [LONG_DOMAIN],
      validation: 'dns',
    });
    expect(created.dnsRecords.map((record) => `${record.name} ${record.type}`)).toEqual([
      `${LONG_DOMAIN} A`,
      `${LONG_DOMAIN} AAAA`,
      'www.example.com A',
      'www.example.com AAAA',
    ]);
  });

  it('refuses at the field what ACM would refuse: no name short enough for the subject, more than 10 names', () => {
    const noShortName = parseConfig({
      domains: { primary: LONG_DOMAIN },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' },
    });
    expect(noShortName.success).toBe(false);
    expect(noShortName.error?.issues.map((issue) => issue.path.join('.'))).toContain('domains.primary');
    const eleven = parseConfig({
      domains: {
        primary: 'www.example.com',
        additional: Array.from({ length: 10 }, (_, index) => `s${index}.example.com`),
      },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'example.com' },
    });
    expect(eleven.error?.issues.map((issue) => issue.path.join('.'))).toContain('domains.additional');
  });

  it('keeps the origin secret in Secrets Manager: one secret name, two environment variables, no value', () => {
    expect(deployment({}).originSecret).toBeNull();
    const protectedOrigin = deployment({ originProtection: { secretHeader: true } });
    expect(protectedOrigin.originSecret).toMatchObject({
      headerName: 'X-Origin-Verify',
      secretName: 'mysite/cloudfront-origin-verify',
      secretRegion: 'us-east-1',
      // The deploy names the version CloudFront sends (a rotation changes it, so the stack is updated).
      versionId: { parameter: 'OriginHeaderVersionId', stage: 'AWSCURRENT' },
    });
    expect(protectedOrigin.inputs.map((input) => [input.name, input.from.version])).toEqual([
      ['ORIGIN_VERIFY_SECRET', 'AWSCURRENT'],
      ['ORIGIN_VERIFY_SECRET_PREVIOUS', 'AWSPREVIOUS'],
    ]);
  });
});
