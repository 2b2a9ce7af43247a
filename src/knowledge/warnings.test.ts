import { describe, expect, it } from 'vitest';
import { parseConfig, type ConfigInput } from '../config/schema';
import { applyPatch } from './apply-fix';
import { SAMPLE_CONFIGS, configOf } from '../../test/support/sample-configs';
import { CONFIG_FIELD_PATHS } from '../../test/support/schema-paths';
import { FIELD_EXPLANATIONS, GENERATED_EXPLANATIONS } from './explanations';
import type { ConfigPatch } from './types';
import { warningsFor } from './warnings';

/** A finished, realistic setup that should raise no warning at all. */
const CLEAN: ConfigInput = {
  projectName: 'shop',
  domains: { primary: 'www.mysite.io', additional: ['shop.mysite.io'] },
  certificate: {
    source: 'existing-arn',
    arn: 'arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-4234-8234-123456789012',
  },
  origin: { type: 'apigw-http', endpoint: 'k2l3m4n5o6.execute-api.eu-central-1.amazonaws.com' },
  originProtection: { secretHeader: true },
  // HSTS already raised to a year and CSP enforced (the raise-it checks are quiet then).
  securityHeaders: { hstsMaxAgeSeconds: 31_536_000, cspReportOnly: false },
  distribution: {
    webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/shop/12345678-1234-4234-8234-123456789012',
  },
};
const clean = (patch: ConfigPatch = {}) => configOf(applyPatch(CLEAN, patch) as ConfigInput);
const ids = (patch: ConfigPatch) => warningsFor(clean(patch)).map((warning) => warning.id);

const LAMBDA: ConfigPatch = {
  origin: {
    type: 'lambda-url',
    endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
    lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:shop',
  },
};
const ALB = (endpoint: string, hostStrategy: 'forward-host' | 'x-forwarded-host-function'): ConfigPatch => ({
  origin: { type: 'alb', endpoint, hostStrategy },
});

/** A VPC origin to an internal ALB in eu-west-1 (HTTPS to a name of ours, its security group given). */
const VPC = (origin: Record<string, string>): ConfigPatch => ({
  origin: {
    type: 'vpc-origin',
    endpoint: 'origin.mysite.io',
    vpcOriginArn:
      'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/0123456789abcdef',
    securityGroupId: 'sg-0123456789abcdef0',
    ...origin,
  } as ConfigPatch['origin'],
});
const EXPRESS = (hostStrategy: 'forward-host' | 'x-forwarded-host-function'): ConfigPatch => ({
  origin: {
    type: 'ecs-express',
    endpoint: 'sh-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws',
    hostStrategy,
  },
});

