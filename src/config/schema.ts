// Before any schema is built: zod must be jitless (the page's policy forbids eval), in whichever chunk this lands.
import '../zod-without-eval';
import * as z from 'zod';
import {
  ACM_FIRST_NAME_MAX,
  ACM_NAMES_PER_CERTIFICATE_DEFAULT,
  DISTRIBUTION_COMMENT_MAX,
  DNS_NAME_MAX,
  customHeaderProblem,
} from './aws-limits';
import { SecurityHeadersSchema } from './security-headers-schema';
import { fieldGroup, formField } from './field-meta';
import { FileBehaviourSchema } from './file-behaviour-schema';
import { checkFilePathPatterns, checkLambdaFunctionArn } from './input-checks';
import { optionalPattern } from './optional-pattern';
import { OriginSchema } from './origin-schema';
import { unwantedCharacterProblem } from './text-characters';
import { checkWebAcl, legacyWebAclInput, WAF_FIELDS, withoutUnusedWebAclArn } from './waf-fields';
import { ORIGINS } from './origins';
import {
  CERTIFICATE_ARN_PATTERN,
  HEADER_NAME_PATTERN,
  HOSTED_ZONE_ID_PATTERN,
  HOSTNAME_PATTERN,
  PROJECT_NAME_PATTERN,
  S3_BUCKET_NAME_PATTERN,
  WEB_ACL_ARN_PATTERN,
} from './patterns';

export * from './patterns';
export { CSP_SOURCES, DEFAULT_CSP } from './csp';
export { HSTS_FULL_SECONDS, HSTS_START_SECONDS, SECURITY_HEADERS_MODES } from './security-headers-schema';
export { FILE_SOURCES } from './file-behaviour-schema';
export { EXAMPLE_ORIGIN_ENDPOINT, LAMBDA_URL_AUTH_MODES } from './origin-schema';
export { HOST_STRATEGIES, ORIGIN_TYPES, ORIGINS, originDescriptor } from './origins';
export { WAF_MODES, WAF_RATE_WINDOWS } from './waf-fields';
export type { HostStrategy, OriginDescriptor, OriginType } from './origins';

/**
 * The one source of truth for a wizard configuration: every generator, the permalink, the CLI and the form
 * read `Config` (the parsed output of `ConfigSchema`). Defaults live here and nowhere else.
 *
 * Everything that reaches generated code is either an enum or constrained by a strict pattern here, so a
 * hostile string is rejected at the field before any generator sees it. The one free-text field
 * (`distribution.comment`) takes printable text only (text-characters.ts) and is escaped by each target's emitter.
 * Every string has a length limit, so every valid config fits in a share link the decoder opens.
 */

export const DYNAMIC_CACHING_MODES = [
  'disabled',
  'origin-cache-control',
  'all-cookies-and-query-strings',
] as const;
export type DynamicCachingMode = (typeof DYNAMIC_CACHING_MODES)[number];

export const CERTIFICATE_SOURCES = ['existing-arn', 'create-dns-validated'] as const;
export const PRICE_CLASSES = ['PriceClass_All', 'PriceClass_200', 'PriceClass_100'] as const;
export const HTTP_VERSIONS = ['http2and3', 'http2'] as const;
/** Viewer security policies, strictest first; the 2025 ones need an ACM certificate (SNI), which every setup has. */
export const MINIMUM_TLS_VERSIONS = [
  'TLSv1.3_2025',
  'TLSv1.2_2025',
  'TLSv1.2_2021',
  'TLSv1.2_2019',
  'TLSv1.2_2018',
] as const;
export const CLOUDFORMATION_FORMATS = ['yaml', 'json'] as const;
/** Access logs: standard logging v2 to CloudWatch Logs (default), the legacy S3 logging, or none. */
export const ACCESS_LOG_DESTINATIONS = ['cloudwatch-logs', 'legacy-s3', 'off'] as const;
/** The retention periods CloudWatch Logs accepts (days), the short ones a log of visitors' addresses needs. */
export const LOG_RETENTION_DAYS = [7, 14, 30, 60, 90, 180, 365] as const;
/** Django releases supported in December 2026: 5.2 LTS (to April 2028), 6.0 (to April 2027), 6.1. */
export const DJANGO_VERSIONS = ['5.2', '6.0', '6.1'] as const;

