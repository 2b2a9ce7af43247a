import type { Config, OriginType } from '../config/schema';
import { allDomains, ORIGINS } from '../config/schema';

/**
 * The Django settings a Config asks for, as values: `cloudfront_settings.py` renders them and the edge model
 * (src/edge) reads them to predict what `get_host()`, `is_secure()` and the CSRF check will say. One source, so
 * the trace view, the emulator tests and the generated file cannot disagree.
 */
export interface DjangoProxySettings {
  allowedHosts: string[];
  useXForwardedHost: boolean;
  /** Django's SECURE_PROXY_SSL_HEADER: the META key and the value that means HTTPS; null = not set. */
  secureProxySslHeader: { metaKey: string; value: string } | null;
  csrfTrustedOrigins: string[];
  sessionCookieSecure: boolean;
  csrfCookieSecure: boolean;
  secureSslRedirect: boolean;
  /** Django sends HSTS itself only when CloudFront does not (security headers mode none); null = 0 seconds. */
  hsts: { seconds: number; includeSubdomains: boolean; preload: boolean } | null;
  staticUrl: string | null;
  mediaUrl: string | null;
  originVerify: OriginVerifySettings | null;
}

export interface OriginVerifySettings {
  /** The header CloudFront adds (origin custom header), as configured. */
  headerName: string;
  /** The same header as Django's request.META key, e.g. HTTP_X_ORIGIN_VERIFY. */
  metaKey: string;
  /** The environment variable holding the current secret (AWSCURRENT in Secrets Manager). */
  envVar: typeof ORIGIN_SECRET_ENV_VAR;
  /** The environment variable holding the previous secret during a rotation (AWSPREVIOUS); may be unset. */
  previousEnvVar: typeof PREVIOUS_ORIGIN_SECRET_ENV_VAR;
  /** Paths answered without the secret (e.g. a load balancer health check); empty by default. */
  exemptPaths: string[];
}

/** The environment variable the middleware and the emulator read the shared secret from: its one name. */
export const ORIGIN_SECRET_ENV_VAR = 'ORIGIN_VERIFY_SECRET';
/** The secret's previous value, accepted too while a rotation is under way. */
export const PREVIOUS_ORIGIN_SECRET_ENV_VAR = 'ORIGIN_VERIFY_SECRET_PREVIOUS';

/** The body of the 403 the origin-verify middleware sends (the emulator and the tests tell this 403 by it). */
export const ORIGIN_VERIFY_REJECTION =
  'Forbidden: this origin only answers requests that come through CloudFront.';

/** What a WSGI server makes of a header name in request.META (RFC 3875 §4.1.18). */
export function metaKeyOf(headerName: string): string {
  return `HTTP_${headerName.toUpperCase().replace(/-/g, '_')}`;
}

/** The one header the proxy SSL setting trusts: set by API Gateway, Lambda URLs, ALBs (never by a viewer). */
export const FORWARDED_PROTO_HEADER = 'X-Forwarded-Proto';

export function djangoSettingsFor(config: Config): DjangoProxySettings {
  const domains = allDomains(config);
  const security = config.securityHeaders;
  return {
    allowedHosts: domains,
    useXForwardedHost: config.origin.hostStrategy === 'x-forwarded-host-function',
    secureProxySslHeader: { metaKey: metaKeyOf(FORWARDED_PROTO_HEADER), value: 'https' },
    csrfTrustedOrigins: domains.map((domain) => `https://${domain}`),
    sessionCookieSecure: true,
    csrfCookieSecure: true,
    secureSslRedirect: config.django.secureSslRedirect,
    hsts:
      security.mode === 'none'
        ? {
            seconds: security.hstsMaxAgeSeconds,
            includeSubdomains: security.hstsIncludeSubdomains,
            preload: security.hstsPreload,
          }
        : null,
    staticUrl: config.staticFiles.enabled ? urlPrefixOf(config.staticFiles.pathPattern) : null,
    mediaUrl: config.mediaFiles.enabled ? urlPrefixOf(config.mediaFiles.pathPattern) : null,
    originVerify: config.originProtection.secretHeader
      ? {
          headerName: config.originProtection.headerName,
          metaKey: metaKeyOf(config.originProtection.headerName),
          envVar: ORIGIN_SECRET_ENV_VAR,
          previousEnvVar: PREVIOUS_ORIGIN_SECRET_ENV_VAR,
          exemptPaths: [],
        }
      : null,
  };
}

/**
 * STATIC_URL/MEDIA_URL for a behaviour's path pattern: `/static/*` → `/static/`. Django wants a trailing slash;
 * `/assets*` becomes `/assets/`, which the pattern still matches.
 */
export function urlPrefixOf(pathPattern: string): string {
  const prefix = pathPattern.replace(/\*$/, '');
  return prefix.endsWith('/') ? prefix : `${prefix}/`;
}

/** The hop in front of Django that sets X-Forwarded-Proto, in words (for comments and explanations). */
export function protoSetterOf(type: OriginType): string {
  return ORIGINS[type].forwardedHeaders.protoSetBy;
}