/** Each rule id with a config that raises it and a close one that does not. */
const CASES: { id: string; raises: ConfigPatch; quiet: ConfigPatch }[] = [
  { id: 'example-domain', raises: { domains: { primary: 'www.example.com', additional: [] } }, quiet: {} },
  {
    id: 'example-domain',
    raises: { domains: { additional: ['staging.test'] } },
    quiet: { domains: { additional: ['testing.io'] } },
  },
  {
    id: 'example-origin-endpoint',
    raises: { origin: { endpoint: 'abc123defg.execute-api.eu-west-1.amazonaws.com' } },
    quiet: {},
  },
  {
    id: 'example-certificate-arn',
    raises: {
      certificate: {
        arn: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-4000-8000-000000000000',
      },
    },
    quiet: {},
  },
  {
    id: 'default-ttl-caches-every-page',
    raises: { dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 60 } },
    quiet: { dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 0 } },
  },
  {
    id: 'cached-pages-need-marking',
    raises: { dynamicCaching: { mode: 'origin-cache-control' } },
    quiet: { dynamicCaching: { mode: 'disabled' } },
  },
  {
    id: 'cached-pages-need-marking',
    raises: { dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 0 } },
    quiet: { dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 60 } },
  },
  {
    id: 'media-files-cached-stale',
    raises: { mediaFiles: { enabled: true } },
    quiet: { mediaFiles: { enabled: true, source: 's3' } },
  },
  {
    id: 'ssl-redirect-loop-risk',
    raises: {
      django: { secureSslRedirect: true },
      origin: { type: 'custom-https', endpoint: 'app.mysite.io' },
    },
    quiet: { origin: { type: 'custom-https', endpoint: 'app.mysite.io' } },
  },
  {
    id: 'ssl-redirect-redundant',
    raises: { django: { secureSslRedirect: true } },
    quiet: { django: { secureSslRedirect: false } },
  },
  {
    id: 'hsts-set-by-cloudfront',
    raises: { securityHeaders: { mode: 'managed' } },
    quiet: { securityHeaders: { mode: 'none' } },
  },
  {
    id: 'hsts-preload-requirements',
    raises: { securityHeaders: { mode: 'custom', hstsPreload: true } },
    quiet: { securityHeaders: { mode: 'custom', hstsPreload: true, hstsIncludeSubdomains: true } },
  },
  {
    id: 'no-access-logs',
    raises: { distribution: { accessLogs: 'off' } },
    quiet: { distribution: { accessLogs: 'cloudwatch-logs' } },
  },
  {
    id: 'hsts-raise-max-age',
    raises: { securityHeaders: { mode: 'custom', hstsMaxAgeSeconds: 3600 } },
    quiet: { securityHeaders: { mode: 'custom', hstsMaxAgeSeconds: 31_536_000 } },
  },
  {
    id: 'hsts-managed-one-year',
    raises: { securityHeaders: { mode: 'managed' } },
    quiet: { securityHeaders: { mode: 'custom' } },
  },
  {
    id: 'csp-nonce-cached-pages',
    raises: {
      django: { version: '6.0' },
      securityHeaders: { csp: 'django' },
      dynamicCaching: { mode: 'origin-cache-control' },
    },
    quiet: {
      django: { version: '6.0' },
      securityHeaders: { csp: 'django' },
      dynamicCaching: { mode: 'disabled' },
    },
  },
  {
    id: 'csp-from-cloudfront-no-nonce',
    raises: { django: { version: '6.1' }, securityHeaders: { csp: 'cloudfront' } },
    quiet: { django: { version: '6.1' }, securityHeaders: { csp: 'django' } },
  },
  {
    id: 'csp-enforce-after-testing',
    raises: { securityHeaders: { csp: 'cloudfront', cspReportOnly: true } },
    quiet: { securityHeaders: { csp: 'none', cspReportOnly: true } },
  },
  {
    id: 'lambda-oac-overwrites-authorization',
    raises: applyPatch(LAMBDA, { origin: { lambdaUrlAuth: 'oac' } }) as ConfigPatch,
    quiet: LAMBDA,
  },
  {
    id: 'hsts-preload-requirements',
    raises: { securityHeaders: { mode: 'none', hstsPreload: true, hstsMaxAgeSeconds: 3600 } },
    quiet: { securityHeaders: { mode: 'managed', hstsPreload: true, hstsMaxAgeSeconds: 3600 } },
  },
  {
    id: 'forward-host-api-gateway',
    raises: { origin: { hostStrategy: 'forward-host' } },
    quiet: { origin: { hostStrategy: 'x-forwarded-host-function' } },
  },
  {
    id: 'origin-certificate-elb-name',
    raises: ALB('my-alb-123456.eu-west-1.elb.amazonaws.com', 'x-forwarded-host-function'),
    quiet: ALB('origin.mysite.io', 'x-forwarded-host-function'),
  },
  {
    id: 'origin-certificate-origin-name',
    raises: ALB('origin.mysite.io', 'x-forwarded-host-function'),
    quiet: ALB('origin.mysite.io', 'forward-host'),
  },
  {
    id: 'origin-certificate-viewer-domain',
    raises: ALB('my-alb-123456.eu-west-1.elb.amazonaws.com', 'forward-host'),
    quiet: ALB('my-alb-123456.eu-west-1.elb.amazonaws.com', 'x-forwarded-host-function'),
  },
  {
    id: 'lambda-oac-post-bodies',
    raises: applyPatch(LAMBDA, { origin: { lambdaUrlAuth: 'oac' } }) as ConfigPatch,
    quiet: LAMBDA,
  },
  {
    id: 'lambda-url-open',
    raises: applyPatch(LAMBDA, { originProtection: { secretHeader: false } }) as ConfigPatch,
    quiet: LAMBDA,
  },
  { id: 'origin-open', raises: { originProtection: { secretHeader: false } }, quiet: {} },
  {
    id: 'rest-api-endpoint-type',
    raises: { origin: { type: 'apigw-rest', path: '/prod' } },
    quiet: { origin: { type: 'apigw-http', path: '/prod' } },
  },
  { id: 'no-waf', raises: { distribution: { webAclArn: '' } }, quiet: {} },
  {
    id: 'waf-large-bodies-blocked',
    raises: { distribution: { waf: 'create', wafLargeBodyPaths: [] } },
    quiet: { distribution: { waf: 'create' } },
  },
  {
    id: 'certificate-covers-apex',
    raises: { domains: { additional: ['mysite.io'] } },
    quiet: {
      domains: { additional: ['mysite.io'] },
      certificate: { source: 'create-dns-validated' },
      dns: { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'mysite.io' },
    },
  },
  {
    id: 'stage-path-in-urls',
    raises: { origin: { path: '/live' } },
    quiet: { origin: { path: '' } },
  },
  { id: 'logging-bucket-acls', raises: { distribution: { loggingBucket: 'shop-logs' } }, quiet: {} },
  {
    id: 'vpc-origin-security-group',
    raises: VPC({ securityGroupId: '' }),
    quiet: VPC({}),
  },
  {
    id: 'vpc-origin-secret-defence-in-depth',
    raises: VPC({}),
    quiet: applyPatch(VPC({}), { originProtection: { secretHeader: false } }) as ConfigPatch,
  },
  // The 502 trap: HTTPS to an internal ALB by its own name, which no certificate can cover.
  {
    id: 'origin-certificate-elb-name',
    raises: VPC({ endpoint: 'internal-shop-123456.eu-west-1.elb.amazonaws.com' }),
    quiet: VPC({ endpoint: 'internal-shop-123456.eu-west-1.elb.amazonaws.com', vpcOriginProtocol: 'http' }),
  },
  {
    id: 'forward-host-api-gateway',
    raises: EXPRESS('forward-host'),
    quiet: EXPRESS('x-forwarded-host-function'),
  },
];

