import {
  DYNAMIC_CACHING_MODES,
  ORIGIN_TYPES,
  ORIGINS,
  parseConfig,
  type Config,
  type ConfigInput,
  type OriginType,
} from '../../src/config/schema';

/**
 * The one catalogue of test configs. `FIXTURES` are named, realistic setups that together reach every branch of
 * the model (every target's real-tool tests run over them); `combinationFixtures()` is the full product of the
 * choices that change which resources exist, for the test that proves the targets agree.
 */
export interface Fixture {
  name: string;
  config: Config;
}

/** Parses a config input the way the form does, failing loudly when a fixture is invalid. */
export function parseFixture(name: string, input: ConfigInput): Config {
  const result = parseConfig(input);
  if (!result.success) {
    throw new Error(
      `Fixture ${name} is invalid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/** Made-up ARNs of what a VPC origin points at (each kind it takes). */
export const VPC_ORIGIN_ARNS = {
  alb: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/0123456789abcdef',
  albUsEast1: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mysite/0123456789abcdef',
  nlb: 'arn:aws:elasticloadbalancing:eu-central-1:123456789012:loadbalancer/net/mysite/fedcba9876543210',
  instance: 'arn:aws:ec2:ap-southeast-2:123456789012:instance/i-0123456789abcdef0',
} as const;
export const SECURITY_GROUP_ID = 'sg-0123456789abcdef0';

/** An endpoint (and path) of each origin type that the schema accepts. */
export const ORIGIN_INPUTS: Record<
  OriginType,
  { type: OriginType; endpoint: string; path?: string; vpcOriginArn?: string; securityGroupId?: string }
> = {
  'apigw-http': { type: 'apigw-http', endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com' },
  'apigw-rest': {
    type: 'apigw-rest',
    endpoint: 'xyz789abcd.execute-api.eu-central-1.amazonaws.com',
    path: '/prod',
  },
  'lambda-url': { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
  'vpc-origin': {
    type: 'vpc-origin',
    endpoint: 'app-origin.example.com',
    vpcOriginArn: VPC_ORIGIN_ARNS.alb,
    securityGroupId: SECURITY_GROUP_ID,
  },
  'ecs-express': {
    type: 'ecs-express',
    endpoint: 'dj-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws',
  },
  alb: { type: 'alb', endpoint: 'origin.example.com' },
  'custom-https': { type: 'custom-https', endpoint: 'app.example.net' },
};

export const ZONE = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' };
export const FUNCTION_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:mysite';
export const REAL_LOOKING_CERTIFICATE =
  'arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-4234-8234-123456789012';
export const WEB_ACL_ARN =
  'arn:aws:wafv2:us-east-1:123456789012:global/webacl/mysite/00000000-0000-4000-8000-000000000000';

/**
 * A comment full of what breaks naive quoting in YAML, JSON, HCL, Python, TypeScript and Markdown (the free-text
 * field; the schema refuses control, invisible and line-separator characters in it, so none of those).
 */
export const HOSTILE_COMMENT =
  `It's "quoted" \${AWS::Region} %{ if x } \\n \\ back\\slash # not a comment | \\| tab: {x} ` +
  '`tick` */ </script> “prod” 🥐 end';

/** A domain name of 200 characters (legal: labels of at most 63) under example.com. */
export const LONG_DOMAIN = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(60)}.example.com`;

const LAMBDA_OAC = {
  ...ORIGIN_INPUTS['lambda-url'],
  lambdaUrlAuth: 'oac' as const,
  lambdaFunctionArn: FUNCTION_ARN,
};

const NAMED: Record<string, ConfigInput> = {
  seed: {},
  's3-static-and-media': {
    domains: { primary: 'www.example.com', additional: ['example.com'] },
    staticFiles: { source: 's3' },
    mediaFiles: { enabled: true, source: 's3', pathPattern: '/media/*' },
  },
  'same-origin-media-no-static': { staticFiles: { enabled: false }, mediaFiles: { enabled: true } },
  'create-certificate-and-dns': {
    domains: { primary: 'www.example.com', additional: ['example.com'] },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...ZONE },
  },
  'dns-records-no-ipv6': { dns: { createRecords: true, ...ZONE }, distribution: { ipv6: false } },
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
    origin: ORIGIN_INPUTS['lambda-url'],
    originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
  },
  'lambda-oac-other-region': { origin: LAMBDA_OAC },
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
    origin: LAMBDA_OAC,
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...ZONE },
    distribution: { ipv6: false },
  },
  'forward-host-alb': {
    origin: { ...ORIGIN_INPUTS.alb, hostStrategy: 'forward-host' },
    dynamicCaching: { mode: 'origin-cache-control' },
    originProtection: { secretHeader: true, headerName: 'X-From-CloudFront' },
  },
  'waf-logging-http2-priceclass': {
    distribution: {
      webAclArn: WEB_ACL_ARN,
      loggingBucket: 'mysite-logs',
      httpVersion: 'http2',
      priceClass: 'PriceClass_100',
      minimumTlsVersion: 'TLSv1.2_2019',
    },
    projectName: 'shop-2',
  },
  // The Django-safe web ACL: the defaults (one large-body path, two login paths).
  'waf-created-defaults': { distribution: { waf: 'create' } },
  // Every rule group, several large-body paths (an OR), no login rate limit; JSON templates.
  'waf-created-sql-uploads-no-login-limit': {
    distribution: {
      waf: 'create',
      wafSqlRules: true,
      wafLargeBodyPaths: ['/admin/', '/upload/', '/api/v1/files'],
      wafLoginPaths: [],
    },
    mediaFiles: { enabled: true, source: 's3' },
    output: { cloudFormationFormat: 'json' },
  },
  // No large-body paths (the core rule set blocks them itself), one login path at the lowest limit, two stacks.
  'waf-created-one-login-path-other-region': {
    projectName: 'guarded',
    origin: LAMBDA_OAC,
    distribution: {
      waf: 'create',
      wafLargeBodyPaths: [],
      wafLoginPaths: ['/login/'],
      wafRateLimit: 10,
      wafRateWindowSeconds: 60,
    },
  },
  'zero-ttl': {
    dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 0, maxTtlSeconds: 0 },
  },
  'rest-api-all-cookies-real-certificate': {
    projectName: 'api',
    domains: { primary: 'app.example.org' },
    certificate: { source: 'existing-arn', arn: REAL_LOOKING_CERTIFICATE },
    origin: { type: 'apigw-rest', endpoint: 'https://k2l3m4n5o6.execute-api.us-east-2.amazonaws.com/prod/' },
    dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    staticFiles: { enabled: false },
  },
  'http-api-named-stage-media-s3': {
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
  },
  'hostile-comment': { distribution: { comment: HOSTILE_COMMENT } },
  // VPC origins: every kind of endpoint, both protocols, both Host strategies, with and without the rule.
  'vpc-origin-alb-https-function': {
    origin: ORIGIN_INPUTS['vpc-origin'],
    staticFiles: { source: 's3' },
  },
  'vpc-origin-alb-us-east-1-forward-host': {
    origin: {
      ...ORIGIN_INPUTS['vpc-origin'],
      vpcOriginArn: VPC_ORIGIN_ARNS.albUsEast1,
      hostStrategy: 'forward-host',
    },
    dynamicCaching: { mode: 'origin-cache-control' },
  },
  'vpc-origin-nlb-http-no-security-group': {
    origin: {
      type: 'vpc-origin',
      endpoint: 'internal-mysite-1234567890.eu-central-1.elb.amazonaws.com',
      vpcOriginArn: VPC_ORIGIN_ARNS.nlb,
      vpcOriginProtocol: 'http',
      vpcOriginHttpPort: 8080,
    },
  },
  'vpc-origin-instance-secret-header': {
    origin: {
      type: 'vpc-origin',
      endpoint: 'app-origin.example.com',
      path: '/django',
      vpcOriginArn: VPC_ORIGIN_ARNS.instance,
      vpcOriginHttpsPort: 8443,
      securityGroupId: 'sg-0fedcba9',
    },
    originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...ZONE },
  },
  'ecs-express-secret-header': {
    origin: ORIGIN_INPUTS['ecs-express'],
    originProtection: { secretHeader: true },
    dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    mediaFiles: { enabled: true, source: 's3' },
  },
  // The strictest viewer policy (TLS 1.3 only); the seed has the default TLSv1.2_2025.
  'tls-1.3-only': { distribution: { minimumTlsVersion: 'TLSv1.3_2025' } },
  // No access logs at all, on Django 6.0 (a 2021 viewer policy keeps Terraform on the validated 5.x).
  'no-access-logs-django-6': {
    distribution: { accessLogs: 'off', minimumTlsVersion: 'TLSv1.2_2021' },
    django: { version: '6.0' },
  },
  // Logs kept a week; Django sends HSTS itself (no response headers policy).
  'logs-one-week-hsts-from-django': {
    distribution: { logRetentionDays: 7 },
    securityHeaders: { mode: 'none' },
    django: { version: '6.1' },
  },
  // Content-Security-Policy from one place: CloudFront enforcing it (a valueless directive too), Django 6 sending
  // it report-only with HSTS from Django, Django 6.1 enforcing it with HSTS from CloudFront, and none at all.
  'csp-enforced-by-cloudfront': {
    securityHeaders: { cspReportOnly: false, cspPolicy: "default-src 'self'; upgrade-insecure-requests" },
    staticFiles: { source: 's3' },
  },
  'csp-report-only-from-django-6': {
    securityHeaders: { mode: 'none', csp: 'django' },
    django: { version: '6.0' },
    dynamicCaching: { mode: 'disabled' },
  },
  'csp-enforced-by-django-6-1': {
    securityHeaders: { csp: 'django', cspReportOnly: false },
    django: { version: '6.1' },
  },
  'no-csp': { securityHeaders: { csp: 'none' } },
  // Odd names: a Python keyword and a module the Python app imports as project names, a 200-character domain
  // (the default comment must still fit in 128 characters), a long subject for a created certificate.
  'project-named-import': { projectName: 'import' },
  'project-named-os-with-lambda-oac': { projectName: 'os', origin: LAMBDA_OAC },
  'project-named-aws-cdk': { projectName: 'aws-cdk', staticFiles: { source: 's3' } },
  'project-named-typing': { projectName: 'typing', origin: ORIGIN_INPUTS['apigw-rest'] },
  'long-domain': { domains: { primary: LONG_DOMAIN, additional: ['www.example.com'] } },
  'long-domain-created-certificate': {
    domains: { primary: LONG_DOMAIN, additional: ['www.example.com'] },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...ZONE },
  },
  'ten-names-created-certificate': {
    domains: {
      primary: 'www.example.com',
      additional: ['example.com', ...Array.from({ length: 8 }, (_, index) => `site${index + 1}.example.com`)],
    },
    certificate: { source: 'create-dns-validated' },
    dns: { createRecords: true, ...ZONE },
  },
};

function named(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const type of ORIGIN_TYPES) {
    for (const mode of DYNAMIC_CACHING_MODES) {
      const name = `${type}/${mode}`;
      fixtures.push({
        name,
        config: parseFixture(name, {
          projectName: `site-${type}`,
          origin: ORIGIN_INPUTS[type],
          dynamicCaching: { mode, defaultTtlSeconds: 600, maxTtlSeconds: 3600 },
        }),
      });
    }
  }
  for (const [name, input] of Object.entries(NAMED))
    fixtures.push({ name, config: parseFixture(name, input) });
  return fixtures;
}

/** Named, realistic setups that reach every branch of the model: what the real-tool tests run over. */
export const FIXTURES: readonly Fixture[] = named();

export function fixture(name: string): Config {
  const found = FIXTURES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No fixture ${name}`);
  return found.config;
}

