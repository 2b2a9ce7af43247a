import type { Config, OriginType } from '../config/schema';
import { allDomains, ORIGINS } from '../config/schema';
import { cspDirectives, type CspDirective } from '../config/csp';
import type { CspHeaderPlan } from './deployment';
import { djangoReleaseOf, type DjangoRelease, type SilencedCheck } from './django-release';
import { cspHeaderFor } from './distribution';

/**
 * The Django settings a Config asks for, as values: `cloudfront_settings.py` renders them and the edge model
 * (src/edge) reads them to predict what `get_host()`, `is_secure()` and the CSRF check will say. One source, so
 * the trace view, the emulator tests and the generated file cannot disagree.
 */
export interface DjangoProxySettings {
  allowedHosts: string[];
  useXForwardedHost: boolean;
  /** Django's SECURE_PROXY_SSL_HEADER: the header, its META key and the value that means HTTPS; null = not set. */
  secureProxySslHeader: { header: string; metaKey: string; value: string } | null;
  csrfTrustedOrigins: string[];
  sessionCookieSecure: boolean;
  csrfCookieSecure: boolean;
  secureSslRedirect: boolean;
  /** Django sends HSTS itself only when CloudFront does not (security headers mode none); null = 0 seconds. */
  hsts: { seconds: number; includeSubdomains: boolean; preload: boolean } | null;
  /** Django 6's built-in CSP, when Django is the one place that sends it; null when CloudFront does, or nobody. */
  csp: DjangoCspSettings | null;
  /** STATIC_URL and the behaviour it matches; null when CloudFront has no static files behaviour. */
  staticFiles: DjangoFilesRoute | null;
  /** MEDIA_URL and the behaviour it matches; null when CloudFront has no media files behaviour. */
  mediaFiles: DjangoFilesRoute | null;
  originVerify: OriginVerifySettings | null;
  /** The app origin in front of Django, in the words the settings comments and the README use. */
  origin: DjangoAppOrigin;
  /** The Django release: the requirements line, its Python versions, built-in CSP. */
  release: DjangoRelease;
  /** `check --deploy` warnings the deployment covers elsewhere, each with what covers it. */
  silencedChecks: SilencedCheck[];
}

/** Django 6.0+'s SECURE_CSP (enforced) or SECURE_CSP_REPORT_ONLY, and the middleware that sends it. */
export interface DjangoCspSettings {
  setting: 'SECURE_CSP' | 'SECURE_CSP_REPORT_ONLY';
  /** The header the middleware sends (the same as CloudFront's would be). */
  header: CspHeaderPlan;
  /** The setting's dict: each directive's values (a directive with none is `True`, e.g. upgrade-insecure-requests). */
  directives: CspDirective[];
  middleware: typeof CSP_MIDDLEWARE;
}

/** Django 6.0's CSP middleware (django.middleware.csp). */
export const CSP_MIDDLEWARE = 'django.middleware.csp.ContentSecurityPolicyMiddleware';

/** A files behaviour as Django sees it (its origin and cache policy are the behaviour's, in the distribution). */
export interface DjangoFilesRoute {
  /** STATIC_URL / MEDIA_URL: the path pattern's prefix with a trailing slash (`/static/*` → `/static/`). */
  url: string;
  /** The path pattern of the distribution's behaviour for these files. */
  pathPattern: string;
}

/**
 * What the origin type means for Django, from its descriptor (config/origins): targets print these words and
 * never read the descriptor table. The origin's host name and path are `Deployment.distribution.origins` (App).
 */
