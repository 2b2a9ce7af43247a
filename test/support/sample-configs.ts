import { parseConfig, type Config, type ConfigInput } from '../../src/config/schema';

/** Parses a config input the way the form does, failing loudly when a test fixture is invalid. */
export function configOf(input: ConfigInput): Config {
  const result = parseConfig(input);
  if (!result.success) throw new Error(`Invalid test config: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const REAL_CERTIFICATE =
  'arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-4234-8234-123456789012';

/** A spread of realistic configs covering every origin type and the optional features. */
export const SAMPLE_CONFIGS = {
  seedDefaults: configOf({}),
  lambdaUrlOacWithSecret: configOf({
    projectName: 'shop',
    domains: { primary: 'www.shop.test', additional: ['shop.test'] },
    certificate: { source: 'existing-arn', arn: REAL_CERTIFICATE },
    origin: {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:shop',
    },
    originProtection: { secretHeader: true },
    securityHeaders: { mode: 'custom', hstsIncludeSubdomains: true },
  }),
  albForwardHostEverything: configOf({
    projectName: 'news',
    domains: { primary: 'www.news.test', additional: ['news.test'] },
    certificate: { source: 'create-dns-validated', arn: '' },
    dns: { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'news.test' },
    origin: { type: 'alb', endpoint: 'origin.news.test', hostStrategy: 'forward-host' },
    dynamicCaching: { mode: 'origin-cache-control' },
    staticFiles: { enabled: true, source: 's3' },
    mediaFiles: { enabled: true, source: 'same-origin' },
    securityHeaders: { mode: 'managed' },
    originProtection: { secretHeader: true },
    distribution: {
      webAclArn:
        'arn:aws:wafv2:us-east-1:111122223333:global/webacl/news/12345678-1234-4234-8234-123456789012',
      loggingBucket: 'news-logs',
      priceClass: 'PriceClass_100',
      httpVersion: 'http2',
      ipv6: false,
    },
    django: { secureSslRedirect: true },
  }),
  restApiCachingAllCookies: configOf({
    projectName: 'api',
    domains: { primary: 'app.example.org' },
    certificate: { source: 'existing-arn', arn: REAL_CERTIFICATE },
    origin: { type: 'apigw-rest', endpoint: 'https://k2l3m4n5o6.execute-api.us-east-2.amazonaws.com/prod/' },
    dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    staticFiles: { enabled: false },
  }),
  zeroMaxTtlHttpApiNamedStage: configOf({
    projectName: 'blog',
    domains: { primary: 'blog.example.net' },
    origin: { endpoint: 'q1w2e3r4t5.execute-api.ap-southeast-2.amazonaws.com', path: '/live' },
    dynamicCaching: { mode: 'origin-cache-control', defaultTtlSeconds: 0, maxTtlSeconds: 0 },
    mediaFiles: { enabled: true, source: 's3' },
    staticFiles: { enabled: false },
    securityHeaders: {
      mode: 'none',
      hstsPreload: true,
      hstsIncludeSubdomains: true,
      hstsMaxAgeSeconds: 63072000,
    },
  }),
} satisfies Record<string, Config>;