export const EXAMPLE_CERTIFICATE_ARN =
  'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-4000-8000-000000000000';
/** Every made-up origin endpoint the defaults, descriptors and presets use: a warning rule flags any left in. */
export const EXAMPLE_ORIGIN_ENDPOINTS: readonly string[] = [
  ...new Set([
    ...Object.values(ORIGINS).map((origin) => origin.endpoint.example),
    'abcdefghij1234567890abcdefghij12.lambda-url.eu-west-1.on.aws',
  ]),
];

const PROJECT_NAME_MESSAGE =
  'Project name: 2-32 lower-case letters, digits or hyphens, starting with a letter';

/** A DNS name a viewer types: lower-cased and trimmed before it is checked. */
export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter a domain name, e.g. www.example.com')
  .max(DNS_NAME_MAX, { message: `A domain name has at most ${DNS_NAME_MAX} characters`, abort: true })
  .refine((value) => !/^[a-z]+:\/\//.test(value), {
    message: 'Enter the domain name only, without https://',
    abort: true,
  })
  .refine((value) => !value.includes('*'), {
    message: 'Wildcard names are not supported: list each name',
    abort: true,
  })
  .refine(
    (value) => HOSTNAME_PATTERN.test(value),
    'Not a valid domain name: use letters, digits, hyphens and dots, e.g. www.example.com',
  );

const NEEDS_HOSTED_ZONE = {
  anyOf: [
    { field: 'dns.createRecords', is: [true] },
    { field: 'certificate.source', is: ['create-dns-validated'] },
  ],
} as const;

