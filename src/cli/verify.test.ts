import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CSP, parseConfig, type Config, type ConfigInput } from '../config/schema';
import { startVerifyStack, type VerifyStack } from '../../test/support/diagnose/verify-stack';
import { REPO, stopAll, venvPresent } from '../../test/support/django/servers';
import { MAX_REQUESTS, Prober, detectTransport } from './verify-http';
import { runVerify } from './verify-run';

const CI = process.env.CI === 'true';

function config(input: ConfigInput): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function verify(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runVerify(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: REPO,
  });
  return { code, stdout, stderr };
}

const argsFor = (stack: VerifyStack) => [
  '--url',
  'https://www.example.com/',
  '--connect',
  `127.0.0.1:${stack.emulatorPort}`,
  '--config',
  stack.configPath,
  '--origin',
  `http://127.0.0.1:${stack.djangoPort}/`,
  '--form',
  '/form/',
];

/** The one line a check printed (FAIL lines carry their fix on the next line). */
const lineOf = (stdout: string, title: string) => {
  const lines = stdout.split('\n');
  const index = lines.findIndex((line) => line.slice(6).startsWith(title));
  return index === -1
    ? ''
    : [lines[index], lines[index + 1]?.startsWith('      fix:') ? lines[index + 1] : ''].join('\n').trim();
};

