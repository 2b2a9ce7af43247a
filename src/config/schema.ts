// Before any schema is built: zod must be jitless (the page's policy forbids eval), in whichever chunk this lands.
import '../zod-without-eval';
import * as z from 'zod';
import { DNS_NAME_MAX, customHeaderProblem } from './aws-limits';
import { DistributionSchema } from './distribution-schema';
import { SecurityHeadersSchema } from './security-headers-schema';
import { fieldGroup, formField } from './field-meta';
import { FileBehaviourSchema } from './file-behaviour-schema';
import { checkConfig } from './cross-field-checks';
export { allDomains } from './cross-field-checks';
import { optionalPattern } from './optional-pattern';
import { OriginSchema } from './origin-schema';
import { ORIGINS } from './origins';
import {
  CERTIFICATE_ARN_PATTERN,
  HEADER_NAME_PATTERN,
  HOSTED_ZONE_ID_PATTERN,
  HOSTNAME_PATTERN,
  PROJECT_NAME_PATTERN,
} from './patterns';

export * from './patterns';
export { CSP_SOURCES, DEFAULT_CSP } from './csp';
export { HSTS_FULL_SECONDS, HSTS_START_SECONDS, SECURITY_HEADERS_MODES } from './security-headers-schema';
export { FILE_SOURCES } from './file-behaviour-schema';
export { EXAMPLE_ORIGIN_ENDPOINT, LAMBDA_URL_AUTH_MODES } from './origin-schema';
export { HOST_STRATEGIES, ORIGIN_TYPES, ORIGINS, originDescriptor } from './origins';
export { WAF_MODES, WAF_RATE_WINDOWS } from './waf-fields';
export {
  ACCESS_LOG_DESTINATIONS,
  HTTP_VERSIONS,
  LOG_RETENTION_DAYS,
  MINIMUM_TLS_VERSIONS,
  PRICE_CLASSES,
} from './distribution-schema';
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
export const CLOUDFORMATION_FORMATS = ['yaml', 'json'] as const;
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
      DistributionSchema.prefault({}),
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
  .superRefine(checkConfig);

/** What the form edits: every field optional, strings as typed. */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** A valid, normalised configuration: the only thing generators accept. */
export type Config = z.output<typeof ConfigSchema>;
export type OriginConfig = Config['origin'];

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
