import * as z from 'zod';
import { splitEndpoint } from './endpoint';
import {
  ACM_FIRST_NAME_MAX,
  ACM_NAMES_PER_CERTIFICATE_DEFAULT,
  DISTRIBUTION_COMMENT_MAX,
  customHeaderProblem,
} from './aws-limits';
import { HOST_STRATEGIES, ORIGINS, ORIGIN_TYPES } from './origins';
import {
  CERTIFICATE_ARN_PATTERN,
  HEADER_NAME_PATTERN,
  HOSTED_ZONE_ID_PATTERN,
  HOSTNAME_PATTERN,
  LAMBDA_FUNCTION_ARN_PATTERN,
  ORIGIN_PATH_PATTERN,
  PATH_PATTERN,
  PROJECT_NAME_PATTERN,
  S3_BUCKET_NAME_PATTERN,
  WEB_ACL_ARN_PATTERN,
} from './patterns';

export * from './patterns';
export { HOST_STRATEGIES, ORIGIN_TYPES, ORIGINS, originDescriptor } from './origins';
export type { HostStrategy, OriginDescriptor, OriginType } from './origins';

/**
 * The one source of truth for a wizard configuration: every generator, the permalink, the CLI and the form
 * read `Config` (the parsed output of `ConfigSchema`). Defaults live here and nowhere else.
 *
 * Everything that reaches generated code is either an enum or constrained by a strict pattern here, so a
 * hostile string is rejected at the field before any generator sees it. The one free-text field
 * (`distribution.comment`) is escaped by each target's emitter.
 */

export const DYNAMIC_CACHING_MODES = [
  'disabled',
  'origin-cache-control',
  'all-cookies-and-query-strings',
] as const;
export type DynamicCachingMode = (typeof DYNAMIC_CACHING_MODES)[number];

export const FILE_SOURCES = ['same-origin', 's3'] as const;
export const SECURITY_HEADERS_MODES = ['none', 'managed', 'custom'] as const;
export const LAMBDA_URL_AUTH_MODES = ['none-with-secret-header', 'oac'] as const;
export const CERTIFICATE_SOURCES = ['existing-arn', 'create-dns-validated'] as const;
export const PRICE_CLASSES = ['PriceClass_All', 'PriceClass_200', 'PriceClass_100'] as const;
export const HTTP_VERSIONS = ['http2and3', 'http2'] as const;
export const MINIMUM_TLS_VERSIONS = ['TLSv1.2_2021', 'TLSv1.2_2019', 'TLSv1.2_2018'] as const;
export const CLOUDFORMATION_FORMATS = ['yaml', 'json'] as const;

export const EXAMPLE_CERTIFICATE_ARN =
  'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-4000-8000-000000000000';
export const EXAMPLE_ORIGIN_ENDPOINT = ORIGINS['apigw-http'].endpoint.example;
/** Every made-up origin endpoint the defaults, descriptors and presets use: a warning rule flags any left in. */
export const EXAMPLE_ORIGIN_ENDPOINTS: readonly string[] = [
  ...new Set([
    ...Object.values(ORIGINS).map((origin) => origin.endpoint.example),
    'abcdefghij1234567890abcdefghij12.lambda-url.eu-west-1.on.aws',
  ]),
];

/** A DNS name a viewer types: lower-cased and trimmed before it is checked. */
export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter a domain name, e.g. www.example.com')
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

const optionalPattern = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || pattern.test(value), message);

const OriginSchema = z.preprocess(
  // A pasted invoke URL (https://abc.execute-api.eu-west-1.amazonaws.com/prod/) becomes endpoint + path.
  (input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const origin = input as Record<string, unknown>;
    if (typeof origin.endpoint !== 'string') return input;
    const { host, path } = splitEndpoint(origin.endpoint);
    const givenPath = typeof origin.path === 'string' ? origin.path.trim() : '';
    return { ...origin, endpoint: host, path: givenPath !== '' ? givenPath : path };
  },
  z.object({
    type: z.enum(ORIGIN_TYPES).default('apigw-http'),
    /** The origin's own DNS name (API Gateway, Lambda URL, ALB or any HTTPS host): never the viewer's domain. */
    endpoint: z.string().trim().toLowerCase().default(EXAMPLE_ORIGIN_ENDPOINT),
    /** Origin path: the REST API stage (`/prod`) or an HTTP API named stage; empty for `$default`. */
    path: z
      .string()
      .trim()
      .default('')
      .transform((value) => (value === '/' ? '' : value.replace(/\/+$/, '')))
      .refine(
        (value) => ORIGIN_PATH_PATTERN.test(value),
        'Origin path: start with / and use letters, digits, - _ .',
      ),
    hostStrategy: z.enum(HOST_STRATEGIES).default('x-forwarded-host-function'),
    lambdaUrlAuth: z.enum(LAMBDA_URL_AUTH_MODES).default('none-with-secret-header'),
    /** The function behind a Lambda URL, needed to grant CloudFront invoke rights when OAC signs requests. */
    lambdaFunctionArn: optionalPattern(
      LAMBDA_FUNCTION_ARN_PATTERN,
      'Not a Lambda function ARN, e.g. arn:aws:lambda:eu-west-1:123456789012:function:mysite',
    ),
  }),
);

