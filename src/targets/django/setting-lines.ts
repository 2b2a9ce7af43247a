import type { Deployment, GeneratedKey } from '../../model';
import type { DjangoFilesRoute, DjangoProxySettings } from '../../model/django-settings';
import { pyLiteral, pyString } from '../emit/python';
import { directRequestSentences, EXEMPT_PATHS_SETTING } from './direct-requests';
import { appOriginOf, behaviourFor, cachePolicyLabel } from './read-deployment';

/** One assignment in cloudfront_settings.py: the Python expression is built by the emitter, never by hand. */
export interface SettingLine {
  name: string;
  python: string;
  /** Why this value (rendered as `#` comment lines above the assignment). */
  why: string;
  /** The explanations the assignment's line carries. */
  keys: GeneratedKey[];
}

/** The dotted path the settings file exports for MIDDLEWARE when origin protection is on. */
export const MIDDLEWARE_SETTING = 'CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE';

/** Every assignment of cloudfront_settings.py, in file order, printed from `deployment.django`. */
export function settingLinesFor(deployment: Deployment): SettingLine[] {
  const settings = deployment.django;
  const viaFunction = settings.useXForwardedHost;
  const endpoint = appOriginOf(deployment).domainName;
  const lines: SettingLine[] = [
    {
      name: 'ALLOWED_HOSTS',
      python: pyLiteral(settings.allowedHosts),
      why: [
        viaFunction
          ? `The public names only, never "*". Django checks the X-Forwarded-Host the CloudFront Function writes, so the origin's own name (${endpoint}) is not listed.`
          : 'The public names only, never "*". CloudFront forwards the viewer’s Host unchanged (origin request policy AllViewer), so these are the names Django sees.',
        ...directRequestSentences(deployment),
      ].join(' '),
      keys: ['generated.django.allowedHosts'],
    },
    {
      name: 'USE_X_FORWARDED_HOST',
      python: pyLiteral(settings.useXForwardedHost),
      why: viaFunction
        ? 'Host is the origin’s own name (CloudFront sends it; API Gateway and Lambda URLs refuse any other); the CloudFront Function overwrites X-Forwarded-Host with the viewer’s Host on every request through CloudFront, so get_host() can trust it there.'
        : 'The viewer’s Host itself arrives, and a viewer-sent X-Forwarded-Host is forwarded unfiltered: Django must not read it.',
      keys: ['generated.django.useXForwardedHost'],
    },
    {
      name: 'SECURE_PROXY_SSL_HEADER',
      python: settings.secureProxySslHeader
        ? `(${pyString(settings.secureProxySslHeader.metaKey)}, ${pyString(settings.secureProxySslHeader.value)})`
        : 'None',
      why:
        settings.secureProxySslHeader !== null && settings.secureProxySslHeader.header !== 'X-Forwarded-Proto'
          ? `is_secure() from ${settings.secureProxySslHeader.header}: ${settings.origin.protoSetBy}. Nothing but CloudFront reaches the origin, so nobody else can send it. Without it CSRF rejects HTTPS form posts and SECURE_SSL_REDIRECT loops.`
          : `is_secure() from X-Forwarded-Proto: CloudFront removes any X-Forwarded-Proto a viewer sends and ${settings.origin.protoSetBy}. Without it CSRF rejects HTTPS form posts and SECURE_SSL_REDIRECT loops.`,
      keys: ['generated.django.secureProxySslHeader'],
    },
    {
      name: 'CSRF_TRUSTED_ORIGINS',
      python: pyLiteral(settings.csrfTrustedOrigins),
      why: 'Origins whose form posts Django accepts (scheme included, Django 4.0+). Same-site posts already match https://<get_host()>; this lets a page on one public name post to another.',
      keys: ['generated.django.csrfTrustedOrigins'],
    },
    {
      name: 'SESSION_COOKIE_SECURE',
      python: pyLiteral(settings.sessionCookieSecure),
      why: 'Viewers reach the site only over HTTPS (CloudFront redirects http), so the session cookie is never sent in clear.',
      keys: ['generated.django.sessionCookieSecure'],
    },
    {
      name: 'CSRF_COOKIE_SECURE',
      python: pyLiteral(settings.csrfCookieSecure),
      why: 'Same for the CSRF cookie.',
      keys: ['generated.django.csrfCookieSecure'],
    },
    {
      name: 'SECURE_SSL_REDIRECT',
      python: pyLiteral(settings.secureSslRedirect),
      why: settings.secureSslRedirect
        ? 'Django redirects http to https as well as CloudFront; no loop, because SECURE_PROXY_SSL_HEADER makes is_secure() true for every request that came through CloudFront.'
        : 'CloudFront already redirects http to https (viewer protocol policy redirect-to-https), so Django never sees a plain-http viewer request.',
      keys: ['generated.django.secureSslRedirect'],
    },
    ...hstsLines(settings),
    ...cspLines(settings),
    ...filesLines(deployment, 'STATIC_URL', settings.staticFiles),
    ...filesLines(deployment, 'MEDIA_URL', settings.mediaFiles),
    ...silencedChecksLines(settings),
  ];
  if (settings.originVerify !== null) {
    lines.push(
      {
        name: MIDDLEWARE_SETTING,
        python: `".".join(filter(None, [__package__, "origin_verify", "OriginVerifyMiddleware"]))`,
        why: `Put this FIRST in MIDDLEWARE (README.md): it answers 403 to any request without CloudFront's secret ${settings.originVerify.headerName} header, before anything else runs.`,
        keys: ['generated.originSecretHeader'],
      },
      {
        name: EXEMPT_PATHS_SETTING,
        python: pyLiteral(settings.originVerify.exemptPaths),
        why: 'Paths served without the secret header, e.g. "/healthz" for load balancer health checks, which come straight from the load balancer. Anyone who finds the origin can reach them.',
        keys: ['generated.originSecretHeader'],
      },
    );
  }
  return lines;
}