export const ConfigSchema = z
  .object({
    /** Short name for stacks and resources (CloudFront Function name, CDK stack id). */
    projectName: formField(
      z
        .string()
        .trim()
        .max(32, { message: PROJECT_NAME_MESSAGE, abort: true })
        .default('mysite')
        .refine((value) => PROJECT_NAME_PATTERN.test(value), PROJECT_NAME_MESSAGE),
      {
        label: 'Project name',
        help: 'A short name for the stacks, the function and the policies; unique per site in the account.',
      },
    ),
    domains: fieldGroup(
      z
        .object({
          primary: formField(hostnameSchema.default('www.example.com'), {
            label: 'Domain',
            help: 'The name people type, e.g. www.example.com, without https://.',
          }),
          /** Other names viewers use, e.g. the apex next to www. Each becomes a CloudFront alias and an allowed host. */
          additional: formField(z.array(hostnameSchema).max(20, 'At most 20 extra names').default([]), {
            label: 'Other names (e.g. the apex)',
            help: 'Further names for the same site, e.g. example.com next to www; the certificate must cover each.',
          }),
        })
        .prefault({}),
      'Domains',
      'The names viewers use for the site.',
    ),
    certificate: fieldGroup(
      z
        .object({
          source: formField(z.enum(CERTIFICATE_SOURCES).default('existing-arn'), {
            label: 'Certificate',
            help: 'Use an existing ACM certificate from us-east-1, or let the stack create one validated in Route 53.',
            options: {
              'existing-arn': 'Use an existing ACM certificate',
              'create-dns-validated': 'Create one, validated through Route 53',
            },
          }),
          arn: formField(
            optionalPattern(
              CERTIFICATE_ARN_PATTERN,
              'Not an ACM certificate ARN, e.g. arn:aws:acm:us-east-1:123456789012:certificate/…',
            ).default(EXAMPLE_CERTIFICATE_ARN),
            {
              label: 'Certificate ARN (us-east-1)',
              help: 'The ARN of an issued ACM certificate in us-east-1 that covers every domain name.',
              appliesWhen: { field: 'certificate.source', is: ['existing-arn'] },
            },
          ),
        })
        .prefault({}),
      'TLS certificate',
      'The ACM certificate CloudFront presents to viewers.',
    ),
    dns: fieldGroup(
      z
        .object({
          /** Create Route 53 alias records (A and AAAA) for every domain in this hosted zone. */
          createRecords: formField(z.boolean().default(false), {
            label: 'Create Route 53 alias records',
            help: 'Point every domain name at the distribution with Route 53 alias records (A, and AAAA with IPv6).',
          }),
          hostedZoneId: formField(
            optionalPattern(
              HOSTED_ZONE_ID_PATTERN,
              'A Route 53 hosted zone ID looks like Z0123456789ABCDEFGHIJ',
            ),
            {
              label: 'Hosted zone ID',
              help: 'The ID of the public Route 53 hosted zone that holds your domain, e.g. Z0123456789ABCDEFGHIJ.',
              appliesWhen: NEEDS_HOSTED_ZONE,
            },
          ),
          hostedZoneName: formField(
            z
              .string()
              .trim()
              .toLowerCase()
              .max(DNS_NAME_MAX, {
                message: `A zone name has at most ${DNS_NAME_MAX} characters`,
                abort: true,
              })
              .default('')
              .refine(
                (value) => value === '' || HOSTNAME_PATTERN.test(value),
                'The hosted zone name, e.g. example.com',
              ),
            {
              label: 'Hosted zone name',
              help: 'The hosted zone’s domain, e.g. example.com; every domain name must be inside it.',
              appliesWhen: NEEDS_HOSTED_ZONE,
            },
          ),
        })
        .prefault({}),
      'DNS',
      'Route 53 records for the domain names.',
    ),
    origin: fieldGroup(
      OriginSchema.prefault({}),
      'Origin',
      'Where CloudFront sends the requests Django answers.',
    ),
    dynamicCaching: fieldGroup(
      z
        .object({
          mode: formField(z.enum(DYNAMIC_CACHING_MODES).default('disabled'), {
            label: 'Cache Django pages',
            help: 'Whether CloudFront caches Django’s pages: never, only what Django marks, or everything.',
            options: {
              disabled: 'Do not cache (CachingDisabled)',
              'origin-cache-control': 'Cache only what Django marks with Cache-Control',
              'all-cookies-and-query-strings': 'Cache, keyed on every cookie and query string',
            },
          }),
          /** Seconds CloudFront keeps a response that has no Cache-Control (all-cookies-and-query-strings mode). */
          defaultTtlSeconds: formField(z.number().int().min(0).max(31_536_000).default(86_400), {
            label: 'Default TTL (seconds)',
            help: 'How long CloudFront keeps a Django response that carries no Cache-Control header.',
            appliesWhen: { field: 'dynamicCaching.mode', is: ['all-cookies-and-query-strings'] },
          }),
          maxTtlSeconds: formField(z.number().int().min(0).max(31_536_000).default(31_536_000), {
            label: 'Maximum TTL (seconds)',
            help: 'The longest CloudFront keeps a response, whatever max-age Django sends; 0 turns page caching off.',
            appliesWhen: { field: 'dynamicCaching.mode', isNot: ['disabled'] },
          }),
        })
        .prefault({}),
      'Caching of Django pages',
      'What CloudFront caches of the responses Django renders.',
    ),
    staticFiles: fieldGroup(
      FileBehaviourSchema('staticFiles', { enabled: true, pathPattern: '/static/*' }).prefault({}),
      'Static files',
      'A cache behaviour for Django’s static files.',
    ),
    mediaFiles: fieldGroup(
      FileBehaviourSchema('mediaFiles', { enabled: false, pathPattern: '/media/*' }).prefault({}),
      'Media files',
      'A cache behaviour for uploaded files.',
    ),
    securityHeaders: SecurityHeadersSchema,
    originProtection: fieldGroup(
      z
        .object({
          /** CloudFront adds this header with a secret value; Django middleware rejects requests without it. */
          secretHeader: formField(z.boolean().default(false), {
            label: 'Require a secret header at the origin',
            help: 'CloudFront adds a secret header and Django rejects requests without it, shutting out direct calls.',
          }),
          headerName: formField(
            z
              .string()
              .trim()
              .max(64, { message: 'A header name has at most 64 characters', abort: true })
              .default('X-Origin-Verify')
              .refine((value) => HEADER_NAME_PATTERN.test(value), {
                message: 'A header name: letters, digits and hyphens',
                abort: true,
              })
              .superRefine((value, ctx) => {
                const problem = customHeaderProblem(value);
                if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
              }),
            {
              label: 'Header name',
              help: 'The name of the secret origin header, X-Origin-Verify by default.',
              appliesWhen: { field: 'originProtection.secretHeader', is: [true] },
            },
          ),
        })
        .prefault({}),
      'Origin protection',
      'Keeping requests that bypass CloudFront away from Django.',
    ),
    distribution: fieldGroup(
      z
        .preprocess(
          (input) => legacyWebAclInput(legacyLoggingInput(input)),
          z
            .object({
              priceClass: formField(z.enum(PRICE_CLASSES).default('PriceClass_All'), {
                label: 'Price class',
                help: 'Which edge locations serve the site: all of them, or cheaper subsets.',
                options: {
                  PriceClass_All: 'All edge locations',
                  PriceClass_200: 'Most locations (PriceClass_200)',
                  PriceClass_100: 'North America and Europe (PriceClass_100)',
                },
              }),
              httpVersion: formField(z.enum(HTTP_VERSIONS).default('http2and3'), {
                label: 'HTTP versions',
                help: 'The HTTP versions viewers may use with CloudFront.',
                options: { http2and3: 'HTTP/2 and HTTP/3', http2: 'HTTP/2 only' },
              }),
              ipv6: formField(z.boolean().default(true), {
                label: 'IPv6',
                help: 'Lets viewers reach CloudFront over IPv6.',
              }),
              minimumTlsVersion: formField(z.enum(MINIMUM_TLS_VERSIONS).default('TLSv1.2_2025'), {
                label: 'Minimum TLS',
                help: 'The oldest TLS version and cipher set viewers may use; TLSv1.2_2025 keeps TLS 1.2 with current ciphers only.',
                options: {
                  'TLSv1.3_2025': 'TLSv1.3_2025 (TLS 1.3 only)',
                  'TLSv1.2_2025': 'TLSv1.2_2025 (recommended)',
                  'TLSv1.2_2021': 'TLSv1.2_2021',
                  'TLSv1.2_2019': 'TLSv1.2_2019',
                  'TLSv1.2_2018': 'TLSv1.2_2018',
                },
              }),
              ...WAF_FIELDS,
              webAclArn: formField(
                optionalPattern(
                  WEB_ACL_ARN_PATTERN,
                  'A WAFv2 web ACL for CloudFront: arn:aws:wafv2:us-east-1:…:global/webacl/NAME/ID',
                ),
                {
                  label: 'Web ACL ARN',
                  help: 'The ARN of your AWS WAF web ACL (CLOUDFRONT scope, us-east-1) that inspects every request.',
                  appliesWhen: { field: 'distribution.waf', is: ['own-arn'] },
                },
              ),
              accessLogs: formField(z.enum(ACCESS_LOG_DESTINATIONS).default('cloudwatch-logs'), {
                label: 'Access logs',
                help: 'Where CloudFront writes a line per request, cookies left out: a CloudWatch Logs group, or your S3 bucket.',
                options: {
                  'cloudwatch-logs': 'CloudWatch Logs (standard logging v2)',
                  'legacy-s3': 'My S3 bucket (legacy standard logging)',
                  off: 'No access logs',
                },
              }),
              logRetentionDays: formField(
                z
                  .number()
                  .int()
                  .default(90)
                  .refine((value) => (LOG_RETENTION_DAYS as readonly number[]).includes(value), {
                    message: `CloudWatch Logs keeps logs for one of ${LOG_RETENTION_DAYS.join(', ')} days here`,
                  }),
                {
                  label: 'Keep logs for (days)',
                  help: 'How long the log group keeps access logs; they hold visitors’ IP addresses, so not forever.',
                  appliesWhen: { field: 'distribution.accessLogs', is: ['cloudwatch-logs'] },
                },
              ),
              loggingBucket: formField(
                optionalPattern(
                  S3_BUCKET_NAME_PATTERN,
                  'An S3 bucket name for access logs, e.g. mysite-logs',
                ),
                {
                  label: 'Log bucket',
                  help: 'An S3 bucket with ACLs enabled that receives CloudFront’s legacy standard access logs.',
                  appliesWhen: { field: 'distribution.accessLogs', is: ['legacy-s3'] },
                },
              ),
              comment: formField(
                z
                  .string()
                  // One spelling of each character (NFC), as Terraform's HCL would make it anyway.
                  .normalize('NFC')
                  .max(DISTRIBUTION_COMMENT_MAX, {
                    message: `CloudFront allows at most ${DISTRIBUTION_COMMENT_MAX} characters`,
                    abort: true,
                  })
                  .default('')
                  .superRefine((value, ctx) => {
                    const problem = unwantedCharacterProblem(value);
                    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
                  }),
                {
                  label: 'Comment',
                  help: `A description shown in the CloudFront console: one line of printable text, at most ${DISTRIBUTION_COMMENT_MAX} characters.`,
                },
              ),
            })
            // An ARN the config does not attach is dropped, so it never travels in a share link.
            .transform(withoutUnusedWebAclArn),
        )
        .prefault({}),
      'Distribution',
      'Settings of the CloudFront distribution as a whole.',
    ),
    django: fieldGroup(
      z
        .object({
          version: formField(z.enum(DJANGO_VERSIONS).default('5.2'), {
            label: 'Django version',
            help: 'The Django release the project runs: the settings and requirements use what that version has.',
            options: { '5.2': 'Django 5.2 LTS', '6.0': 'Django 6.0', '6.1': 'Django 6.1' },
          }),
          /** Let Django redirect http to https too (CloudFront already does); safe only with the proxy SSL header. */
          secureSslRedirect: formField(z.boolean().default(false), {
            label: 'Django redirects to HTTPS too',
            help: 'Sets SECURE_SSL_REDIRECT; CloudFront already redirects viewers to HTTPS.',
          }),
        })
        .prefault({}),
      'Django',
      'Settings of the generated Django configuration.',
    ),
    output: fieldGroup(
      z
        .object({
          cloudFormationFormat: formField(z.enum(CLOUDFORMATION_FORMATS).default('yaml'), {
            label: 'CloudFormation format',
            help: 'Whether the CloudFormation template is written as YAML or JSON.',
            options: { yaml: 'YAML', json: 'JSON' },
          }),
        })
        .prefault({}),
      'Output',
      'How the generated files are written.',
    ),
  })
  .superRefine((config, ctx) => {
    validateOriginEndpoint(config.origin, ctx);
    validateCertificate(config, ctx);
    checkFilePathPatterns(config, ctx);
    checkLambdaFunctionArn(config, ctx);
    const names = [config.domains.primary, ...config.domains.additional];
    const seen = new Set<string>();
    names.forEach((name, index) => {
      if (seen.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: index === 0 ? ['domains', 'primary'] : ['domains', 'additional', index - 1],
          message: `${name} is listed twice`,
        });
      }
      seen.add(name);
    });
    if (config.dns.createRecords || config.certificate.source === 'create-dns-validated') {
      if (config.dns.hostedZoneId === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['dns', 'hostedZoneId'],
          message: 'Enter the Route 53 hosted zone ID',
        });
      }
      if (config.dns.hostedZoneName === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['dns', 'hostedZoneName'],
          message: 'Enter the hosted zone name',
        });
      } else {
        for (const name of names) {
          if (name !== config.dns.hostedZoneName && !name.endsWith(`.${config.dns.hostedZoneName}`)) {
            ctx.addIssue({
              code: 'custom',
              path: ['dns', 'hostedZoneName'],
              message: `${name} is not inside the hosted zone ${config.dns.hostedZoneName}`,
            });
            break;
          }
        }
      }
    }
    checkWebAcl(config.distribution, ctx);
    if (config.distribution.accessLogs === 'legacy-s3' && config.distribution.loggingBucket === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['distribution', 'loggingBucket'],
        message: 'Enter the S3 bucket for the legacy logs, or choose CloudWatch Logs',
      });
    }
    checkCspSource(config, ctx);
    if (config.dynamicCaching.defaultTtlSeconds > config.dynamicCaching.maxTtlSeconds) {
      ctx.addIssue({
        code: 'custom',
        path: ['dynamicCaching', 'defaultTtlSeconds'],
        message: 'The default TTL cannot exceed the maximum TTL',
      });
    }
    if (config.staticFiles.enabled && config.mediaFiles.enabled) {
      if (config.staticFiles.pathPattern === config.mediaFiles.pathPattern) {
        ctx.addIssue({
          code: 'custom',
          path: ['mediaFiles', 'pathPattern'],
          message: 'Static and media files need different path patterns',
        });
      }
    }
    const origin = ORIGINS[config.origin.type];
    if (!(origin.hostStrategies as readonly string[]).includes(config.origin.hostStrategy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin', 'hostStrategy'],
        message: `A ${origin.label} answers ${origin.foreignHost?.response.status ?? 403} to any Host but its own: keep the X-Forwarded-Host function`,
      });
    }
    if (
      config.origin.type === 'lambda-url' &&
      config.origin.lambdaUrlAuth === 'oac' &&
      config.origin.lambdaFunctionArn === ''
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin', 'lambdaFunctionArn'],
        message:
          'With origin access control, enter the function ARN so CloudFront can be allowed to invoke it',
      });
    }
  });

