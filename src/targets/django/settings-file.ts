import { ORIGINS, type Config } from '../../config/schema';
import { pyLiteral, pyString } from '../emit/python';
import { djangoSettingsFor, protoSetterOf, type DjangoProxySettings } from '../../model/django-settings';

/** One assignment in cloudfront_settings.py: the Python expression is built by the emitter, never by hand. */
interface SettingLine {
  name: string;
  python: string;
  /** Why this value (rendered as `#` comment lines above the assignment). */
  why: string;
}

export const SETTINGS_FILE = 'django/cloudfront_settings.py';
/** The dotted path the settings file exports for MIDDLEWARE when origin protection is on. */
export const MIDDLEWARE_SETTING = 'CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE';
export const EXEMPT_PATHS_SETTING = 'CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS';

export function settingLinesFor(config: Config, settings: DjangoProxySettings): SettingLine[] {
  const viaFunction = settings.useXForwardedHost;
  const lines: SettingLine[] = [
    {
      name: 'ALLOWED_HOSTS',
      python: pyLiteral(settings.allowedHosts),
      why: viaFunction
        ? `The public names only, never "*". Django checks the X-Forwarded-Host the CloudFront Function writes, so the origin's own name (${config.origin.endpoint}) is not listed: a request that goes round CloudFront to it is refused (400).`
        : 'The public names only, never "*". CloudFront forwards the viewer’s Host unchanged (origin request policy AllViewer), so these are the names Django sees.',
    },
    {
      name: 'USE_X_FORWARDED_HOST',
      python: pyLiteral(settings.useXForwardedHost),
      why: viaFunction
        ? 'Host is the origin’s own name (CloudFront sends it; API Gateway and Lambda URLs refuse any other); the CloudFront Function overwrites X-Forwarded-Host with the viewer’s Host on every request, so get_host() can trust it.'
        : 'The viewer’s Host itself arrives, and a viewer-sent X-Forwarded-Host is forwarded unfiltered: Django must not read it.',
    },
    {
      name: 'SECURE_PROXY_SSL_HEADER',
      python: settings.secureProxySslHeader
        ? `(${pyString(settings.secureProxySslHeader.metaKey)}, ${pyString(settings.secureProxySslHeader.value)})`
        : 'None',
      why: `is_secure() from X-Forwarded-Proto: CloudFront removes any X-Forwarded-Proto a viewer sends and ${protoSetterOf(config.origin.type)}. Without it CSRF rejects HTTPS form posts and SECURE_SSL_REDIRECT loops.`,
    },
    {
      name: 'CSRF_TRUSTED_ORIGINS',
      python: pyLiteral(settings.csrfTrustedOrigins),
      why: 'Origins whose form posts Django accepts (scheme included, Django 4.0+). Same-site posts already match https://<get_host()>; this lets a page on one public name post to another.',
    },
    {
      name: 'SESSION_COOKIE_SECURE',
      python: pyLiteral(settings.sessionCookieSecure),
      why: 'Viewers reach the site only over HTTPS (CloudFront redirects http), so the session cookie is never sent in clear.',
    },
    {
      name: 'CSRF_COOKIE_SECURE',
      python: pyLiteral(settings.csrfCookieSecure),
      why: 'Same for the CSRF cookie.',
    },
    {
      name: 'SECURE_SSL_REDIRECT',
      python: pyLiteral(settings.secureSslRedirect),
      why: settings.secureSslRedirect
        ? 'Django redirects http to https as well as CloudFront; no loop, because SECURE_PROXY_SSL_HEADER makes is_secure() true for every request that came through CloudFront.'
        : 'CloudFront already redirects http to https (viewer protocol policy redirect-to-https), so Django never sees a plain-http viewer request.',
    },
    ...hstsLines(settings),
  ];
  if (settings.staticUrl !== null) {
    lines.push({
      name: 'STATIC_URL',
      python: pyString(settings.staticUrl),
      why: `Matches the CloudFront behaviour ${config.staticFiles.pathPattern} (cached with CachingOptimized); use hashed names (ManifestStaticFilesStorage) so a new deploy never serves stale files.`,
    });
  }
  if (settings.mediaUrl !== null) {
    lines.push({
      name: 'MEDIA_URL',
      python: pyString(settings.mediaUrl),
      why: `Matches the CloudFront behaviour ${config.mediaFiles.pathPattern}.`,
    });
  }
  if (settings.originVerify !== null) {
    lines.push(
      {
        name: MIDDLEWARE_SETTING,
        python: `".".join(filter(None, [__package__, "origin_verify", "OriginVerifyMiddleware"]))`,
        why: `Put this FIRST in MIDDLEWARE (README.md): it answers 403 to any request without CloudFront's secret ${settings.originVerify.headerName} header, before anything else runs.`,
      },
      {
        name: EXEMPT_PATHS_SETTING,
        python: pyLiteral(settings.originVerify.exemptPaths),
        why: 'Paths served without the secret header, e.g. "/healthz" for load balancer health checks, which come straight from the load balancer. Anyone who finds the origin can reach them.',
      },
    );
  }
  return lines;
}

function hstsLines(settings: DjangoProxySettings): SettingLine[] {
  if (settings.hsts === null) {
    return [
      {
        name: 'SECURE_HSTS_SECONDS',
        python: '0',
        why: 'CloudFront’s response headers policy already sends Strict-Transport-Security; 0 keeps Django from sending a second, possibly conflicting one.',
      },
    ];
  }
  return [
    {
      name: 'SECURE_HSTS_SECONDS',
      python: pyLiteral(settings.hsts.seconds),
      why: 'CloudFront adds no security headers (security headers: none), so Django sends Strict-Transport-Security itself, on HTTPS responses only.',
    },
    {
      name: 'SECURE_HSTS_INCLUDE_SUBDOMAINS',
      python: pyLiteral(settings.hsts.includeSubdomains),
      why: 'As chosen in the wizard: every subdomain must serve HTTPS before this is turned on.',
    },
    {
      name: 'SECURE_HSTS_PRELOAD',
      python: pyLiteral(settings.hsts.preload),
      why: 'As chosen in the wizard: preload lists need includeSubDomains and a max-age of at least a year.',
    },
  ];
}

/** `# ` comment lines of at most ~110 characters. */
export function commentLines(text: string, width = 108): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      out.push(`# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(`# ${line}`);
  return out;
}

export function settingsFileContents(config: Config): string {
  const settings = djangoSettingsFor(config);
  const header = [
    `# Generated by CloudFront Django Wizard for ${config.domains.primary} (origin: ${ORIGINS[config.origin.type].label}).`,
    '# Import it at the END of settings.py, so these values win:  from .cloudfront_settings import *',
    '# Each value says why; README.md beside this file explains the whole request path.',
    '',
  ];
  const body = settingLinesFor(config, settings).flatMap((line) => [
    ...commentLines(line.why),
    `${line.name} = ${line.python}`,
    '',
  ]);
  return [...header, ...body].join('\n');
}