describe('warningsFor', () => {
  it('raises nothing for a finished, protected setup', () => {
    expect(warningsFor(clean())).toEqual([]);
  });

  it.each(CASES)('$id: raised when it applies, quiet otherwise', ({ id, raises, quiet }) => {
    expect(ids(raises)).toContain(id);
    expect(ids(quiet)).not.toContain(id);
  });

  it('flags every example value of the seed configuration', () => {
    expect(warningsFor(SAMPLE_CONFIGS.seedDefaults).map((warning) => warning.id)).toEqual(
      expect.arrayContaining(['example-domain', 'example-origin-endpoint', 'example-certificate-arn']),
    );
  });

  it('lists errors first, then warnings, then information', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const config = clean({
      ...ALB('my-alb-123456.eu-west-1.elb.amazonaws.com', 'x-forwarded-host-function'),
      distribution: { webAclArn: '' },
      domains: { primary: 'www.example.com' },
    });
    const severities = warningsFor(config).map((warning) => order[warning.severity]);
    expect(severities[0]).toBe(0);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});

describe('every warning, for every sample and case config', () => {
  const configs = [
    ...Object.values(SAMPLE_CONFIGS),
    ...CASES.flatMap(({ raises, quiet }) => [clean(raises), clean(quiet)]),
  ];
  const warnings = configs.flatMap((config) => warningsFor(config).map((warning) => ({ config, warning })));

  it('points at an existing explanation and schema field', () => {
    for (const { warning } of warnings) {
      const known = Object.hasOwn(GENERATED_EXPLANATIONS, warning.explanationKey);
      expect(known || Object.hasOwn(FIELD_EXPLANATIONS, warning.explanationKey), warning.id).toBe(true);
      if (warning.field !== undefined) expect(CONFIG_FIELD_PATHS, warning.id).toContain(warning.field);
      expect(warning.message.length, warning.id).toBeGreaterThan(30);
    }
  });

  it('has a fix that yields a valid config without that warning', () => {
    const withFix = warnings.filter(({ warning }) => warning.fix !== undefined);
    expect(withFix.length).toBeGreaterThan(5);
    for (const { config, warning } of withFix) {
      const fixed = parseConfig(applyPatch(config, warning.fix?.patch ?? {}));
      expect(fixed.success, `${warning.id}: ${JSON.stringify(fixed.error?.issues)}`).toBe(true);
      if (fixed.success)
        expect(
          warningsFor(fixed.data).map((w) => w.id),
          warning.id,
        ).not.toContain(warning.id);
    }
  });

  it('never raises the same id twice for one config (the UI keys warnings by id)', () => {
    for (const config of configs) {
      const raised = warningsFor(config).map((warning) => warning.id);
      expect(new Set(raised).size).toBe(raised.length);
    }
  });

  it('uses severity error only for a configuration that cannot work', () => {
    const errors = new Set(
      warnings.filter(({ warning }) => warning.severity === 'error').map(({ warning }) => warning.id),
    );
    expect([...errors]).toEqual(['origin-certificate-elb-name']);
  });
});
