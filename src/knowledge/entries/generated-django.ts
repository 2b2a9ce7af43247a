import { DOCS } from '../../sources/doc-links';
import type { GeneratedExplanation, GeneratedKey } from '../types';

/** The Django settings the wizard writes, and why each has its value behind CloudFront. */
export const GENERATED_DJANGO_EXPLANATIONS = {
  'generated.django.allowedHosts': {
    title: 'ALLOWED_HOSTS',
    summary: 'Django answers only for exactly your public domain names, nothing broader.',
    body:
      'Django compares the request’s host (X-Forwarded-Host here) against the list and answers 400 ' +
      'DisallowedHost otherwise. Never "*": with a forwarded host header that opens the door to host header ' +
      'poisoning in password-reset links and absolute URLs.',
    links: [DOCS.djangoAllowedHosts],
  },
  'generated.django.useXForwardedHost': {
    title: 'USE_X_FORWARDED_HOST',
    summary: 'Tells Django whether to take the site’s name from X-Forwarded-Host instead of Host.',
    body:
      'True with the CloudFront Function strategy: request.get_host() then reads X-Forwarded-Host, which the ' +
      'function overwrites with the viewer’s host on every request, so Django builds URLs for www.example.com ' +
      'instead of the execute-api or lambda-url name. Only safe because the edge overwrites the header; behind ' +
      'a forwarded Host (AllViewer) it stays False.',
    links: [DOCS.djangoUseXForwardedHost, DOCS.functionEventStructure],
  },
  'generated.django.secureProxySslHeader': {
    title: 'SECURE_PROXY_SSL_HEADER',
    summary: 'Django treats a request as HTTPS when X-Forwarded-Proto says https.',
    body:
      'CloudFront removes any X-Forwarded-Proto a viewer sends, and the hop in front of Django sets it: API ' +
      'Gateway and Lambda URLs set https, an ALB sets the protocol of its listener (HTTPS here, as CloudFront ' +
      'only speaks HTTPS to the origin). CloudFront-Forwarded-Proto is not used: AllViewerExceptHostHeader does ' +
      'not send it. Without this setting, request.is_secure() is False, CSRF rejects HTTPS posts and ' +
      'SECURE_SSL_REDIRECT loops.',
    links: [DOCS.djangoSecureProxySslHeader, DOCS.requestHeadersCustomOrigin, DOCS.albForwardedHeaders],
  },
  'generated.django.csrfTrustedOrigins': {
    title: 'CSRF_TRUSTED_ORIGINS',
    summary: 'The origins a form may be posted from: https:// followed by each of your domain names.',
    body:
      'Since Django 4.0 entries must include the scheme, and the CSRF check compares the browser’s Origin ' +
      'header with scheme and host; with a wrong scheme or host every POST fails with "Origin checking failed … ' +
      'does not match any trusted origins".',
    links: [DOCS.djangoCsrfTrustedOrigins, DOCS.djangoCsrf],
  },
  'generated.django.sessionCookieSecure': {
    title: 'SESSION_COOKIE_SECURE',
    summary: 'The session cookie carries the Secure flag, so browsers only send it over HTTPS.',
    body: 'The whole site is HTTPS behind CloudFront, so nothing breaks and a session cannot leak over plain HTTP.',
    links: [DOCS.djangoSessionCookieSecure],
  },
  'generated.django.csrfCookieSecure': {
    title: 'CSRF_COOKIE_SECURE',
    summary: 'The csrftoken cookie is only sent over HTTPS.',
    body: 'Like the session cookie: the whole site is HTTPS behind CloudFront, so nothing needs it over plain HTTP.',
    links: [DOCS.djangoCsrfCookieSecure],
  },
  'generated.django.secureSslRedirect': {
    title: 'SECURE_SSL_REDIRECT',
    summary: 'Whether Django itself redirects plain-HTTP requests to HTTPS.',
    body:
      'CloudFront already redirects viewers to HTTPS, so this is off unless you chose it. When on, Django ' +
      'redirects any request it believes is plain HTTP; that belief comes from SECURE_PROXY_SSL_HEADER, and a ' +
      'hop that does not set X-Forwarded-Proto: https makes every request redirect to itself forever.',
    links: [DOCS.djangoSecureSslRedirect, DOCS.djangoSecureProxySslHeader],
  },
  'generated.django.hsts': {
    title: 'SECURE_HSTS_SECONDS and friends',
    summary: 'Only one layer should send Strict-Transport-Security: CloudFront or Django.',
    body:
      'When CloudFront’s response headers policy sends it, Django’s SECURE_HSTS_SECONDS stays 0; with no ' +
      'CloudFront policy, Django’s SecurityMiddleware sends it (it never adds the header when the response ' +
      'already has one). Raise max-age gradually: browsers remember it.',
    links: [DOCS.djangoHstsSeconds, DOCS.djangoHstsIncludeSubdomains, DOCS.djangoHstsPreload],
  },
  'generated.django.silencedChecks': {
    title: 'SILENCED_SYSTEM_CHECKS for check --deploy',
    summary:
      'The deployment checks that CloudFront covers are silenced, each with the setting that covers it.',
    body:
      'manage.py check --deploy looks at Django alone. Behind this distribution, CloudFront redirects every ' +
      'plain-HTTP request (so SECURE_SSL_REDIRECT may stay off: security.W008) and, with a response headers ' +
      'policy, sends Strict-Transport-Security itself (so SECURE_HSTS_SECONDS stays 0: security.W004). When ' +
      'Django sends HSTS, the subdomain and preload checks (W005, W021) are the choices made in the wizard. ' +
      'Every other check still runs: the wizard’s own tests run check --deploy over the generated settings in ' +
      'a normal project and expect nothing else.',
    links: [DOCS.djangoSilencedSystemChecks, DOCS.djangoSecurityChecks, DOCS.viewerProtocolPolicy],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
