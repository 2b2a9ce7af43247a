import {
  DYNAMIC_CACHING_MODES,
  ORIGIN_TYPES,
  parseConfig,
  type Config,
  type ConfigInput,
} from '../config/schema';

/**
 * Configs that together reach every branch of the distribution plan: every origin type × dynamic caching mode,
 * then the options (S3 files, created certificate and DNS, security headers, secret header, Lambda OAC, Host
 * forwarding, WAF/logging). The IaC targets' tests run their real tools over all of them.
 */
const ORIGIN_INPUTS: Record<(typeof ORIGIN_TYPES)[number], Record<string, string>> = {
  'apigw-http': { type: 'apigw-http', endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com' },
  'apigw-rest': {
    type: 'apigw-rest',
    endpoint: 'https://xyz789abcd.execute-api.eu-central-1.amazonaws.com/prod/',
  },
  'lambda-url': { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
  alb: { type: 'alb', endpoint: 'origin.example.com' },
  'custom-https': { type: 'custom-https', endpoint: 'app.example.net' },
};

const DNS_ZONE = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };
const FUNCTION_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:mysite';

const OPTION_VARIANTS: Record<string, ConfigInput> = {
  's3-static-and-media': {
    staticFiles: { source: 's3' },
    mediaFiles: { enabled: true, source: 's3', pathPattern: '/media/*' },
  },
  'same-origin-media-no-static': { staticFiles: { enabled: false }, mediaFiles: { enabled: true } },
  'create-certificate-and-dns': {
    domains: { primary: 'www.example.com', additional: ['example.com'] },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...DNS_ZONE },
  },
  'dns-records-no-ipv6': { dns: { createRecords: true, ...DNS_ZONE }, distribution: { ipv6: false } },
  'custom-security-headers': {
    securityHeaders: {
      mode: 'custom',
      hstsIncludeSubdomains: true,
      hstsPreload: true,
      hstsMaxAgeSeconds: 63_072_000,
    },
    staticFiles: { source: 's3' },
  },
  'managed-security-headers': { securityHeaders: { mode: 'managed' } },
  'secret-header': {
    origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
    originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
  },
  'lambda-oac-other-region': {
    origin: {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: FUNCTION_ARN,
    },
  },
  'lambda-oac-us-east-1': {
    origin: {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.us-east-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:mysite:live',
    },
    dynamicCaching: { mode: 'all-cookies-and-query-strings' },
  },
  'lambda-oac-created-certificate': {
    origin: {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: FUNCTION_ARN,
    },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...DNS_ZONE },
  },
  'forward-host-alb': {
    origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
    dynamicCaching: { mode: 'origin-cache-control' },
    originProtection: { secretHeader: true, headerName: 'X-From-CloudFront' },
  },
  'waf-logging-http2-priceclass': {
    distribution: {
      webAclArn:
        'arn:aws:wafv2:us-east-1:123456789012:global/webacl/mysite/00000000-0000-4000-8000-000000000000',
      loggingBucket: 'mysite-logs',
      httpVersion: 'http2',
      priceClass: 'PriceClass_100',
      minimumTlsVersion: 'TLSv1.2_2019',
    },
    projectName: 'shop-2',
  },
};

/**
 * A comment full of what breaks naive quoting in YAML, JSON, HCL, Python and Markdown (the one free-text field;
 * the schema refuses control characters in it, so no line break or tab).
 */
export const HOSTILE_COMMENT = `It's "quoted" \${AWS::Region} %{ if x } \\n \\ back\\slash # not a comment | \\| tab: {x} “prod” 🥐`;

function parsed(name: string, input: ConfigInput): { name: string; config: Config } {
  const result = parseConfig(input);
  if (!result.success) {
    throw new Error(
      `${name}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return { name, config: result.data };
}

export function iacVariantConfigs(): { name: string; config: Config }[] {
  const variants: { name: string; config: Config }[] = [];
  for (const type of ORIGIN_TYPES) {
    for (const mode of DYNAMIC_CACHING_MODES) {
      const path = type === 'apigw-rest' ? undefined : '';
      variants.push(
        parsed(`${type}/${mode}`, {
          origin: { ...ORIGIN_INPUTS[type], ...(path !== undefined ? { path } : {}) },
          dynamicCaching: { mode },
        }),
      );
    }
  }
  for (const [name, input] of Object.entries(OPTION_VARIANTS)) variants.push(parsed(name, input));
  variants.push(parsed('hostile-comment', { distribution: { comment: HOSTILE_COMMENT } }));
  return variants;
}