/** How an origin is kept private: nothing, the secret header, or (Lambda URLs) origin access control. */
const PROTECTIONS = ['none', 'secret-header', 'lambda-oac'] as const;
const FILE_SOURCES = ['none', 'same-origin', 's3'] as const;
const CERTIFICATES = ['existing', 'existing-with-dns', 'created-with-dns'] as const;

/**
 * Every origin × protection × caching × static/media source × certificate/DNS choice, each a valid config: the
 * agreement test generates all of them and compares what every infrastructure target would deploy.
 */
export function combinationFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const type of ORIGIN_TYPES) {
    for (const protection of PROTECTIONS) {
      if (
        protection === 'lambda-oac' &&
        !(ORIGINS[type].protections as readonly string[]).includes('lambda-oac')
      )
        continue;
      for (const mode of DYNAMIC_CACHING_MODES) {
        for (const files of FILE_SOURCES) {
          for (const certificate of CERTIFICATES) {
            // The created web ACL rides along on a ninth of the combinations (it depends on none of them).
            const waf = files === 'same-origin' && certificate === 'existing-with-dns';
            const name = `${type}/${protection}/${mode}/${files}/${certificate}${waf ? '/waf' : ''}`;
            fixtures.push({
              name,
              config: parseFixture(name, {
                projectName: `c-${fixtures.length}`,
                domains: { primary: 'www.example.com', additional: ['example.com'] },
                origin: { ...(protection === 'lambda-oac' ? LAMBDA_OAC : ORIGIN_INPUTS[type]) },
                originProtection: { secretHeader: protection === 'secret-header' },
                dynamicCaching: { mode },
                staticFiles: files === 'none' ? { enabled: false } : { enabled: true, source: files },
                mediaFiles: files === 'none' ? { enabled: false } : { enabled: true, source: files },
                certificate: {
                  source: certificate === 'created-with-dns' ? 'create-dns-validated' : 'existing-arn',
                },
                dns: certificate === 'existing' ? { createRecords: false } : { createRecords: true, ...ZONE },
                distribution: { waf: waf ? 'create' : 'none' },
              }),
            });
          }
        }
      }
    }
  }
  return fixtures;
}