/** CSP comes from one place that can send it: CloudFront's custom policy, or Django from 6.0 on. */
function checkCspSource(config: Config, ctx: z.RefinementCtx): void {
  const { csp, mode } = config.securityHeaders;
  if (csp === 'cloudfront' && mode !== 'custom')
    ctx.addIssue({
      code: 'custom',
      path: ['securityHeaders', 'csp'],
      message: `CloudFront sends CSP only from the custom response headers policy (Security headers: custom), not ${mode === 'managed' ? 'the managed one' : 'with none'}; or let Django 6.0+ send it`,
    });
  if (csp === 'django' && config.django.version === '5.2')
    ctx.addIssue({
      code: 'custom',
      path: ['securityHeaders', 'csp'],
      message:
        'Django 5.2 has no built-in CSP (it came with 6.0): let CloudFront send it, or choose Django 6.0 or later',
    });
}

/**
 * Before access logs had a choice, a log bucket meant legacy logging: a config or link that names one and says
 * nothing else keeps getting it.
 */
function legacyLoggingInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const distribution = input as Record<string, unknown>;
  const bucket = distribution.loggingBucket;
  if (distribution.accessLogs === undefined && typeof bucket === 'string' && bucket.trim() !== '')
    return { ...distribution, accessLogs: 'legacy-s3' };
  return input;
}

