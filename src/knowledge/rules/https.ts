import { originOf } from '../conditions';
import { HSTS_FULL_SECONDS, HSTS_START_SECONDS } from '../../config/schema';
import { singleWarning, type WarningRule } from './rule';

export const sslRedirectNeedsProtoHeader: WarningRule = singleWarning((config) => {
  if (!config.django.secureSslRedirect) return null;
  // What sets X-Forwarded-Proto in front of Django, and whether it is dependable, is the origin's fact.
  const { protoReliable: reliable, protoNote: note } = originOf(config).forwardedHeaders;
  return {
    id: reliable ? 'ssl-redirect-redundant' : 'ssl-redirect-loop-risk',
    severity: reliable ? 'info' : 'warning',
    message: reliable
      ? `SECURE_SSL_REDIRECT works here only because SECURE_PROXY_SSL_HEADER is set and ${note}. ` +
        'CloudFront already redirects http to https, so it only guards direct requests to the origin.'
      : `SECURE_SSL_REDIRECT redirects every request Django believes is plain HTTP: ${note}. Where ` +
        'the header is missing, each request is redirected to itself forever. CloudFront already redirects ' +
        'viewers to HTTPS.',
    explanationKey: 'django.secureSslRedirect',
    field: 'django.secureSslRedirect',
    ...(reliable
      ? {}
      : {
          fix: { label: 'Let CloudFront do the redirect', patch: { django: { secureSslRedirect: false } } },
        }),
  };
});

/** The managed policy keeps a value Django sends; say that Django sends none (the custom default needs no note). */
export const hstsFromCloudFront: WarningRule = singleWarning((config) => {
  if (config.securityHeaders.mode !== 'managed') return null;
  return {
    id: 'hsts-set-by-cloudfront',
    severity: 'info',
    message:
      'The managed SecurityHeadersPolicy adds Strict-Transport-Security but keeps a value Django sends; the ' +
      'generated settings keep SECURE_HSTS_SECONDS = 0 so CloudFront’s value is the only one.',
    explanationKey: 'generated.django.hsts',
    field: 'securityHeaders.mode',
  };
});

/** Browsers' preload lists only take max-age of a year or more with includeSubDomains. */
const PRELOAD_MIN_MAX_AGE = HSTS_FULL_SECONDS;

export const hstsPreloadRequirements: WarningRule = singleWarning((config) => {
  const headers = config.securityHeaders;
  // The values are sent by CloudFront's custom policy, or by Django when there is no policy.
  if (headers.mode === 'managed' || !headers.hstsPreload) return null;
  if (headers.hstsIncludeSubdomains && headers.hstsMaxAgeSeconds >= PRELOAD_MIN_MAX_AGE) return null;
  return {
    id: 'hsts-preload-requirements',
    severity: 'warning',
    message:
      'HSTS preload lists only accept includeSubDomains with a max-age of at least one year; the preload ' +
      'directive alone does not get the site listed.',
    explanationKey: 'securityHeaders.hstsPreload',
    field: 'securityHeaders.hstsPreload',
    fix: {
      label: 'Include subdomains, max-age one year',
      patch: {
        securityHeaders: {
          hstsIncludeSubdomains: true,
          hstsMaxAgeSeconds: Math.max(headers.hstsMaxAgeSeconds, PRELOAD_MIN_MAX_AGE),
        },
      },
    },
  };
});

/**
 * HSTS starts short (a mistake is forgotten within the max-age) and is raised to a year once the site and every
 * name it covers work over HTTPS: this check says when and how. The managed policy cannot start short.
 */
