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

/** TLS 1.2 ciphers the TLSv1.2_2019 policy still accepts and TLSv1.2_2021 and later do not (AWS’s table). */
const CIPHERS_DROPPED_IN_2021 =
  'ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA384';
/** The policies that drop those CBC ciphers (the newer ones keep 2021's cuts). */
const POLICIES_WITHOUT_CBC: readonly string[] = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

export const tlsPolicy: VerifyCheck = {
  id: 'tls-policy',
  title: 'TLS policy',
  async run(context) {
    if (context.mode === 'plain') return skip(EMULATOR_NO_TLS);
    const expected = context.config?.distribution.minimumTlsVersion ?? CLOUDFRONT_SECURITY_POLICY_DEFAULT;
    const setting = `distribution.minimumTlsVersion ${expected} (ViewerCertificate.MinimumProtocolVersion, with an ACM certificate)`;
    const old = await context.prober.handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });
    if (old.ok)
      return fail(
        `the site accepts ${old.protocol} (${old.cipher}): its security policy is older than TLSv1.2`,
        setting,
      );
    if (/no protocols available|UNSUPPORTED_PROTOCOL/i.test(old.error) && !/alert/i.test(old.error))
      return skip(
        `this Node's OpenSSL cannot offer TLS 1.0/1.1 (${old.error}), so it cannot tell whether the site refuses them`,
      );
    if (expected === 'TLSv1.3_2025') {
      const tls12 = await context.prober.handshake({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
      if (tls12.ok)
        return fail(`the site accepts TLS 1.2 (${tls12.cipher}): the policy is not TLSv1.3_2025`, setting);
    }
    if (POLICIES_WITHOUT_CBC.includes(expected)) {
      const weak = await context.prober.handshake({
        minVersion: 'TLSv1.2',
        maxVersion: 'TLSv1.2',
        ciphers: CIPHERS_DROPPED_IN_2021,
      });
      if (weak.ok)
        return fail(
          `TLS 1.2 with ${weak.cipher} is accepted: the policy is older than TLSv1.2_2021`,
          setting,
        );
    }
    if (expected === 'TLSv1.3_2025') return pass('only TLS 1.3 is accepted');
    return pass(
      `TLS 1.0 and 1.1 are refused${POLICIES_WITHOUT_CBC.includes(expected) ? ', and so are the CBC ciphers TLSv1.2_2021 dropped' : ''}`,
    );
  },
};

export const hstsOnce: VerifyCheck = {
  id: 'hsts-once',
  title: 'HSTS present once',
  async run(context) {
    const mode = context.config?.securityHeaders.mode;
    if (context.mode === 'plain' && mode === 'managed')
      return skip(
        'AWS’s managed response headers policy sends HSTS, and the local emulator applies only the custom policy the wizard writes',
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
