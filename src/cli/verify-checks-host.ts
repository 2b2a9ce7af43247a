import { HOST_CHECK_PATH } from '../bundle/readme/verify';
import { ORIGIN_VERIFY_REJECTION } from '../model/django-settings';
import { FOREIGN_HOST } from './verify-facts';
import {
  fail,
  fetchOnce,
  pass,
  siteUrl,
  skip,
  type CheckResult,
  type VerifyCheck,
  type VerifyContext,
} from './verify-check-types';
import { headerValue, type ProbeResponse } from './verify-http';

function hostCheckOf(response: ProbeResponse): { host: string; scheme: string; secure: boolean } | null {
  if (response.status !== 200) return null;
  try {
    const json = JSON.parse(response.body) as Record<string, unknown>;
    return typeof json.host === 'string'
      ? { host: json.host, scheme: String(json.scheme ?? ''), secure: json.secure === true }
      : null;
  } catch {
    return null;
  }
}

const HOST_FIX =
  'origin.hostStrategy: the CloudFront Function overwrites X-Forwarded-Host with the Host the viewer used; Django: USE_X_FORWARDED_HOST only with that function';

/** The host check without the view: an absolute redirect's host, with and without a spoofed header. */
async function viaRedirect(context: VerifyContext): Promise<CheckResult | null> {
  const plain = await fetchOnce(context, 'page', { method: 'GET', url: context.url });
  const location = headerValue(plain, 'location') ?? '';
  if (!/^https?:\/\//.test(location) || new URL(location).host !== context.url.host) return null;
  const spoofed = await context.prober.send({
    method: 'GET',
    url: context.url,
    headers: { 'x-forwarded-host': FOREIGN_HOST },
  });
  const spoofedLocation = headerValue(spoofed, 'location') ?? '';
  if (spoofedLocation.includes(FOREIGN_HOST))
    return fail(
      `with X-Forwarded-Host: ${FOREIGN_HOST}, the redirect goes to ${spoofedLocation}: Django used the viewer’s header`,
      HOST_FIX,
    );
  return pass(
    `the absolute redirect (${location}) keeps ${context.url.host} when a viewer sends X-Forwarded-Host: ${FOREIGN_HOST}`,
  );
}

export const forwardedHost: VerifyCheck = {
  id: 'forwarded-host',
  title: 'A spoofed X-Forwarded-Host does not change the host Django uses',
  async run(context) {
    const url = siteUrl(context, `/${HOST_CHECK_PATH}`);
    const honest = await fetchOnce(context, 'host-check', { method: 'GET', url });
    const seen = hostCheckOf(honest);
    if (seen === null) {
      if (honest.status === 400)
        return fail(
          `${url.href} answers 400: Django refuses the host it sees (DisallowedHost), not ${context.url.host}`,
          'Django: USE_X_FORWARDED_HOST = True with the X-Forwarded-Host function (origin.hostStrategy), ALLOWED_HOSTS = your domains',
        );
      const redirect = await viaRedirect(context);
      if (redirect !== null) return redirect;
      return skip(
        `no host-check view at /${HOST_CHECK_PATH} (${honest.status}) and no absolute redirect: add the view the bundle README’s “Verify” section shows, for the time of the check`,
      );
    }
    if (seen.host !== context.url.host)
      return fail(`Django sees the host ${seen.host}, not ${context.url.host}`, HOST_FIX);
    if (!seen.secure)
      return fail(
        `Django sees ${context.url.host} over ${seen.scheme || 'http'} (is_secure() is false)`,
        'Django: SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") (django/cloudfront_settings.py)',
      );
    const spoofed = await context.prober.send({
      method: 'GET',
      url,
      headers: { 'x-forwarded-host': FOREIGN_HOST },
    });
    const spoofedSeen = hostCheckOf(spoofed);
    if (spoofedSeen?.host === context.url.host)
      return pass(
        `Django sees ${context.url.host} over https, also when a viewer sends X-Forwarded-Host: ${FOREIGN_HOST}`,
      );
    if (spoofedSeen !== null)
      return fail(
        `with X-Forwarded-Host: ${FOREIGN_HOST}, Django uses the host ${spoofedSeen.host}`,
        HOST_FIX,
      );
    return fail(
      `with X-Forwarded-Host: ${FOREIGN_HOST}, ${url.pathname} answers ${spoofed.status}${spoofed.status === 400 ? ' (DisallowedHost for the host the viewer sent)' : ''}: the viewer’s header reaches Django`,
      HOST_FIX,
    );
  },
};

export const originRefusesDirect: VerifyCheck = {
  id: 'origin-direct',
  title: 'The origin refuses a direct request',
  async run(context) {
    if (context.origin === null)
      return skip('give --origin https://<origin endpoint> to send it a request that skips CloudFront');
    if (context.deployment === null)
      return skip('give --config: whether origin protection is on is in the config');
    const protectedBy =
      context.deployment.originSecret !== null
        ? `the secret ${context.deployment.originSecret.headerName} header`
        : context.deployment.lambdaPermissions.length > 0
          ? 'origin access control'
          : null;
    if (protectedBy === null)
      return skip(
        'origin protection is off in the config (originProtection.secretHeader): a request that skips CloudFront is expected to reach Django',
      );
    const response = await context.prober.send({
      method: 'GET',
      url: context.origin,
      headers: { 'x-forwarded-host': context.url.host, 'x-forwarded-proto': 'https' },
    });
    if (response.status === 403 || response.status === 401)
      return pass(
        `${context.origin.href} answers ${response.status} without ${protectedBy}${response.body.includes(ORIGIN_VERIFY_REJECTION) ? ' (the origin-verify middleware)' : ''}`,
      );
    return fail(
      `${context.origin.href} answers ${response.status} to a request without ${protectedBy}: anyone can skip CloudFront`,
      context.deployment.originSecret !== null
        ? `Django: the origin-verify middleware first in MIDDLEWARE, with ${context.deployment.inputs[0]?.name ?? 'the secret'} set (originProtection.secretHeader)`
        : 'the function URL’s auth type AWS_IAM with origin access control (origin.lambdaUrlAuth)',
    );
  },
};
