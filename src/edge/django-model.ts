import { ORIGIN_VERIFY_REJECTION, type DjangoProxySettings } from '../model/django-settings';
import { SOURCES } from './sources';
import type { DjangoVerdict, Hop, HopNote, HopRequest, HopResponse, Trace } from './types';

/**
 * What Django 5.2 makes of a request, given the generated settings: the middleware order of a default project
 * (origin-verify first, then SecurityMiddleware, CommonMiddleware, CsrfViewMiddleware), with get_host(),
 * is_secure() and the CSRF origin check written after django/http/request.py and django/middleware/csrf.py.
 */

/** django.http.request.host_validation_re */
const HOST_VALIDATION = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::([0-9]+))?$/;
const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** django.utils.http.is_same_domain */
export function isSameDomain(host: string, pattern: string): boolean {
  if (pattern === '') return false;
  const lower = pattern.toLowerCase();
  return lower.startsWith('.') ? host.endsWith(lower) || host === lower.slice(1) : host === lower;
}

/** get_host(): the host, or the DisallowedHost message. */
export function djangoGetHost(
  settings: Pick<DjangoProxySettings, 'allowedHosts' | 'useXForwardedHost'>,
  headers: Record<string, string>,
): { raw: { value: string; from: 'X-Forwarded-Host' | 'Host' }; host: string | null; message: string } {
  const forwarded = headers['x-forwarded-host'];
  const raw =
    settings.useXForwardedHost && forwarded !== undefined
      ? { value: forwarded, from: 'X-Forwarded-Host' as const }
      : { value: headers.host ?? '', from: 'Host' as const };
  const match = HOST_VALIDATION.exec(raw.value.toLowerCase());
  const domain = match ? match[1]!.replace(/\.$/, '') : '';
  if (
    domain !== '' &&
    settings.allowedHosts.some((pattern) => pattern === '*' || isSameDomain(domain, pattern))
  ) {
    return { raw, host: raw.value, message: `${domain} is in ALLOWED_HOSTS` };
  }
  const message =
    domain !== ''
      ? `Invalid HTTP_HOST header: '${raw.value}'. You may need to add '${domain}' to ALLOWED_HOSTS.`
      : `Invalid HTTP_HOST header: '${raw.value}'. The domain name provided is not valid according to RFC 1034/1035.`;
  return { raw, host: null, message };
}

/** is_secure(): from SECURE_PROXY_SSL_HEADER when the header is present, else the server's own scheme. */
export function djangoIsSecure(
  settings: Pick<DjangoProxySettings, 'secureProxySslHeader'>,
  headers: Record<string, string>,
  serverScheme: 'http' | 'https',
): { secure: boolean; because: string } {
  const proxy = settings.secureProxySslHeader;
  if (proxy !== null) {
    const header = proxy.metaKey
      .replace(/^HTTP_/, '')
      .replace(/_/g, '-')
      .toLowerCase();
    const value = headers[header];
    if (value !== undefined) {
      const first = value.split(',')[0]!.trim();
      return {
        secure: first === proxy.value,
        because: `SECURE_PROXY_SSL_HEADER: ${header} is "${first}"`,
      };
    }
    return {
      secure: serverScheme === 'https',
      because: `${header} is absent; the server speaks ${serverScheme}`,
    };
  }
  return {
    secure: serverScheme === 'https',
    because: `No SECURE_PROXY_SSL_HEADER; the server speaks ${serverScheme}`,
  };
}

