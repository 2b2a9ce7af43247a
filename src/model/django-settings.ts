import type { Config, OriginType } from '../config/schema';
import { allDomains } from '../config/schema';

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
  envVar: typeof ORIGIN_SECRET_ENV_VAR;
  /** Paths answered without the secret (e.g. a load balancer health check); empty by default. */
  exemptPaths: string[];
}

/** The environment variable the middleware and the emulator read the shared secret from. */
export const ORIGIN_SECRET_ENV_VAR = 'CLOUDFRONT_ORIGIN_SECRET';

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
  switch (type) {
    case 'apigw-http':
      return 'API Gateway (HTTP API) sets X-Forwarded-Proto: https on every request it passes to Django';
    case 'apigw-rest':
      return 'API Gateway (REST API, Regional) sets X-Forwarded-Proto: https on every request it passes to Django';
    case 'lambda-url':
      return 'the Lambda function URL (HTTPS only) sets X-Forwarded-Proto: https on every request';
    case 'alb':
      return 'the ALB sets X-Forwarded-Proto from the listener CloudFront connects to, which is HTTPS (origin protocol https-only)';
    case 'custom-https':
      return 'the server in front of Django (nginx, Caddy, a load balancer) must set X-Forwarded-Proto from the connection it received, which is HTTPS, and never pass on a client’s value';
  }
}

export const ORIGIN_LABELS: Record<OriginType, string> = {
  'apigw-http': 'API Gateway HTTP API',
  'apigw-rest': 'API Gateway REST API',
  'lambda-url': 'Lambda function URL',
  alb: 'Application Load Balancer',
  'custom-https': 'HTTPS origin',
};
