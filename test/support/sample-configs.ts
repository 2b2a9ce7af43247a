import type { Config, ConfigInput } from '../../src/config/schema';
import { REAL_LOOKING_CERTIFICATE, fixture, parseFixture } from './fixtures';

/** Parses a config input the way the form does, failing loudly when a test fixture is invalid. */
export const configOf = (input: ConfigInput): Config => parseFixture('(sample)', input);

const REAL_CERTIFICATE = REAL_LOOKING_CERTIFICATE;

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
  // The same setups as the named fixtures of these names (one copy of each).
  restApiCachingAllCookies: fixture('rest-api-all-cookies-real-certificate'),
  zeroMaxTtlHttpApiNamedStage: fixture('http-api-named-stage-media-s3'),
} satisfies Record<string, Config>;