export interface DjangoAppOrigin {
  /** The origin type's label, e.g. "API Gateway HTTP API". */
  label: string;
  /** Who sets X-Forwarded-Proto in front of Django, in words (a clause that follows "and"). */
  protoSetBy: string;
  /** The status the origin answers to a Host that is not its own (API Gateway, Lambda URLs: 403); null = any Host. */
  foreignHostStatus: number | null;
  /** Why nothing but CloudFront can reach the origin (a VPC origin), or null when its address is public. */
  privateBecause: string | null;
  /**
   * What the origin does with a non-empty origin path before Django sees the request: 'stripped' (REST API
   * stage: the proxy event carries the path without it), 'kept' (HTTP API named stage: the adapter must strip
   * it), 'none' (no stage: the origin passes the path on as CloudFront sent it, origin path included).
   */
  stageInPath: 'stripped' | 'kept' | 'none';
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
  // A private origin's Django trusts the header CloudFront itself adds; any other the origin's X-Forwarded-Proto.
  const protoHeader =
    ORIGINS[config.origin.type].forwardedHeaders.cloudFrontProtoHeader ?? FORWARDED_PROTO_HEADER;
  return {
    allowedHosts: domains,
    useXForwardedHost: config.origin.hostStrategy === 'x-forwarded-host-function',
    secureProxySslHeader: { header: protoHeader, metaKey: metaKeyOf(protoHeader), value: 'https' },
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
    csp: security.csp === 'django' ? djangoCspFor(config) : null,
    staticFiles: filesRouteOf(config.staticFiles),
    mediaFiles: filesRouteOf(config.mediaFiles),
    originVerify: config.originProtection.secretHeader
      ? {
          headerName: config.originProtection.headerName,
          metaKey: metaKeyOf(config.originProtection.headerName),
          envVar: ORIGIN_SECRET_ENV_VAR,
          previousEnvVar: PREVIOUS_ORIGIN_SECRET_ENV_VAR,
          exemptPaths: [],
        }
      : null,
    origin: appOriginOf(config.origin.type),
    release: djangoReleaseOf(config),
    silencedChecks: silencedChecksFor(config),
  };
}

/**
 * What `manage.py check --deploy` warns about that this deployment covers (security.* ids, Django's check
 * reference): HSTS when CloudFront's response headers policy sends it, SSL redirect when CloudFront redirects,
 * and, when Django sends HSTS, the subdomain and preload choices made in the wizard.
 * https://docs.djangoproject.com/en/5.2/ref/checks/#security
 */
function silencedChecksFor(config: Config): SilencedCheck[] {
  const checks: SilencedCheck[] = [];
  const headers = config.securityHeaders;
  if (headers.mode !== 'none') {
    checks.push({
      id: 'security.W004',
      coveredBy: `CloudFront's ${headers.mode === 'managed' ? 'managed SecurityHeadersPolicy' : 'response headers policy'} sends Strict-Transport-Security on every response, so SECURE_HSTS_SECONDS stays 0 (one HSTS header, from one place)`,
    });
  } else if (headers.hstsMaxAgeSeconds > 0) {
    if (!headers.hstsIncludeSubdomains)
      checks.push({
        id: 'security.W005',
        coveredBy:
          'includeSubDomains is off as chosen in the wizard (HSTS: Include subdomains): turn it on there once every subdomain serves HTTPS',
      });
    if (!headers.hstsPreload)
      checks.push({
        id: 'security.W021',
        coveredBy: 'preload is off as chosen in the wizard (HSTS: Preload): a deliberate, hard-to-undo step',
      });
  } else {
    checks.push({
      id: 'security.W004',
      coveredBy: 'HSTS max-age 0 as chosen in the wizard: no Strict-Transport-Security from anywhere',
    });
  }
  if (!config.django.secureSslRedirect) {
    checks.push({
      id: 'security.W008',
      coveredBy:
        "CloudFront's viewer protocol policy redirect-to-https answers every plain-HTTP request with a redirect before it reaches Django",
    });
  }
  return checks;
}

function djangoCspFor(config: Config): DjangoCspSettings {
  const header = cspHeaderFor(config);
  return {
    setting: header.reportOnly ? 'SECURE_CSP_REPORT_ONLY' : 'SECURE_CSP',
    header,
    directives: cspDirectives(config.securityHeaders.cspPolicy),
    middleware: CSP_MIDDLEWARE,
  };
}

function filesRouteOf(files: Config['staticFiles'] | Config['mediaFiles']): DjangoFilesRoute | null {
  if (!files.enabled) return null;
  return { url: urlPrefixOf(files.pathPattern), pathPattern: files.pathPattern };
}

function appOriginOf(type: OriginType): DjangoAppOrigin {
  const descriptor = ORIGINS[type];
  return {
    label: descriptor.label,
    protoSetBy: descriptor.forwardedHeaders.protoSetBy,
    foreignHostStatus: descriptor.foreignHost?.response.status ?? null,
    privateBecause: descriptor.privateOrigin?.reason ?? null,
    stageInPath: descriptor.stageInPath,
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
