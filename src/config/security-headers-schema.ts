import * as z from 'zod';
import { CSP_MAX_LENGTH, CSP_SOURCES, DEFAULT_CSP, cspPolicySchema, cspSourceInput } from './csp';
import { fieldGroup, formField } from './field-meta';

/**
 * The `securityHeaders` part of a config: who sends HSTS (and the other security headers) and who sends CSP, each
 * from one place, with each field's metadata. Its own file so the preprocess that fills the CSP default from the
 * mode keeps a typed input (a config's securityHeaders, not `unknown`).
 */
export const SECURITY_HEADERS_MODES = ['none', 'managed', 'custom'] as const;
/** The HSTS max-age a new site starts with (one hour), before it is raised to a year. */
export const HSTS_START_SECONDS = 3600;
/** The max-age to raise HSTS to once HTTPS works everywhere (one year; preload lists require it). */
export const HSTS_FULL_SECONDS = 31_536_000;

/** HSTS values are sent by CloudFront's custom policy or by Django (no policy); the managed policy has its own. */
const HSTS_VALUES_APPLY = { field: 'securityHeaders.mode', isNot: ['managed'] } as const;
const CSP_VALUES_APPLY = { field: 'securityHeaders.csp', isNot: ['none'] } as const;

const SecurityHeadersFields = z.object({
  // CloudFront by default: its policy covers every behaviour (S3 files too), and Django then sends none.
  mode: formField(z.enum(SECURITY_HEADERS_MODES).default('custom'), {
    label: 'Security headers',
    help: 'Who sends HSTS and the other security headers: Django, AWS’s managed policy, or a custom policy.',
    options: {
      none: 'None (Django sets them)',
      managed: 'Managed SecurityHeadersPolicy',
      custom: 'Custom policy with my HSTS settings',
    },
  }),
  // Short first (an hour): a mistake is then forgotten by browsers within the hour. The check says when to raise it.
  hstsMaxAgeSeconds: formField(z.number().int().min(0).max(63_072_000).default(HSTS_START_SECONDS), {
    label: 'HSTS max-age (seconds)',
    help: 'How long browsers remember to use only HTTPS for the site: start at an hour, raise to a year once HTTPS works everywhere.',
    appliesWhen: HSTS_VALUES_APPLY,
  }),
  hstsIncludeSubdomains: formField(z.boolean().default(false), {
    label: 'Include subdomains',
    help: 'Extends HSTS to every subdomain; only when each of them serves HTTPS.',
    appliesWhen: HSTS_VALUES_APPLY,
  }),
  hstsPreload: formField(z.boolean().default(false), {
    label: 'Preload',
    help: 'Adds the preload directive, needed to submit the domain to browsers’ built-in HSTS lists.',
    appliesWhen: HSTS_VALUES_APPLY,
  }),
  // One place, like HSTS; a config that says nothing gets CloudFront's with the custom policy (cspSourceInput).
  csp: formField(z.enum(CSP_SOURCES).default('cloudfront'), {
    label: 'Content-Security-Policy',
    help: 'Who sends CSP: CloudFront’s custom policy (every page and file), Django 6.0 or later (SECURE_CSP), or nobody.',
    options: {
      cloudfront: 'CloudFront (custom response headers policy)',
      django: 'Django 6.0+ (SECURE_CSP)',
      none: 'No CSP',
    },
  }),
  // Report-only first, as HSTS starts short: the check says when and how to enforce it.
  cspReportOnly: formField(z.boolean().default(true), {
    label: 'Report only (test first)',
    help: 'Send Content-Security-Policy-Report-Only: browsers report what the policy would block and block nothing; turn off to enforce.',
    appliesWhen: CSP_VALUES_APPLY,
  }),
  cspPolicy: formField(cspPolicySchema.default(DEFAULT_CSP), {
    label: 'Policy',
    help: `Directives separated by semicolons, at most ${CSP_MAX_LENGTH} characters; the default lets Django’s admin and this site’s own files work.`,
    appliesWhen: CSP_VALUES_APPLY,
  }),
});

export const SecurityHeadersSchema = fieldGroup(
  z
    .preprocess(
      (input: z.input<typeof SecurityHeadersFields> | undefined) => cspSourceInput(input),
      SecurityHeadersFields,
    )
    .prefault({}),
  'Security response headers',
  'Strict-Transport-Security, Content-Security-Policy and the other security headers viewers receive.',
);
