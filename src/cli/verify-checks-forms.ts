import { FOREIGN_HOST, METHOD_NOT_ALLOWED_TEXT } from './verify-facts';
import {
  fail,
  fetchOnce,
  pass,
  siteUrl,
  skip,
  type VerifyCheck,
  type VerifyContext,
} from './verify-check-types';
import { headerValue, type ProbeResponse } from './verify-http';

/** The csrftoken cookie and the form's token: from the page (csrfmiddlewaretoken) or a JSON answer. */
function csrfPairOf(response: ProbeResponse): { cookie: string; token: string } | null {
  const cookie = (response.headers['set-cookie'] ?? [])
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith('csrftoken='));
  const token =
    /name=["']csrfmiddlewaretoken["']\s+value=["']([^"']+)["']/.exec(response.body)?.[1] ??
    /value=["']([^"']+)["']\s+name=["']csrfmiddlewaretoken["']/.exec(response.body)?.[1] ??
    /"csrf_token"\s*:\s*"([^"]+)"/.exec(response.body)?.[1];
  return cookie === undefined || token === undefined ? null : { cookie, token };
}

/** Django's reason for a CSRF 403, where the page shows it (DEBUG, or a CSRF_FAILURE_VIEW that reports it). */
function csrfReasonOf(response: ProbeResponse): string {
  const match =
    /(Origin checking failed[^<"\n]*|Referer checking failed[^<"\n]*|CSRF cookie not set\.?|CSRF token (?:missing|incorrect)[^<"\n]*)/.exec(
      response.body,
    );
  if (match) return match[1]!.replace(/\\u2013/g, '–').trim();
  if (response.body.includes(METHOD_NOT_ALLOWED_TEXT))
    return 'CloudFront does not allow POST on this behaviour';
  return headerValue(response, 'x-edge-emulator-reason') ?? 'no reason shown (Django shows it with DEBUG on)';
}

function postForm(context: VerifyContext, pair: { cookie: string; token: string }, origin: string) {
  const url = siteUrl(context, context.formPath);
  return context.prober.send({
    method: 'POST',
    url,
    headers: {
      origin,
      referer: url.href,
      cookie: pair.cookie,
      'content-type': 'application/x-www-form-urlencoded',
    },
    // The token only: no credentials, so a login form just answers "invalid".
    body: `csrfmiddlewaretoken=${encodeURIComponent(pair.token)}`,
  });
}

export const csrfPost: VerifyCheck = {
  id: 'csrf-post',
  title: 'A CSRF-protected POST works from the site and fails from a foreign Origin',
  async run(context) {
    const page = await fetchOnce(context, 'form', { method: 'GET', url: siteUrl(context, context.formPath) });
    const pair = csrfPairOf(page);
    if (pair === null)
      return skip(
        `${context.formPath} (${page.status}) hands out no CSRF cookie and token: give --form PATH of a page with a Django form (e.g. /accounts/login/)`,
      );
    const own = `https://${context.url.host}`;
    const fromSite = await postForm(context, pair, own);
    context.cache.set('post-own', Promise.resolve(fromSite));
    if (fromSite.status >= 400)
      return fail(
        `a POST to ${context.formPath} with Origin ${own} answers ${fromSite.status}: ${csrfReasonOf(fromSite)}`,
        fromSite.body.includes(METHOD_NOT_ALLOWED_TEXT)
          ? 'the Django behaviour’s allowed methods: all seven (the wizard always sets them)'
          : 'Django: SECURE_PROXY_SSL_HEADER and USE_X_FORWARDED_HOST, so Django sees https://' +
              context.url.host +
              ' (django/cloudfront_settings.py); CSRF_TRUSTED_ORIGINS with the scheme',
      );
    const foreign = `https://${FOREIGN_HOST}`;
    const fromElsewhere = await postForm(context, pair, foreign);
    if (fromElsewhere.status !== 403)
      return fail(
        `a POST with Origin ${foreign} answers ${fromElsewhere.status}: Django accepted a cross-site form post`,
        'Django: CSRF_TRUSTED_ORIGINS lists only your own https:// origins (django/cloudfront_settings.py), and CsrfViewMiddleware is in MIDDLEWARE',
      );
    return pass(
      `POST from ${own} answers ${fromSite.status}; from ${foreign} 403 (${csrfReasonOf(fromElsewhere)})`,
    );
  },
};

export const allowedMethods: VerifyCheck = {
  id: 'allowed-methods',
  title: 'Allowed methods',
  async run(context) {
    const options = await context.prober.send({ method: 'OPTIONS', url: context.url });
    if (options.status === 403 && options.body.includes(METHOD_NOT_ALLOWED_TEXT))
      return fail(
        'CloudFront refuses OPTIONS on this behaviour',
        'the Django behaviour’s allowed methods: all seven (the wizard always sets them)',
      );
    const post = await (context.cache.get('post-own') ?? Promise.resolve(null));
    if (post === null)
      return pass(`OPTIONS reaches the origin (${options.status}); POST was not tried (no form)`);
    if (post.body.includes(METHOD_NOT_ALLOWED_TEXT))
      return fail(
        'CloudFront refuses POST on this behaviour',
        'the Django behaviour’s allowed methods: all seven (the wizard always sets them)',
      );
    // CloudFront offers three method sets; only the full one holds POST, so PUT, PATCH and DELETE are allowed too.
    return pass(
      `OPTIONS (${options.status}) and POST (${post.status}) reach the origin: the behaviour allows all seven methods`,
    );
  },
};
