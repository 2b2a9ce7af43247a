import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/schema';
import { deploymentFor } from '../model';
import {
  ORIGIN_VERIFY_REJECTION,
  djangoSettingsFor,
  type DjangoProxySettings,
} from '../model/django-settings';
import { djangoTarget } from '../targets/django';
import { djangoGetHost, djangoIsSecure, isSameDomain, judgeDjango } from './django-model';
import type { HopRequest } from './types';
import { runInNodeVm } from './node-function-runner';
import { runViewerFunction } from './viewer-function';

const settings = (overrides: Partial<DjangoProxySettings> = {}): DjangoProxySettings => ({
  ...djangoSettingsFor(defaultConfig()),
  ...overrides,
});

const request = (headers: Record<string, string>, method = 'GET', path = '/'): HopRequest => ({
  method,
  path,
  query: '',
  headers: { host: 'abc123defg.execute-api.eu-west-1.amazonaws.com', ...headers },
});

const BEHIND_CLOUDFRONT = { 'x-forwarded-host': 'www.example.com', 'x-forwarded-proto': 'https' };

describe('get_host()', () => {
  it('reads X-Forwarded-Host only with USE_X_FORWARDED_HOST', () => {
    expect(djangoGetHost(settings(), BEHIND_CLOUDFRONT).host).toBe('www.example.com');
    const off = djangoGetHost(settings({ useXForwardedHost: false }), request(BEHIND_CLOUDFRONT).headers);
    expect(off.host).toBeNull();
    expect(off.message).toBe(
      "Invalid HTTP_HOST header: 'abc123defg.execute-api.eu-west-1.amazonaws.com'. You may need to add 'abc123defg.execute-api.eu-west-1.amazonaws.com' to ALLOWED_HOSTS.",
    );
  });

  it('rejects a comma-joined X-Forwarded-Host as not RFC 1034/1035 (the appending-function bug)', () => {
    const joined = djangoGetHost(settings(), { 'x-forwarded-host': 'www.example.com, www.example.com' });
    expect(joined.host).toBeNull();
    expect(joined.message).toContain('not valid according to RFC 1034/1035');
  });

  it('accepts a port and a trailing dot; leading-dot patterns match subdomains; "*" matches all', () => {
    expect(djangoGetHost(settings(), { 'x-forwarded-host': 'WWW.example.com:443' }).host).toBe(
      'WWW.example.com:443',
    );
    expect(djangoGetHost(settings(), { 'x-forwarded-host': 'www.example.com.' }).host).toBe(
      'www.example.com.',
    );
    expect(isSameDomain('a.example.com', '.example.com')).toBe(true);
    expect(isSameDomain('example.com', '.example.com')).toBe(true);
    expect(isSameDomain('badexample.com', '.example.com')).toBe(false);
    expect(
      djangoGetHost(settings({ allowedHosts: ['*'] }), { 'x-forwarded-host': 'evil.example' }).host,
    ).toBe('evil.example');
  });
});

describe('is_secure()', () => {
  it('trusts the configured header, first value only; falls back to the server scheme', () => {
    expect(djangoIsSecure(settings(), { 'x-forwarded-proto': 'https' }, 'http').secure).toBe(true);
    expect(djangoIsSecure(settings(), { 'x-forwarded-proto': 'http, https' }, 'http').secure).toBe(false);
    expect(djangoIsSecure(settings(), {}, 'http').secure).toBe(false);
    expect(
      djangoIsSecure(settings({ secureProxySslHeader: null }), { 'x-forwarded-proto': 'https' }, 'http')
        .secure,
    ).toBe(false);
  });
});