export const hstsRamp: WarningRule = singleWarning((config) => {
  const headers = config.securityHeaders;
  if (headers.mode === 'managed') {
    return {
      id: 'hsts-managed-one-year',
      severity: 'info',
      message:
        'The managed SecurityHeadersPolicy sends Strict-Transport-Security with max-age one year from the first ' +
        'request: a browser that saw it refuses plain HTTP for a year even if something still needs it. Choose ' +
        'the custom policy to start at an hour and raise it once HTTPS works everywhere.',
      explanationKey: 'securityHeaders.mode',
      field: 'securityHeaders.mode',
      fix: {
        label: 'Custom policy, max-age one hour',
        patch: { securityHeaders: { mode: 'custom', hstsMaxAgeSeconds: HSTS_START_SECONDS } },
      },
    };
  }
  if (headers.hstsMaxAgeSeconds >= HSTS_FULL_SECONDS || headers.hstsMaxAgeSeconds === 0) return null;
  const where =
    headers.mode === 'custom' ? 'CloudFront’s response headers policy' : 'Django (SECURE_HSTS_SECONDS)';
  return {
    id: 'hsts-raise-max-age',
    severity: 'info',
    message:
      `HSTS starts at max-age ${headers.hstsMaxAgeSeconds} seconds, sent by ${where}. After the first deploy, ` +
      'once every page and every name the site uses has worked over HTTPS for a week (no mixed-content ' +
      `warnings, no http:// links left), raise it to ${HSTS_FULL_SECONDS} (one year) here and deploy again; ` +
      'until then a mistake is forgotten by browsers within the hour.',
    explanationKey: 'securityHeaders.hstsMaxAgeSeconds',
    field: 'securityHeaders.hstsMaxAgeSeconds',
    fix: { label: 'Raise to one year', patch: { securityHeaders: { hstsMaxAgeSeconds: HSTS_FULL_SECONDS } } },
  };
});

/**
 * Django 6's CSP nonce is per response; a page CloudFront caches would hand every visitor the same one. When
 * CloudFront's policy sends CSP, it replaces Django's, so a nonce never reaches the browser at all.
 */
export const cspNonceOnCachedPages: WarningRule = singleWarning((config) => {
  if (config.django.version === '5.2') return null;
  if (config.securityHeaders.csp === 'cloudfront')
    return {
      id: 'csp-from-cloudfront-no-nonce',
      severity: 'info',
      message:
        'CloudFront’s response headers policy sends Content-Security-Policy and replaces any Django sends: leave ' +
        `Django ${config.django.version}’s SECURE_CSP unset, and use hashes or source lists, not nonces. For ` +
        'nonces, let Django send CSP and keep its pages uncached.',
      explanationKey: 'securityHeaders.csp',
      field: 'securityHeaders.csp',
    };
  if (config.dynamicCaching.mode === 'disabled') return null;
  return {
    id: 'csp-nonce-cached-pages',
    severity: 'warning',
    message:
      `Django ${config.django.version} can send Content-Security-Policy with a per-response nonce (CSP.NONCE), ` +
      'but CloudFront caches Django pages here: a cached page carries one nonce for every visitor, which ' +
      'defeats it. Use hashes or source lists for cached pages, or keep HTML uncached if you use nonces.',
    explanationKey: 'securityHeaders.csp',
    field: 'dynamicCaching.mode',
  };
});

/**
 * CSP starts report-only (a policy that blocks the admin's own files is found before it breaks them) and is
 * enforced once no page reports a violation: this check says when and how, as hstsRamp does for HSTS.
 */
export const cspReportOnlyRamp: WarningRule = singleWarning((config) => {
  const headers = config.securityHeaders;
  if (headers.csp === 'none' || !headers.cspReportOnly) return null;
  const where =
    headers.csp === 'cloudfront' ? 'CloudFront’s response headers policy' : `Django (SECURE_CSP_REPORT_ONLY)`;
  return {
    id: 'csp-enforce-after-testing',
    severity: 'info',
    message:
      `Content-Security-Policy is report-only, sent by ${where}: browsers report what it would block and block ` +
      'nothing. After the first deploy, open every kind of page, the admin included, with the browser console ' +
      'open (or collect reports with a report-uri); once a week passes with no violation, turn off Report only ' +
      'here and deploy again to enforce it.',
    explanationKey: 'securityHeaders.cspReportOnly',
    field: 'securityHeaders.cspReportOnly',
    fix: { label: 'Enforce the policy', patch: { securityHeaders: { cspReportOnly: false } } },
  };
});

export const HTTPS_RULES: WarningRule[] = [
  sslRedirectNeedsProtoHeader,
  hstsFromCloudFront,
  hstsPreloadRequirements,
  hstsRamp,
  cspNonceOnCachedPages,
  cspReportOnlyRamp,
];
