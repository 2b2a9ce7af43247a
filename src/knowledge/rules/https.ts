import { originOf } from '../conditions';
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

export const hstsFromCloudFront: WarningRule = singleWarning((config) => {
  const mode = config.securityHeaders.mode;
  if (mode === 'none') return null;
  return {
    id: 'hsts-set-by-cloudfront',
    severity: 'info',
    message:
      mode === 'custom'
        ? 'CloudFront sends Strict-Transport-Security with your values and overrides Django’s, so the generated ' +
          'settings keep SECURE_HSTS_SECONDS = 0: one place decides.'
        : 'The managed SecurityHeadersPolicy adds Strict-Transport-Security but keeps a value Django sends; the ' +
          'generated settings keep SECURE_HSTS_SECONDS = 0 so CloudFront’s value is the only one.',
    explanationKey: 'generated.django.hsts',
    field: 'securityHeaders.mode',
  };
});

/** Browsers' preload lists only take max-age of a year or more with includeSubDomains. */
const PRELOAD_MIN_MAX_AGE = 31_536_000;

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

export const HTTPS_RULES: WarningRule[] = [
  sslRedirectNeedsProtoHeader,
  hstsFromCloudFront,
  hstsPreloadRequirements,
];
