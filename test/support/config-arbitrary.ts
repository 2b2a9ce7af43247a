import fc from 'fast-check';
import {
  CLOUDFORMATION_FORMATS,
  CSP_SOURCES,
  DEFAULT_CSP,
  DYNAMIC_CACHING_MODES,
  FILE_SOURCES,
  HOST_STRATEGIES,
  HTTP_VERSIONS,
  MINIMUM_TLS_VERSIONS,
  PRICE_CLASSES,
  SECURITY_HEADERS_MODES,
  parseConfig,
  type Config,
} from '../../src/config/schema';
import { commentText } from './fuzz/text';

/**
 * Test-only fast-check arbitraries that build configs from the schema's enums and patterns. Cross-field rules are
 * mostly satisfied by construction; `validConfigArbitrary` filters out the rest through `parseConfig`.
 */

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const tld = fc.constantFrom('com', 'org', 'co.uk', 'io', 'de', 'net');
const hostname = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([labels, suffix]) => `${labels.join('.')}.${suffix}`);
const region = fc.constantFrom('eu-west-1', 'us-east-1', 'ap-southeast-2', 'eu-central-1', 'sa-east-1');
const accountId = fc.stringMatching(/^\d{12}$/);
const uuid = fc.uuid();
const headerName = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/)
  .filter(
    (name) => !/^(host|via|x-real-ip|x-forwarded-proto|x-amz-|x-edge-|x-amzn-|cloudfront-)/i.test(name),
  );
const pathSegment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,10}$/);
const pathPattern = fc
  .array(pathSegment, { minLength: 1, maxLength: 2 })
  .map((parts) => `/${parts.join('/')}/*`);
const ttl = fc.integer({ min: 0, max: 31_536_000 });
const lambdaArn = fc
  .tuple(region, accountId, fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/))
  .map(([where, account, name]) => `arn:aws:lambda:${where}:${account}:function:${name}`);

const origin = fc.oneof(
  fc.record({
    type: fc.constantFrom('apigw-http' as const),
    endpoint: fc.tuple(label, region).map(([id, where]) => `${id}.execute-api.${where}.amazonaws.com`),
    path: fc.constantFrom('', '/prod', '/v1'),
    hostStrategy: fc.constantFrom(...HOST_STRATEGIES),
  }),
  fc.record({
    type: fc.constantFrom('apigw-rest' as const),
    endpoint: fc.tuple(label, region).map(([id, where]) => `${id}.execute-api.${where}.amazonaws.com`),
    path: fc.constantFrom('/prod', '/staging'),
    hostStrategy: fc.constantFrom(...HOST_STRATEGIES),
  }),
  fc.record({
    type: fc.constantFrom('lambda-url' as const),
    endpoint: fc.tuple(label, region).map(([id, where]) => `${id}.lambda-url.${where}.on.aws`),
    lambdaUrlAuth: fc.constantFrom('none-with-secret-header' as const, 'oac' as const),
    lambdaFunctionArn: lambdaArn,
  }),
  fc.record({
    type: fc.constantFrom('alb' as const, 'custom-https' as const),
    endpoint: hostname,
    path: fc.constantFrom('', '/app'),
    hostStrategy: fc.constantFrom(...HOST_STRATEGIES),
  }),
);

const certificateAndDns = fc.oneof(
  fc.record({
    certificate: fc.record({
      source: fc.constantFrom('existing-arn' as const),
      arn: fc
        .tuple(accountId, uuid)
        .map(([account, id]) => `arn:aws:acm:us-east-1:${account}:certificate/${id}`),
    }),
    dns: fc.record({ createRecords: fc.constant(false) }),
  }),
  fc.record({
    certificate: fc.record({
      source: fc.constantFrom('create-dns-validated' as const),
      arn: fc.constant(''),
    }),
    dns: fc.record({
      createRecords: fc.boolean(),
      hostedZoneId: fc.stringMatching(/^Z[A-Z0-9]{8,20}$/),
    }),
  }),
);

