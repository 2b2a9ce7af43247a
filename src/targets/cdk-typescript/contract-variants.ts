import { DYNAMIC_CACHING_MODES, ORIGIN_TYPES, type ConfigInput, type OriginType } from '../../config/schema';

/** Test support: the configurations the CDK contract test generates, type-checks and synthesizes. */
export interface CdkContractVariant {
  name: string;
  input: ConfigInput;
}

export const ORIGIN_ENDPOINTS: Record<OriginType, { endpoint: string; path?: string }> = {
  'apigw-http': { endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com' },
  'apigw-rest': { endpoint: 'xyz987rest.execute-api.eu-central-1.amazonaws.com', path: '/prod' },
  'lambda-url': { endpoint: 'abcdefghij1234567890abcdefghij12.lambda-url.eu-west-1.on.aws' },
  alb: { endpoint: 'mysite-alb-1234567890.eu-west-1.elb.amazonaws.com' },
  'custom-https': { endpoint: 'origin.example.org', path: '/app' },
};

const ZONE = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };
const LAMBDA_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:mysite-django';
export const HOSTILE_COMMENT = 'He said "hi" \\ & \'bye\'\n${process.exit(1)} `tick` */ </script> \u2028 end';

export const CDK_CONTRACT_VARIANTS: CdkContractVariant[] = [
  ...ORIGIN_TYPES.flatMap((type) =>
    DYNAMIC_CACHING_MODES.map((mode) => ({
      name: `${type}--${mode}`,
      input: {
        projectName: `site-${type}`,
        origin: { type, ...ORIGIN_ENDPOINTS[type] },
        dynamicCaching: { mode, defaultTtlSeconds: 600, maxTtlSeconds: 3600 },
      },
    })),
  ),
  {
    name: 's3-static-and-media',
    input: {
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      staticFiles: { enabled: true, pathPattern: '/static/*', source: 's3' },
      mediaFiles: { enabled: true, pathPattern: '/media/*', source: 's3' },
    },
  },
  {
    name: 'create-certificate-and-dns',
    input: {
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, ...ZONE },
    },
  },
  {
    name: 'custom-security-headers',
    input: {
      securityHeaders: {
        mode: 'custom',
        hstsMaxAgeSeconds: 63_072_000,
        hstsIncludeSubdomains: true,
        hstsPreload: true,
      },
      mediaFiles: { enabled: true },
    },
  },
  { name: 'managed-security-headers', input: { securityHeaders: { mode: 'managed' } } },
  {
    name: 'secret-header',
    input: {
      origin: { type: 'lambda-url', ...ORIGIN_ENDPOINTS['lambda-url'] },
      originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
    },
  },
  {
    name: 'lambda-oac',
    input: {
      origin: {
        type: 'lambda-url',
        ...ORIGIN_ENDPOINTS['lambda-url'],
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: LAMBDA_ARN,
      },
    },
  },
  {
    name: 'lambda-oac-create-certificate',
    input: {
      origin: {
        type: 'lambda-url',
        ...ORIGIN_ENDPOINTS['lambda-url'],
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: LAMBDA_ARN,
      },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, ...ZONE },
      distribution: { ipv6: false },
    },
  },
  {
    name: 'forward-host',
    input: {
      origin: { type: 'alb', ...ORIGIN_ENDPOINTS.alb, hostStrategy: 'forward-host' },
      dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    },
  },
  {
    name: 'distribution-options',
    input: {
      distribution: {
        priceClass: 'PriceClass_100',
        httpVersion: 'http2',
        ipv6: false,
        minimumTlsVersion: 'TLSv1.2_2019',
        webAclArn:
          'arn:aws:wafv2:us-east-1:123456789012:global/webacl/mysite-acl/a1b2c3d4-5678-90ab-cdef-0123456789ab',
        loggingBucket: 'mysite-logs',
      },
      staticFiles: { enabled: false },
    },
  },
  {
    name: 'zero-ttl',
    input: {
      dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 0, maxTtlSeconds: 0 },
    },
  },
  { name: 'hostile-comment', input: { distribution: { comment: HOSTILE_COMMENT } } },
];
