import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecureContextOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type MINIMUM_TLS_VERSIONS } from '../config/schema';
import type { VerifyContext } from './verify-check-types';
import { hstsOnce, tlsPolicy } from './verify-checks-transport';
import { Prober, detectTransport } from './verify-http';

/** Local TLS servers (a self-signed certificate for www.example.com) with the protocol and cipher sets of the policies. */
const dir = mkdtempSync(join(tmpdir(), 'cfdw-tls-'));
let cert = '';
let key = '';
const servers: https.Server[] = [];

beforeAll(() => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=www.example.com',
      '-addext',
      'subjectAltName=DNS:www.example.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  key = readFileSync(join(dir, 'key.pem'), 'utf8');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(
  options: SecureContextOptions & { minVersion?: 'TLSv1' | 'TLSv1.2' | 'TLSv1.3' },
  hsts: string[],
): Promise<number> {
  const server = https.createServer({ cert, key, ...options }, (_request, response) => {
    response.writeHead(
      200,
      hsts.map((value) => ['Strict-Transport-Security', value]).flat() as unknown as Record<string, string>,
    );
    response.end('ok');
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

async function contextFor(
  port: number,
  policy?: (typeof MINIMUM_TLS_VERSIONS)[number],
): Promise<VerifyContext> {
  const transport = await detectTransport('www.example.com', { address: '127.0.0.1', port });
  const config = defaultConfig();
  return {
    url: new URL('https://www.example.com/'),
    origin: null,
    config:
      policy === undefined
        ? null
        : { ...config, distribution: { ...config.distribution, minimumTlsVersion: policy } },
    deployment: null,
    mode: transport.mode,
    prober: new Prober('www.example.com', { ...transport, ca: cert }, ['www.example.com']),
    formPath: '/admin/login/',
    staticPath: null,
    cache: new Map(),
  };
}

const POLICY_2021 = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305';

describe('verify over TLS (--connect to a TLS server)', () => {
  it('a server with the GCM ciphers only passes the TLS check (the default policy); one HSTS header passes', async () => {
    const context = await contextFor(
      await serve({ minVersion: 'TLSv1.2', ciphers: POLICY_2021 }, ['max-age=31536000']),
    );
    expect(context.mode).toBe('tls');
    expect(await tlsPolicy.run(context)).toEqual({
      status: 'pass',
      detail: 'TLS 1.0 and 1.1 are refused, and so are the CBC ciphers TLSv1.2_2021 dropped',
    });
    expect(await hstsOnce.run(context)).toEqual({
      status: 'pass',
      detail: 'one Strict-Transport-Security header: max-age=31536000',
    });
  });

  it('a server that still takes the CBC-SHA256 ciphers fails, naming the setting', async () => {
    const context = await contextFor(
      await serve({ minVersion: 'TLSv1.2', ciphers: `${POLICY_2021}:ECDHE-RSA-AES128-SHA256` }, []),
    );
    expect(await tlsPolicy.run(context)).toEqual({
      status: 'fail',
      reason: 'TLS 1.2 with ECDHE-RSA-AES128-SHA256 is accepted: the policy is older than TLSv1.2_2021',
      fix: 'distribution.minimumTlsVersion TLSv1.2_2025 (ViewerCertificate.MinimumProtocolVersion, with an ACM certificate)',
    });
  });

  it('with TLSv1.3_2025 chosen, a server that still takes TLS 1.2 fails; a TLS 1.3-only one passes', async () => {
    const tls12 = await contextFor(
      await serve({ minVersion: 'TLSv1.2', ciphers: POLICY_2021 }, []),
      'TLSv1.3_2025',
    );
    expect(await tlsPolicy.run(tls12)).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(
        /^the site accepts TLS 1\.2 \(ECDHE-RSA-.*\): the policy is not TLSv1\.3_2025$/,
      ),
      fix: expect.stringMatching(/^distribution\.minimumTlsVersion TLSv1\.3_2025 /),
    });
    const tls13 = await contextFor(await serve({ minVersion: 'TLSv1.3' }, []), 'TLSv1.3_2025');
    expect(await tlsPolicy.run(tls13)).toEqual({ status: 'pass', detail: 'only TLS 1.3 is accepted' });
  });

  it('with the old TLSv1.2_2019 chosen, the CBC ciphers are not held against the site', async () => {
    const context = await contextFor(
      await serve({ minVersion: 'TLSv1.2', ciphers: `${POLICY_2021}:ECDHE-RSA-AES128-SHA256` }, []),
      'TLSv1.2_2019',
    );
    expect(await tlsPolicy.run(context)).toEqual({ status: 'pass', detail: 'TLS 1.0 and 1.1 are refused' });
  });

  it('a server that accepts TLS 1.1 fails (or the check says this OpenSSL cannot offer it)', async () => {
    const context = await contextFor(await serve({ minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }, []));
    const result = await tlsPolicy.run(context);
    if (result.status === 'skip') expect(result.why).toMatch(/cannot offer TLS 1\.0\/1\.1/);
    else
      expect(result).toMatchObject({
        status: 'fail',
        reason: expect.stringMatching(/^the site accepts TLSv1(\.1)? /),
      });
  });

  it('HSTS sent twice fails with both values', async () => {
    const context = await contextFor(
      await serve({ minVersion: 'TLSv1.2' }, ['max-age=31536000', 'max-age=300']),
    );
    expect(await hstsOnce.run(context)).toMatchObject({
      status: 'fail',
      reason: 'Strict-Transport-Security is sent 2 times: max-age=31536000 | max-age=300',
    });
  });
});