function csrfCheck(
  settings: DjangoProxySettings,
  headers: Record<string, string>,
  host: string | null,
  secure: boolean,
): { ok: boolean; message: string } {
  const origin = headers.origin;
  const trustedHosts = settings.csrfTrustedOrigins.map((entry) => entry.replace(/^[a-z]+:\/\//, ''));
  if (origin !== undefined) {
    const good = host === null ? null : `${secure ? 'https' : 'http'}://${host}`;
    if (origin !== good && !settings.csrfTrustedOrigins.includes(origin)) {
      return { ok: false, message: `Origin checking failed - ${origin} does not match any trusted origins.` };
    }
  } else if (secure) {
    const referer = headers.referer;
    if (referer === undefined) return { ok: false, message: 'Referer checking failed - no Referer.' };
    let url: URL;
    try {
      url = new URL(referer);
    } catch {
      return { ok: false, message: 'Referer checking failed - Referer is malformed.' };
    }
    if (url.protocol !== 'https:') {
      return { ok: false, message: 'Referer checking failed - Referer is insecure while host is secure.' };
    }
    const ok =
      (host !== null && isSameDomain(url.host, host)) || trustedHosts.some((h) => isSameDomain(url.host, h));
    if (!ok)
      return {
        ok: false,
        message: `Referer checking failed - ${referer} does not match any trusted origins.`,
      };
  }
  if (!/(?:^|;\s*)csrftoken=/.test(headers.cookie ?? ''))
    return { ok: false, message: 'CSRF cookie not set.' };
  return {
    ok: true,
    message: 'Origin/Referer and cookie checks pass (the token in the form is checked as well).',
  };
}

export interface DjangoJudgement {
  verdict: DjangoVerdict;
  response: HopResponse;
  notes: HopNote[];
}

export function judgeDjango(
  settings: DjangoProxySettings,
  request: HopRequest,
  options: { expectedSecret: string; serverScheme?: 'http' | 'https' },
): DjangoJudgement {
  const headers = request.headers;
  const hostResult = djangoGetHost(settings, headers);
  const secure = djangoIsSecure(settings, headers, options.serverScheme ?? 'http');
  const fullPath = `${request.path}${request.query ? `?${request.query}` : ''}`;
  const verdict: DjangoVerdict = {
    host: hostResult.host,
    rawHost: hostResult.raw,
    allowedHosts: { ok: hostResult.host !== null, message: hostResult.message },
    isSecure: secure.secure,
    isSecureBecause: secure.because,
    absoluteUri:
      hostResult.host === null ? null : `${secure.secure ? 'https' : 'http'}://${hostResult.host}${fullPath}`,
    csrf: null,
    originVerify: null,
    status: 200,
  };
  const notes: HopNote[] = [
    {
      text: `get_host() reads ${hostResult.raw.from}: "${hostResult.raw.value}".`,
      source: SOURCES.djangoForwardedHost,
    },
    { text: `is_secure() is ${secure.secure}: ${secure.because}.`, source: SOURCES.djangoProxySsl },
  ];
  const answer = (status: number, body: string, reason: string, source: string): DjangoJudgement => {
    verdict.status = status;
    return { verdict, notes, response: { status, body, reason, source } };
  };

  const verify = settings.originVerify;
  if (verify !== null && !verify.exemptPaths.includes(request.path)) {
    const header = verify.headerName.toLowerCase();
    const ok = headers[header] !== undefined && headers[header] === options.expectedSecret;
    verdict.originVerify = {
      ok,
      message: ok ? `${verify.headerName} carries the secret` : `${verify.headerName} is missing or wrong`,
    };
    if (!ok)
      return answer(403, ORIGIN_VERIFY_REJECTION, verdict.originVerify.message, SOURCES.originCustomHeaders);
  }
  if (settings.secureSslRedirect && !secure.secure) {
    if (hostResult.host === null)
      return answer(400, 'Bad Request (400)', hostResult.message, SOURCES.djangoAllowedHosts);
    return answer(
      301,
      '',
      `SECURE_SSL_REDIRECT with is_secure() false: Django redirects to https://${hostResult.host}${fullPath}, which comes back through CloudFront the same way: a redirect loop`,
      SOURCES.djangoSslRedirect,
    );
  }
  if (hostResult.host === null)
    return answer(400, 'Bad Request (400)', hostResult.message, SOURCES.djangoAllowedHosts);
  if (UNSAFE_METHODS.includes(request.method)) {
    verdict.csrf = csrfCheck(settings, headers, hostResult.host, secure.secure);
    if (!verdict.csrf.ok)
      return answer(
        403,
        'Forbidden (403) CSRF verification failed.',
        verdict.csrf.message,
        SOURCES.djangoCsrf,
      );
  }
  return answer(200, '', 'The view runs', SOURCES.djangoGetHost);
}

/**
 * The last hop of a request that reached Django: judged with `settings`, pushed onto `hops`, and the trace's
 * ending (who answered, the response, what Django saw). The caller adds its cache verdict and behaviour.
 */
export function endAtDjango(
  hops: Hop[],
  settings: DjangoProxySettings,
  request: HopRequest,
  options: { expectedSecret: string },
): Pick<Trace, 'hops' | 'answeredBy' | 'response' | 'djangoRequest' | 'django'> {
  const judged = judgeDjango(settings, request, options);
  hops.push({
    id: 'django',
    title: 'Django',
    request,
    changes: [],
    notes: judged.notes,
    response: judged.response,
  });
  return {
    hops,
    answeredBy: judged.response.status === 200 ? null : 'django',
    response: judged.response,
    djangoRequest: request,
    django: judged.verdict,
  };
}
