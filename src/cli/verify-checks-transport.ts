import { CLOUDFRONT_SECURITY_POLICY_DEFAULT } from './verify-facts';
import { EMULATOR_NO_TLS, fail, fetchOnce, pass, skip, type VerifyCheck } from './verify-check-types';
import { headerValue } from './verify-http';

export const httpsRedirect: VerifyCheck = {
  id: 'https-redirect',
  title: 'HTTP redirects to HTTPS',
  async run(context) {
    if (context.mode === 'plain')
      return skip(
        'the local emulator takes every plain-HTTP request as the https:// one, so its redirect cannot be seen',
      );
    const url = new URL(context.url.href);
    url.protocol = 'http:';
    const response = await context.prober.send({ method: 'GET', url });
    const location = headerValue(response, 'location') ?? '';
    if ([301, 302, 307, 308].includes(response.status) && location.startsWith(`https://${context.url.host}`))
      return pass(`${url.href} answers ${response.status} to ${location}`);
    return fail(
      `${url.href} answers ${response.status}${location === '' ? '' : ` with Location ${location}`}, not a redirect to https://${context.url.host}`,
      'the behaviours’ viewer protocol policy redirect-to-https (the wizard always sets it)',
    );
  },
};

/** TLS 1.2 ciphers the TLSv1.2_2019 policy still accepts and TLSv1.2_2021 does not (AWS’s table). */
const CIPHERS_DROPPED_IN_2021 =
  'ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA384';

export const tlsPolicy: VerifyCheck = {
  id: 'tls-policy',
  title: 'TLS policy',
  async run(context) {
    if (context.mode === 'plain') return skip(EMULATOR_NO_TLS);
    const expected = context.config?.distribution.minimumTlsVersion ?? CLOUDFRONT_SECURITY_POLICY_DEFAULT;
    const old = await context.prober.handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });
    if (old.ok)
      return fail(
        `the site accepts ${old.protocol} (${old.cipher}): its security policy is older than TLSv1.2`,
        `distribution.minimumTlsVersion ${expected} (ViewerCertificate.MinimumProtocolVersion, with an ACM certificate)`,
      );
    if (/no protocols available|UNSUPPORTED_PROTOCOL/i.test(old.error) && !/alert/i.test(old.error))
      return skip(
        `this Node's OpenSSL cannot offer TLS 1.0/1.1 (${old.error}), so it cannot tell whether the site refuses them`,
      );
    if (expected === 'TLSv1.2_2021') {
      const weak = await context.prober.handshake({
        minVersion: 'TLSv1.2',
        maxVersion: 'TLSv1.2',
        ciphers: CIPHERS_DROPPED_IN_2021,
      });
      if (weak.ok)
        return fail(
          `TLS 1.2 with ${weak.cipher} is accepted: the policy is older than TLSv1.2_2021`,
          'distribution.minimumTlsVersion TLSv1.2_2021',
        );
    }
    return pass(
      `TLS 1.0 and 1.1 are refused${expected === 'TLSv1.2_2021' ? ', and so are the CBC ciphers TLSv1.2_2021 dropped' : ''}`,
    );
  },
};

export const hstsOnce: VerifyCheck = {
  id: 'hsts-once',
  title: 'HSTS present once',
  async run(context) {
    const mode = context.config?.securityHeaders.mode;
    if (context.mode === 'plain' && mode !== undefined && mode !== 'none')
      return skip(
        'CloudFront’s response headers policy sends HSTS, and the local emulator does not apply response headers policies',
      );
    const response = await fetchOnce(context, 'page', { method: 'GET', url: context.url });
    const values = response.headers['strict-transport-security'] ?? [];
    const fix =
      mode === undefined || mode === 'none'
        ? 'securityHeaders.mode (CloudFront sends HSTS) or Django’s SECURE_HSTS_SECONDS with SECURE_PROXY_SSL_HEADER (Django sends it only on requests it sees as HTTPS): one of them, not both'
        : 'securityHeaders.mode (the response headers policy overrides the origin’s value), and SECURE_HSTS_SECONDS = 0 in Django';
    if (values.length === 0)
      return fail(`${context.url.href} (${response.status}) has no Strict-Transport-Security header`, fix);
    const joined = values.join(', ');
    const maxAges = joined.match(/max-age=\d+/gi) ?? [];
    if (values.length > 1 || maxAges.length > 1)
      return fail(
        `Strict-Transport-Security is sent ${Math.max(values.length, maxAges.length)} times: ${values.join(' | ')}`,
        fix,
      );
    const seconds = Number(/max-age=(\d+)/i.exec(joined)?.[1] ?? '0');
    if (seconds <= 0) return fail(`Strict-Transport-Security has no positive max-age: ${joined}`, fix);
    return pass(`one Strict-Transport-Security header: ${joined}`);
  },
};