/** A config input built from the schema's enums and patterns (most, not all, pass the cross-field rules). */
export const configInputArbitrary = fc
  .record({
    projectName: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/),
    zone: hostname,
    primaryLabel: fc.constantFrom('www', 'app', 'shop'),
    additional: fc.array(label, { maxLength: 3 }),
    apexToo: fc.boolean(),
    certificateAndDns,
    origin,
    dynamicCaching: fc.record({ mode: fc.constantFrom(...DYNAMIC_CACHING_MODES), a: ttl, b: ttl }),
    staticFiles: fc.record({ enabled: fc.boolean(), pathPattern, source: fc.constantFrom(...FILE_SOURCES) }),
    mediaFiles: fc.record({ enabled: fc.boolean(), pathPattern, source: fc.constantFrom(...FILE_SOURCES) }),
    securityHeaders: fc.record({
      mode: fc.constantFrom(...SECURITY_HEADERS_MODES),
      hstsMaxAgeSeconds: fc.integer({ min: 0, max: 63_072_000 }),
      hstsIncludeSubdomains: fc.boolean(),
      hstsPreload: fc.boolean(),
      // Django sends CSP only from 6.0 (this arbitrary keeps 5.2); CloudFront only with the custom policy (below).
      csp: fc.constantFrom(...CSP_SOURCES.filter((source) => source !== 'django')),
      cspReportOnly: fc.boolean(),
      // Quotes, hashes, paths and a valueless directive: what the writers must escape and the readers keep.
      cspPolicy: fc.constantFrom(
        DEFAULT_CSP,
        "default-src 'none'; script-src 'self' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='",
        "default-src 'self' https://cdn.example.com/a$b?c=d&e={f}; report-uri /csp-report/; upgrade-insecure-requests",
        'img-src * data: blob:',
      ),
    }),
    originProtection: fc.record({ secretHeader: fc.boolean(), headerName }),
    distribution: fc.record({
      priceClass: fc.constantFrom(...PRICE_CLASSES),
      httpVersion: fc.constantFrom(...HTTP_VERSIONS),
      ipv6: fc.boolean(),
      minimumTlsVersion: fc.constantFrom(...MINIMUM_TLS_VERSIONS),
      loggingBucket: fc.constantFrom('', 'mysite-logs', 'logs.example.org'),
      comment: commentText,
      waf: fc.constantFrom('none', 'create'),
      wafSqlRules: fc.boolean(),
      wafLargeBodyPaths: fc.constantFrom([], ['/admin/'], ['/admin/', '/upload/']),
    }),
    django: fc.record({ secureSslRedirect: fc.boolean() }),
    output: fc.record({ cloudFormationFormat: fc.constantFrom(...CLOUDFORMATION_FORMATS) }),
  })
  .map(({ zone, primaryLabel, additional, apexToo, certificateAndDns, dynamicCaching, ...rest }) => ({
    ...rest,
    securityHeaders: {
      ...rest.securityHeaders,
      csp: rest.securityHeaders.mode === 'custom' ? rest.securityHeaders.csp : ('none' as const),
    },
    domains: {
      primary: `${primaryLabel}.${zone}`,
      additional: [
        ...new Set([...(apexToo ? [zone] : []), ...additional.map((name) => `${name}.${zone}`)]),
      ].filter((name) => name !== `${primaryLabel}.${zone}`),
    },
    certificate: certificateAndDns.certificate,
    dns: { ...certificateAndDns.dns, hostedZoneName: 'hostedZoneId' in certificateAndDns.dns ? zone : '' },
    dynamicCaching: {
      mode: dynamicCaching.mode,
      defaultTtlSeconds: Math.min(dynamicCaching.a, dynamicCaching.b),
      maxTtlSeconds: Math.max(dynamicCaching.a, dynamicCaching.b),
    },
  }));

/** Valid configs only (the parsed output, as generators and the permalink see it). */
export const validConfigArbitrary: fc.Arbitrary<Config> = configInputArbitrary
  .map((input) => parseConfig(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as Config);