/** What the form edits: every field optional, strings as typed. */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** A valid, normalised configuration: the only thing generators accept. */
export type Config = z.output<typeof ConfigSchema>;
export type OriginConfig = Config['origin'];

function validateOriginEndpoint(origin: OriginConfig, ctx: z.RefinementCtx): void {
  const descriptor = ORIGINS[origin.type];
  if (origin.endpoint === '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'endpoint'], message: 'Enter the origin’s endpoint' });
  } else if (!descriptor.endpoint.pattern.test(origin.endpoint)) {
    ctx.addIssue({ code: 'custom', path: ['origin', 'endpoint'], message: descriptor.endpoint.message });
  }
  const pathRule = descriptor.originPath;
  if (pathRule.rule === 'required' && origin.path === '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'path'], message: pathRule.message });
  }
  if (pathRule.rule === 'forbidden' && origin.path !== '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'path'], message: pathRule.message });
  }
}

function validateCertificate(config: Config, ctx: z.RefinementCtx): void {
  if (config.certificate.source === 'create-dns-validated') {
    const names = allDomains(config);
    if (!names.some((name) => name.length <= ACM_FIRST_NAME_MAX)) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', 'primary'],
        message: `ACM needs one name of at most ${ACM_FIRST_NAME_MAX} characters for the certificate’s subject: add a shorter name, or use an existing certificate`,
      });
    }
    if (names.length > ACM_NAMES_PER_CERTIFICATE_DEFAULT) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', 'additional'],
        message: `ACM issues at most ${ACM_NAMES_PER_CERTIFICATE_DEFAULT} names per certificate unless you raise the quota: list fewer names, or request the certificate yourself and use it as an existing one`,
      });
    }
    return;
  }
  const arn = config.certificate.arn;
  if (arn === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['certificate', 'arn'],
      message: 'Enter the ACM certificate ARN (in us-east-1), or let the stack create one',
    });
    return;
  }
  const region = CERTIFICATE_ARN_PATTERN.exec(arn)?.[1];
  if (region !== undefined && region !== 'us-east-1') {
    ctx.addIssue({
      code: 'custom',
      path: ['certificate', 'arn'],
      message: `CloudFront only accepts certificates from us-east-1; this one is in ${region}`,
    });
  }
}

/** Parses anything (form state, JSON file, decoded permalink) into a Config, or the issues found. */
export function parseConfig(input: unknown): z.ZodSafeParseResult<Config> {
  return ConfigSchema.safeParse(input);
}

/**
 * The configuration every field's default makes: the seed's setup with example values (example.com, an example
 * API and certificate), so the wizard shows working output at once. A warning rule flags example values left in.
 */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/** All domain names viewers use, primary first. */
export function allDomains(config: Config): string[] {
  return [config.domains.primary, ...config.domains.additional];
}
