import type { ExistingSetup, SettingValue } from '../import';
import { FORWARDED_PROTO_HEADER, metaKeyOf, type DjangoProxySettings } from '../model/django-settings';
import { djangoRelease } from '../model/django-release';
import { forwardsViewerHost } from '../import';

/** Django's settings as the existing setup has them, for the request flow, and what had to be assumed. */
export interface ExistingDjango {
  settings: DjangoProxySettings;
  /** Each setting not known from the pasted text, with the value the trace assumed. */
  assumptions: string[];
  /** True when no settings were pasted: every value is what this distribution needs. */
  assumedAll: boolean;
}

/** Django's own defaults (django/conf/global_settings.py) for the settings the request flow reads. */
const DJANGO_DEFAULTS = {
  allowedHosts: [] as string[],
  useXForwardedHost: false,
  secureProxySslHeader: null,
  csrfTrustedOrigins: [] as string[],
  secureSslRedirect: false,
};

/** ALLOWED_HOSTS Django checks against when DEBUG is True and ALLOWED_HOSTS is empty. */
const DEBUG_ALLOWED_HOSTS = ['.localhost', '127.0.0.1', '[::1]'];

function literal<T>(value: SettingValue<T> | undefined): T | undefined {
  return value?.kind === 'literal' ? value.value : undefined;
}

/**
 * The DjangoProxySettings the request flow judges with: the pasted literals, Django's defaults for settings
 * not pasted, and, for settings computed at run time (or when nothing was pasted), the value this distribution
 * needs: the public names as ALLOWED_HOSTS, X-Forwarded-Host trusted when the origin gets its own Host.
 */
export function existingDjangoSettings(setup: ExistingSetup): ExistingDjango {
  const aliases = setup.distribution.aliases.filter((alias) => !alias.includes('*'));
  const hostForwarded = forwardsViewerHost(setup.distribution.defaultBehaviour);
  const needed = {
    allowedHosts: aliases,
    useXForwardedHost: !hostForwarded,
    secureProxySslHeader: [metaKeyOf(FORWARDED_PROTO_HEADER), 'https'] as [string, string],
    csrfTrustedOrigins: aliases.map((alias) => `https://${alias}`),
    secureSslRedirect: false,
  };
  const pasted = setup.django;
  const assumptions: string[] = [];
  const pick = <K extends keyof typeof needed>(
    key: K,
    name: string,
    given: SettingValue<(typeof needed)[K]> | undefined,
  ): (typeof needed)[K] => {
    if (pasted === null) return needed[key];
    const value = literal(given);
    if (value !== undefined) return value;
    if (given?.kind === 'computed') {
      assumptions.push(`${name} is computed (${given.source}): taken as ${JSON.stringify(needed[key])}`);
      return needed[key];
    }
    return DJANGO_DEFAULTS[key] as unknown as (typeof needed)[K];
  };
  let allowedHosts = pick('allowedHosts', 'ALLOWED_HOSTS', pasted?.allowedHosts);
  if (pasted !== null && allowedHosts.length === 0 && literal(pasted.debug) === true)
    allowedHosts = DEBUG_ALLOWED_HOSTS;
  const proxy =
    pasted === null
      ? needed.secureProxySslHeader
      : pick('secureProxySslHeader', 'SECURE_PROXY_SSL_HEADER', pasted.secureProxySslHeader as never);
  const hsts = literal(pasted?.secureHstsSeconds) ?? 0;
  const settings: DjangoProxySettings = {
    // An existing project's Django release is not in the export: judged as the LTS, nothing silenced.
    release: djangoRelease('5.2'),
    silencedChecks: [],
    allowedHosts,
    useXForwardedHost: pick('useXForwardedHost', 'USE_X_FORWARDED_HOST', pasted?.useXForwardedHost),
    secureProxySslHeader:
      proxy === null ? null : { header: headerOfMetaKey(proxy[0]), metaKey: proxy[0], value: proxy[1] },
    csrfTrustedOrigins: pick('csrfTrustedOrigins', 'CSRF_TRUSTED_ORIGINS', pasted?.csrfTrustedOrigins),
    sessionCookieSecure: literal(pasted?.sessionCookieSecure) ?? pasted === null,
    csrfCookieSecure: literal(pasted?.csrfCookieSecure) ?? pasted === null,
    secureSslRedirect: pick('secureSslRedirect', 'SECURE_SSL_REDIRECT', pasted?.secureSslRedirect),
    hsts: hsts > 0 ? { seconds: hsts, includeSubdomains: false, preload: false } : null,
    // Judged as the LTS, which has no built-in CSP.
    csp: null,
    staticFiles: null,
    mediaFiles: null,
    // Whether the existing Django checks a secret header is not in its settings: the trace does not assume it.
    originVerify: null,
    origin: { label: '', protoSetBy: '', foreignHostStatus: null, stageInPath: 'none', privateBecause: null },
  };
  if (pasted === null)
    assumptions.push(
      `no Django settings were given: judged with what this distribution needs (ALLOWED_HOSTS = ${JSON.stringify(aliases)}, USE_X_FORWARDED_HOST = ${hostForwarded ? 'False' : 'True'}, SECURE_PROXY_SSL_HEADER = X-Forwarded-Proto https)`,
    );
  return { settings, assumptions, assumedAll: pasted === null };
}

/** `HTTP_X_FORWARDED_PROTO` → `X-Forwarded-Proto`: the header a request.META key stands for. */
function headerOfMetaKey(metaKey: string): string {
  return metaKey
    .replace(/^HTTP_/, '')
    .split('_')
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join('-');
}