describe('judgeDjango', () => {
  const judge = (req: HopRequest, s = settings()) => judgeDjango(s, req, { expectedSecret: 'x' });

  it('GET behind CloudFront: 200 with the public host and https', () => {
    const { verdict } = judge(request(BEHIND_CLOUDFRONT, 'GET', '/a/'));
    expect(verdict).toMatchObject({
      host: 'www.example.com',
      isSecure: true,
      absoluteUri: 'https://www.example.com/a/',
      status: 200,
      csrf: null,
    });
  });

  it('CSRF: same-origin POST passes; foreign Origin, missing cookie and missing Referer fail with Django’s reasons', () => {
    const cookie = { cookie: 'csrftoken=abc' };
    expect(
      judge(request({ ...BEHIND_CLOUDFRONT, ...cookie, origin: 'https://www.example.com' }, 'POST')).verdict
        .status,
    ).toBe(200);
    const foreign = judge(
      request({ ...BEHIND_CLOUDFRONT, ...cookie, origin: 'https://evil.example' }, 'POST'),
    );
    expect(foreign.verdict.csrf?.message).toBe(
      'Origin checking failed - https://evil.example does not match any trusted origins.',
    );
    expect(foreign.response.status).toBe(403);
    expect(
      judge(request({ ...BEHIND_CLOUDFRONT, origin: 'https://www.example.com' }, 'POST')).verdict.csrf
        ?.message,
    ).toBe('CSRF cookie not set.');
    expect(judge(request({ ...BEHIND_CLOUDFRONT, ...cookie }, 'POST')).verdict.csrf?.message).toBe(
      'Referer checking failed - no Referer.',
    );
    expect(
      judge(request({ ...BEHIND_CLOUDFRONT, ...cookie, referer: 'https://www.example.com/form/' }, 'POST'))
        .verdict.status,
    ).toBe(200);
  });

  it('CSRF: without the proxy SSL header, https Origin fails against http://host', () => {
    const noSsl = settings({ secureProxySslHeader: null });
    const result = judge(
      request({ ...BEHIND_CLOUDFRONT, cookie: 'csrftoken=a', origin: 'https://www.example.com' }, 'POST'),
      noSsl,
    );
    // CSRF_TRUSTED_ORIGINS still lists https://www.example.com, so the origin is accepted through the list:
    expect(result.verdict.status).toBe(200);
    const noTrusted = settings({ secureProxySslHeader: null, csrfTrustedOrigins: [] });
    expect(
      judge(
        request({ ...BEHIND_CLOUDFRONT, cookie: 'csrftoken=a', origin: 'https://www.example.com' }, 'POST'),
        noTrusted,
      ).verdict.csrf?.ok,
    ).toBe(false);
  });

  it('a page on the apex posting to www passes through CSRF_TRUSTED_ORIGINS', () => {
    const two = settings({
      allowedHosts: ['www.example.com', 'example.com'],
      csrfTrustedOrigins: ['https://www.example.com', 'https://example.com'],
    });
    expect(
      judge(
        request({ ...BEHIND_CLOUDFRONT, cookie: 'csrftoken=a', origin: 'https://example.com' }, 'POST'),
        two,
      ).verdict.status,
    ).toBe(200);
  });

  it('SECURE_SSL_REDIRECT: no loop with the proxy header, a 301 loop without it', () => {
    expect(judge(request(BEHIND_CLOUDFRONT), settings({ secureSslRedirect: true })).verdict.status).toBe(200);
    const loop = judge(
      request(BEHIND_CLOUDFRONT),
      settings({ secureSslRedirect: true, secureProxySslHeader: null }),
    );
    expect(loop.response).toMatchObject({ status: 301 });
    expect(loop.response.reason).toContain('redirect loop');
  });

  it('origin verify: 403 without the secret, exempt paths pass', () => {
    const verify = settings({
      originVerify: {
        headerName: 'X-Origin-Verify',
        metaKey: 'HTTP_X_ORIGIN_VERIFY',
        envVar: 'ORIGIN_VERIFY_SECRET',
        previousEnvVar: 'ORIGIN_VERIFY_SECRET_PREVIOUS',
        exemptPaths: ['/healthz'],
      },
    });
    expect(judge(request(BEHIND_CLOUDFRONT), verify).response).toMatchObject({
      status: 403,
      body: ORIGIN_VERIFY_REJECTION,
    });
    expect(judge(request({ ...BEHIND_CLOUDFRONT, 'x-origin-verify': 'x' }), verify).response.status).toBe(
      200,
    );
    expect(judge(request(BEHIND_CLOUDFRONT, 'GET', '/healthz'), verify).response.status).toBe(200);
  });
});

describe('runViewerFunction checks what a function returns, as CloudFront does', () => {
  const viewer = request({ host: 'www.example.com', 'x-forwarded-host': 'evil.example' });
  const code = (body: string) =>
    `function handler(event) { var request = event.request; ${body} return request; }`;

  it('a function that keeps the viewer’s X-Forwarded-Host lets the spoofed host through to Django (400)', () => {
    const outcome = runViewerFunction(
      code(
        "if (!request.headers['x-forwarded-host']) request.headers['x-forwarded-host'] = { value: request.headers.host.value };",
      ),
      viewer,
      '203.0.113.1',
      runInNodeVm,
    );
    expect(outcome.kind).toBe('request');
    if (outcome.kind !== 'request') return;
    expect(outcome.request.headers['x-forwarded-host']).toBe('evil.example');
    expect(
      judgeDjango(
        settings(),
        { ...outcome.request, headers: { ...outcome.request.headers, 'x-forwarded-proto': 'https' } },
        { expectedSecret: '' },
      ).response.status,
    ).toBe(400);
  });

  it('502 when the function changes Host, sets X-Forwarded-Proto or throws', () => {
    for (const body of [
      "request.headers.host = { value: 'x.example' };",
      "request.headers['x-forwarded-proto'] = { value: 'https' };",
      "throw new Error('boom');",
    ]) {
      const outcome = runViewerFunction(code(body), viewer, '203.0.113.1', runInNodeVm);
      expect(outcome.kind).toBe('response');
      if (outcome.kind === 'response') expect(outcome.response.status).toBe(502);
    }
  });
});

describe('the origin-verify answer', () => {
  it('is the body the generated middleware sends', () => {
    const parsed = parseConfig({ originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' } });
    if (!parsed.success) throw parsed.error;
    const deployment = deploymentFor(parsed.data);
    const middleware = djangoTarget
      .generate(deployment)
      .find((file) => file.path.endsWith('origin_verify.py'));
    expect(judgeDjango(deployment.django, request({}), { expectedSecret: 's' }).response.body).toBe(
      ORIGIN_VERIFY_REJECTION,
    );
    expect(middleware?.contents).toContain(ORIGIN_VERIFY_REJECTION);
  });
});