/** `manage.py check --deploy` warnings the deployment covers elsewhere, silenced with what covers each. */
function silencedChecksLines(settings: DjangoProxySettings): SettingLine[] {
  if (settings.silencedChecks.length === 0) return [];
  return [
    {
      name: 'SILENCED_SYSTEM_CHECKS',
      python: pyLiteral(settings.silencedChecks.map((check) => check.id)),
      why: [
        'What `manage.py check --deploy` would warn about that this deployment covers (merge with your own list if settings.py has one):',
        ...settings.silencedChecks.map((check) => `${check.id}: ${check.coveredBy}.`),
      ].join(' '),
      keys: ['generated.django.silencedChecks'],
    },
  ];
}

/** The dotted path the settings file exports for MIDDLEWARE when Django sends CSP. */
export const CSP_MIDDLEWARE_SETTING = 'CLOUDFRONT_CSP_MIDDLEWARE';

/** Django 6's CSP, when Django is the one place that sends it: the policy as a dict, and its middleware. */
function cspLines(settings: DjangoProxySettings): SettingLine[] {
  const csp = settings.csp;
  if (csp === null) return [];
  const keys: GeneratedKey[] = ['generated.django.csp'];
  // A directive without values (upgrade-insecure-requests) is True; "'self'" is what CSP.SELF stands for.
  const policy = Object.fromEntries(
    csp.directives.map(({ name, values }) => [name, values.length === 0 ? true : values]),
  );
  return [
    {
      name: csp.setting,
      python: pyLiteral(policy),
      why: csp.header.reportOnly
        ? 'Django sends Content-Security-Policy-Report-Only (CloudFront sends no CSP): browsers report what it would block and block nothing. Once no page shows a violation, rename this to SECURE_CSP (in the wizard: turn off Report only). Never CSP.NONCE on pages CloudFront caches.'
        : 'Django sends Content-Security-Policy (CloudFront sends no CSP). Never CSP.NONCE on pages CloudFront caches: every visitor would get the cached nonce.',
      keys,
    },
    {
      name: CSP_MIDDLEWARE_SETTING,
      python: pyString(csp.middleware),
      why: 'Add it to MIDDLEWARE (README.md): it sends the policy above on every response that has none yet.',
      keys,
    },
  ];
}

function hstsLines(settings: DjangoProxySettings): SettingLine[] {
  const keys: GeneratedKey[] = ['generated.django.hsts'];
  if (settings.hsts === null) {
    return [
      {
        name: 'SECURE_HSTS_SECONDS',
        python: '0',
        why: 'CloudFront’s response headers policy already sends Strict-Transport-Security; 0 keeps Django from sending a second, possibly conflicting one.',
        keys,
      },
    ];
  }
  return [
    {
      name: 'SECURE_HSTS_SECONDS',
      python: pyLiteral(settings.hsts.seconds),
      why: 'CloudFront adds no security headers (security headers: none), so Django sends Strict-Transport-Security itself, on HTTPS responses only.',
      keys,
    },
    {
      name: 'SECURE_HSTS_INCLUDE_SUBDOMAINS',
      python: pyLiteral(settings.hsts.includeSubdomains),
      why: 'As chosen in the wizard: every subdomain must serve HTTPS before this is turned on.',
      keys,
    },
    {
      name: 'SECURE_HSTS_PRELOAD',
      python: pyLiteral(settings.hsts.preload),
      why: 'As chosen in the wizard: preload lists need includeSubDomains and a max-age of at least a year.',
      keys,
    },
  ];
}

function filesLines(
  deployment: Deployment,
  name: 'STATIC_URL' | 'MEDIA_URL',
  route: DjangoFilesRoute | null,
): SettingLine[] {
  if (route === null) return [];
  const behaviour = behaviourFor(deployment, route.pathPattern);
  const from =
    behaviour.originId === 'App'
      ? 'served by Django’s origin'
      : 'served from the S3 bucket the stack creates';
  const hashed =
    name === 'STATIC_URL'
      ? '; use hashed names (ManifestStaticFilesStorage) so a new deploy never serves stale files'
      : '';
  return [
    {
      name,
      python: pyString(route.url),
      why: `Matches the CloudFront behaviour ${route.pathPattern} (${from}, cached with ${cachePolicyLabel(behaviour)})${hashed}.`,
      keys: [],
    },
  ];
}