describe('verify: arguments and bounds (no network)', () => {
  it.each([
    [[], /give --url https:\/\/<your domain>/],
    [['--url', 'http://www.example.com'], /--url must be the https:\/\/ address viewers use/],
    [['--url', 'https://www.example.com', '--connect', 'localhost'], /--connect takes ADDRESS:PORT/],
    [
      ['--url', 'https://www.example.com', '--config', 'nope.json'],
      /cannot read --config nope\.json: ENOENT/,
    ],
    [['--url', 'https://www.example.com', '--form', 'admin'], /--form takes a path starting with \//],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const result = await verify(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('sends requests only to the hosts given, and at most MAX_REQUESTS', async () => {
    const server = http.createServer((_request, response) => response.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    try {
      const transport = await detectTransport('www.example.com', { address: '127.0.0.1', port });
      expect(transport.mode).toBe('plain');
      const prober = new Prober('www.example.com', transport, ['www.example.com']);
      await expect(
        prober.send({ method: 'GET', url: new URL('https://elsewhere.example/') }),
      ).rejects.toThrow(/refusing to send a request to elsewhere\.example/);
      for (let i = 0; i < MAX_REQUESTS; i += 1)
        expect((await prober.send({ method: 'GET', url: new URL('https://www.example.com/') })).body).toBe(
          'ok',
        );
      await expect(prober.send({ method: 'GET', url: new URL('https://www.example.com/') })).rejects.toThrow(
        `the run already sent ${MAX_REQUESTS} requests`,
      );
    } finally {
      server.close();
    }
  });
});

describe('verify: CSP present once, from a plain server (no config)', () => {
  it.each([
    [
      'sends two Content-Security-Policy headers (two layers)',
      ["default-src 'self'", 'default-src *'],
      /^FAIL .*Content-Security-Policy is sent 2 times: default-src 'self' \| default-src \*/,
    ],
    ['sends none', [], /^FAIL .*has no Content-Security-Policy header/],
    ['sends one', ["default-src 'self'"], /^PASS .*sent once: Content-Security-Policy: default-src 'self'/],
  ])('a site that %s', async (_name, policies, line) => {
    const server = http.createServer((_request, response) => {
      response.setHeader('content-security-policy', policies);
      response.end('ok');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await verify(['--url', 'https://www.example.com/', '--connect', `127.0.0.1:${port}`]);
      expect(lineOf(result.stdout, 'CSP present once')).toMatch(line);
    } finally {
      server.close();
    }
  });
});

describe('verify: the host check from an absolute redirect (no host-check view)', () => {
  it.each([
    [
      'trusts the viewer’s X-Forwarded-Host',
      true,
      /^FAIL .*the redirect goes to https:\/\/attacker\.example\/login\/: Django used the viewer’s header/,
    ],
    [
      'keeps the Host',
      false,
      /^PASS .*the absolute redirect \(https:\/\/www\.example\.com\/login\/\) keeps www\.example\.com/,
    ],
  ])('a site that %s', async (_name, trustsHeader, line) => {
    const server = http.createServer((request, response) => {
      if (request.url !== '/') return void response.writeHead(404).end();
      const host = (trustsHeader ? request.headers['x-forwarded-host'] : undefined) ?? request.headers.host;
      response.writeHead(302, { location: `https://${String(host)}/login/` }).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await verify(['--url', 'https://www.example.com/', '--connect', `127.0.0.1:${port}`]);
      expect(lineOf(result.stdout, 'A spoofed X-Forwarded-Host')).toMatch(line);
    } finally {
      server.close();
    }
  });
});

if (!venvPresent() && !CI) {
  describe('verify against the emulator in front of the test Django', () => {
    it.skip('skipped: no Python venv at .venv', () => {});
  });
} else {
  describe('verify against the emulator in front of the test Django', () => {
    afterAll(stopAll);

    it('correct settings: every check that can apply passes (npm run verify, exit 0)', async () => {
      const stack = await startVerifyStack(config({ originProtection: { secretHeader: true } }));
      try {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(REPO, 'src/cli/verify.ts'), ...argsFor(stack)],
          { cwd: REPO },
        );
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        const code = await new Promise<number | null>((done) => child.on('exit', done));
        expect(code, stdout).toBe(0);
        expect(stdout).not.toContain('FAIL');
        expect(stdout).toMatch(/^verify www\.example\.com: 6 passed, 0 failed, 4 skipped \(\d+ requests\)$/m);
        for (const title of [
          'HSTS present once',
          'CSP present once',
          'A spoofed X-Forwarded-Host',
          'The origin refuses a direct request',
          'A CSRF-protected POST',
          'Allowed methods',
        ])
          expect(lineOf(stdout, title)).toMatch(/^PASS/);
        expect(lineOf(stdout, 'TLS policy')).toBe(
          'SKIP  TLS policy: plain HTTP to the local emulator: there is no TLS to test',
        );
        expect(lineOf(stdout, 'Static files are cached')).toContain('the local emulator has no cache');
      } finally {
        await stack.stop();
      }
    }, 60_000);

    it('Django sends a CSP of its own: CloudFront’s policy replaces it, so one arrives (CloudFront’s)', async () => {
      const stack = await startVerifyStack(config({}), (source) =>
        [
          source,
          // Stands in for Django 6's ContentSecurityPolicyMiddleware (Django 5.2 here has none).
          'class DjangoCsp:',
          '    def __init__(self, get_response):',
          '        self.get_response = get_response',
          '    def __call__(self, request):',
          '        response = self.get_response(request)',
          '        response["Content-Security-Policy-Report-Only"] = "default-src *"',
          '        return response',
          'CLOUDFRONT_CSP_MIDDLEWARE = "cloudfront_settings.DjangoCsp"',
          '',
        ].join('\n'),
      );
      try {
        const result = await verify(argsFor(stack));
        expect(lineOf(result.stdout, 'CSP present once')).toBe(
          `PASS  CSP present once: sent once: Content-Security-Policy-Report-Only: ${DEFAULT_CSP}`,
        );
      } finally {
        await stack.stop();
      }
    }, 60_000);

    it('deployed report-only, the config since changed to enforce: the check says to deploy again', async () => {
      const stack = await startVerifyStack(config({}));
      const changed = join(dirname(stack.configPath), 'config-enforced.json');
      const deployed = JSON.parse(readFileSync(stack.configPath, 'utf8')) as Config;
      writeFileSync(
        changed,
        JSON.stringify({
          ...deployed,
          securityHeaders: { ...deployed.securityHeaders, cspReportOnly: false },
        }),
      );
      try {
        const args = argsFor(stack);
        args[args.indexOf(stack.configPath)] = changed;
        const result = await verify(args);
        expect(result.code).toBe(1);
        expect(lineOf(result.stdout, 'CSP present once')).toMatch(
          /^FAIL .*only Content-Security-Policy-Report-Only is sent, but the config enforces the policy.*\n\s+fix: securityHeaders\.cspReportOnly off: deploy the generated files again/,
        );
      } finally {
        await stack.stop();
      }
    }, 60_000);

    const BROKEN: {
      name: string;
      input: ConfigInput;
      edit: (source: string) => string;
      check: string;
      reason: RegExp;
    }[] = [
      {
        name: 'USE_X_FORWARDED_HOST off: Django sees the origin’s name',
        input: {},
        edit: (source) => source.replace('USE_X_FORWARDED_HOST = True', 'USE_X_FORWARDED_HOST = False'),
        check: 'A spoofed X-Forwarded-Host',
        reason:
          /answers 400: Django refuses the host it sees \(DisallowedHost\), not www\.example\.com\n\s+fix: Django: USE_X_FORWARDED_HOST = True/,
      },
      {
        name: 'HSTS left to Django, no SECURE_PROXY_SSL_HEADER: Django thinks it is plain HTTP and sends no HSTS',
        input: { securityHeaders: { mode: 'none' } },
        edit: (source) => source.replace(/^SECURE_PROXY_SSL_HEADER = .*$/m, ''),
        check: 'HSTS present once',
        reason:
          /has no Strict-Transport-Security header\n\s+fix: securityHeaders\.mode \(CloudFront sends HSTS\) or Django’s SECURE_HSTS_SECONDS with SECURE_PROXY_SSL_HEADER/,
      },
      {
        name: 'no SECURE_PROXY_SSL_HEADER: the host check shows is_secure() false',
        input: {},
        edit: (source) => source.replace(/^SECURE_PROXY_SSL_HEADER = .*$/m, ''),
        check: 'A spoofed X-Forwarded-Host',
        reason:
          /Django sees www\.example\.com over http \(is_secure\(\) is false\)\n\s+fix: Django: SECURE_PROXY_SSL_HEADER/,
      },
      {
        name: 'protection on, but the origin-verify middleware is not installed',
        input: { originProtection: { secretHeader: true } },
        edit: (source) => source.replace(/^CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE = .*$/m, ''),
        check: 'The origin refuses a direct request',
        reason:
          /answers 200 to a request without the secret X-Origin-Verify header: anyone can skip CloudFront\n\s+fix: Django: the origin-verify middleware first in MIDDLEWARE/,
      },
      {
        name: 'CSRF_TRUSTED_ORIGINS trusts a foreign site',
        input: {},
        edit: (source) =>
          source.replace(
            'CSRF_TRUSTED_ORIGINS = ["https://www.example.com"]',
            'CSRF_TRUSTED_ORIGINS = ["https://www.example.com", "https://attacker.example"]',
          ),
        check: 'A CSRF-protected POST',
        reason:
          /a POST with Origin https:\/\/attacker\.example answers 200: Django accepted a cross-site form post\n\s+fix: Django: CSRF_TRUSTED_ORIGINS lists only your own/,
      },
      {
        name: 'Host forwarded to an ALB, and Django trusts X-Forwarded-Host too',
        input: { origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } },
        edit: (source) => source.replace('USE_X_FORWARDED_HOST = False', 'USE_X_FORWARDED_HOST = True'),
        check: 'A spoofed X-Forwarded-Host',
        reason:
          /with X-Forwarded-Host: attacker\.example, \/cloudfront-check\/ answers 400 \(DisallowedHost for the host the viewer sent\): the viewer’s header reaches Django\n\s+fix: origin\.hostStrategy/,
      },
      {
        name: 'HSTS left to Django, SECURE_HSTS_SECONDS = 0',
        input: { securityHeaders: { mode: 'none' } },
        edit: (source) => source.replace(/^SECURE_HSTS_SECONDS = \d+$/m, 'SECURE_HSTS_SECONDS = 0'),
        check: 'HSTS present once',
        reason: /has no Strict-Transport-Security header/,
      },
    ];

    it.each(BROKEN)(
      'broken: $name → that check fails with the reason (exit 1)',
      async ({ input, edit, check, reason }) => {
        const cfg = config(input);
        // The edit must change the generated settings, or the case proves nothing.
        const stack = await startVerifyStack(cfg, (source) => {
          const edited = edit(source);
          if (edited === source) throw new Error('the edit did not change the generated settings');
          return edited;
        });
        try {
          const result = await verify(argsFor(stack));
          expect(result.code, result.stdout).toBe(1);
          const line = lineOf(result.stdout, check);
          expect(line, result.stdout).toMatch(/^FAIL/);
          expect(line).toMatch(reason);
        } finally {
          await stack.stop();
        }
      },
      60_000,
    );
  });
}