const FileBehaviourSchema = (defaults: { enabled: boolean; pathPattern: string }) =>
  z.object({
    enabled: z.boolean().default(defaults.enabled),
    pathPattern: z
      .string()
      .trim()
      .default(defaults.pathPattern)
      .refine(
        (value) => PATH_PATTERN.test(value),
        'A path pattern such as /static/* (start with /, end with *)',
      ),
    source: z.enum(FILE_SOURCES).default('same-origin'),
  });

export const ConfigSchema = z
  .object({
    /** Short name for stacks and resources (CloudFront Function name, CDK stack id). */
    projectName: z
      .string()
      .trim()
      .default('mysite')
      .refine(
        (value) => PROJECT_NAME_PATTERN.test(value),
        'Project name: 2-32 lower-case letters, digits or hyphens, starting with a letter',
      ),
    domains: z
      .object({
        primary: hostnameSchema.default('www.example.com'),
        /** Other names viewers use, e.g. the apex next to www. Each becomes a CloudFront alias and an allowed host. */
        additional: z.array(hostnameSchema).max(20, 'At most 20 extra names').default([]),
      })
      .prefault({}),
    certificate: z
      .object({
        source: z.enum(CERTIFICATE_SOURCES).default('existing-arn'),
        arn: optionalPattern(
          CERTIFICATE_ARN_PATTERN,
          'Not an ACM certificate ARN, e.g. arn:aws:acm:us-east-1:123456789012:certificate/…',
        ).default(EXAMPLE_CERTIFICATE_ARN),
      })
      .prefault({}),
    dns: z
      .object({
        /** Create Route 53 alias records (A and AAAA) for every domain in this hosted zone. */
        createRecords: z.boolean().default(false),
        hostedZoneId: optionalPattern(
          HOSTED_ZONE_ID_PATTERN,
          'A Route 53 hosted zone ID looks like Z0123456789ABCDEFGHIJ',
        ),
        hostedZoneName: z
          .string()
          .trim()
          .toLowerCase()
          .default('')
          .refine(
            (value) => value === '' || HOSTNAME_PATTERN.test(value),
            'The hosted zone name, e.g. example.com',
          ),
      })
      .prefault({}),
    origin: OriginSchema.prefault({}),
    dynamicCaching: z
      .object({
        mode: z.enum(DYNAMIC_CACHING_MODES).default('disabled'),
        /** Seconds CloudFront keeps a response that has no Cache-Control (all-cookies-and-query-strings mode). */
        defaultTtlSeconds: z.number().int().min(0).max(31_536_000).default(86_400),
        maxTtlSeconds: z.number().int().min(0).max(31_536_000).default(31_536_000),
      })
      .prefault({}),
    staticFiles: FileBehaviourSchema({ enabled: true, pathPattern: '/static/*' }).prefault({}),
    mediaFiles: FileBehaviourSchema({ enabled: false, pathPattern: '/media/*' }).prefault({}),
    securityHeaders: z
      .object({
        mode: z.enum(SECURITY_HEADERS_MODES).default('none'),
        hstsMaxAgeSeconds: z.number().int().min(0).max(63_072_000).default(31_536_000),
        hstsIncludeSubdomains: z.boolean().default(false),
        hstsPreload: z.boolean().default(false),
      })
      .prefault({}),
    originProtection: z
      .object({
        /** CloudFront adds this header with a secret value; Django middleware rejects requests without it. */
        secretHeader: z.boolean().default(false),
        headerName: z
          .string()
          .trim()
          .default('X-Origin-Verify')
          .refine((value) => HEADER_NAME_PATTERN.test(value), {
            message: 'A header name: letters, digits and hyphens',
            abort: true,
          })
          .superRefine((value, ctx) => {
            const problem = customHeaderProblem(value);
            if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
          }),
      })
      .prefault({}),
    distribution: z
      .object({
        priceClass: z.enum(PRICE_CLASSES).default('PriceClass_All'),
        httpVersion: z.enum(HTTP_VERSIONS).default('http2and3'),
        ipv6: z.boolean().default(true),
        minimumTlsVersion: z.enum(MINIMUM_TLS_VERSIONS).default('TLSv1.2_2021'),
        webAclArn: optionalPattern(
          WEB_ACL_ARN_PATTERN,
          'A WAFv2 web ACL for CloudFront: arn:aws:wafv2:us-east-1:…:global/webacl/NAME/ID',
        ),
        loggingBucket: optionalPattern(
          S3_BUCKET_NAME_PATTERN,
          'An S3 bucket name for access logs, e.g. mysite-logs',
        ),
        comment: z
          .string()
          .max(DISTRIBUTION_COMMENT_MAX, `CloudFront allows at most ${DISTRIBUTION_COMMENT_MAX} characters`)
          .default(''),
      })
      .prefault({}),
    django: z
      .object({
        /** Let Django redirect http to https too (CloudFront already does); safe only with the proxy SSL header. */
        secureSslRedirect: z.boolean().default(false),
      })
      .prefault({}),
    output: z
      .object({
        cloudFormationFormat: z.enum(CLOUDFORMATION_FORMATS).default('yaml'),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    validateOriginEndpoint(config.origin, ctx);
    validateCertificate(config, ctx);
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
