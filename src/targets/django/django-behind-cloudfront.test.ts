import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../config/schema';
import { traceRequest } from '../../edge/trace';
import { runInNodeVm } from '../../edge/node-function-runner';
import { deploymentFor } from '../../model';
import { ORIGIN_VERIFY_REJECTION } from '../../model/django-settings';
import {
  REPO,
  send,
  startDjango,
  startEmulatorCli,
  stop,
  stopAll,
  venvPresent,
  writeGeneratedDjango,
  type DjangoSecrets,
} from '../../../test/support/django/servers';
import {
  CI,
  EXPRESS_ENDPOINT,
  ORIGIN_CASES,
  SECRET,
  VENV_HINT,
  config,
  csrfPair,
  json,
  post,
  startStack,
  withStack,
  type Stack,
} from '../../../test/support/django/django-stack';
import { directRequestSentences } from './direct-requests';
import { appOriginOf } from './read-deployment';

/**
 * The product's promise, proven with real Django 5.2 under gunicorn: a request for https://<domain>/ that goes
 * through the emulated CloudFront and origin reaches Django with the right host, scheme and CSRF origin, using
 * the settings and middleware this generator writes. gunicorn trusts no proxy header itself
 * (--forwarded-allow-ips 192.0.2.1), so only the generated settings can make is_secure() true.
 */
if (!venvPresent() && !CI) {
  describe('Django behind the emulated CloudFront', () => {
    it.skip(`skipped: no Python venv at .venv (create it: ${VENV_HINT})`, () => {});
  });
} else {
  describe('Django behind the emulated CloudFront', () => {
    it('has the Python venv with Django and gunicorn', () => {
      expect(venvPresent(), `create it: ${VENV_HINT}`).toBe(true);
    });

    afterAll(stopAll);

    describe.each(ORIGIN_CASES)('$name', ({ input, domain }) => {
      let stack: Stack;
      beforeAll(async () => {
        stack = await startStack(input);
      });
      afterAll(() => stack?.stop());

      it(`GET / reaches Django as https://${domain}/, as the model predicts`, async () => {
        const reply = await send(stack.emulator, {
          path: '/?q=1',
          // A viewer trying to choose the host and the scheme: CloudFront and the function must override both.
          headers: { host: domain, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
        });
        expect(reply.status, reply.body).toBe(200);
        const seen = json(reply);
        expect(seen).toMatchObject({
          host: domain,
          secure: true,
          absolute_uri: `https://${domain}/?q=1`,
          path: '/',
        });
        const trace = traceRequest(
          stack.config,
          { method: 'GET', url: `https://${domain}/?q=1`, headers: { 'x-forwarded-host': 'evil.example' } },
          { runner: runInNodeVm },
        );
        expect(trace.django).toMatchObject({ host: seen.host, isSecure: seen.secure, status: 200 });
        expect(trace.djangoRequest?.headers.host).toBe(seen.host_header);
      });

      it('accepts a form POST with the token, the cookie and Origin https://<domain>', async () => {
        const pair = await csrfPair(stack, domain);
        const reply = await post(stack, domain, pair, `https://${domain}`);
        expect(reply.status, reply.body).toBe(200);
        expect(json(reply)).toEqual({ posted: true, name: 'Ada' });
      });

      it('straight to the origin: what the README and the ALLOWED_HOSTS comment say happens', async () => {
        const deployment = deploymentFor(stack.config);
        const endpoint = appOriginOf(deployment).domainName;
        const statement = directRequestSentences(deployment).join(' ');
        if (deployment.django.origin.privateBecause !== null) {
          // A VPC origin has no public address: the emulated network gives no answer, Django is never asked.
          expect(statement).toContain('cannot be called from the internet');
          const dir = writeGeneratedDjango(stack.config);
          const direct = await startEmulatorCli(join(dir, 'config.json'), stack.django, SECRET, true);
          try {
            for (const host of [endpoint, domain]) {
              const reply = await send(direct.port, { headers: { host, 'x-forwarded-host': domain } });
              expect(reply.status).toBe(504);
              expect(reply.headers['x-edge-emulator-answered-by']).toBe('network');
            }
          } finally {
            await stop([direct.child]);
          }
          return;
        }
        // What the origin itself adds in front of Django; the attacker chooses the rest.
        const proto = { 'x-forwarded-proto': 'https' };
        const ownHost = await send(stack.django, { headers: { host: endpoint, ...proto } });
        const named = await send(stack.django, {
          headers: deployment.django.useXForwardedHost
            ? { host: endpoint, 'x-forwarded-host': domain, ...proto }
            : { host: domain, ...proto },
        });
        if (deployment.django.originVerify !== null) {
          expect(statement).toContain('is refused by origin_verify.py (403) before any host check');
          for (const reply of [ownHost, named]) {
            expect(reply.status).toBe(403);
            expect(reply.body).toBe(ORIGIN_VERIFY_REJECTION);
          }
          return;
        }
        // No protection: ALLOWED_HOSTS refuses the origin's own name but is no lock.
        expect(statement).toContain('is refused (400 DisallowedHost');
        expect(statement).toContain('is answered (200) like a request through CloudFront');
        expect(ownHost.status).toBe(400);
        expect(json(ownHost).bad_request).toContain(`Invalid HTTP_HOST header: '${endpoint}'`);
        expect(named.status, named.body).toBe(200);
        expect(json(named)).toMatchObject({ host: domain, secure: true });
      });

      it('refuses the same POST from a foreign Origin (CSRF 403)', async () => {
        const pair = await csrfPair(stack, domain);
        const reply = await post(stack, domain, pair, 'https://evil.example');
        expect(reply.status).toBe(403);
        expect(json(reply).csrf_failure).toBe(
          'Origin checking failed - https://evil.example does not match any trusted origins.',
        );
      });
    });

    it('origin_verify.py refuses to start without ORIGIN_VERIFY_SECRET, accepts the previous value, exempts only the listed paths', () => {
      const dir = writeGeneratedDjango(
        config({ originProtection: { secretHeader: true, headerName: 'X-Site-Key' } }),
        (source) =>
          source.replace(
            'CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS = []',
            'CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS = ["/healthz"]',
          ),
      );
      const script = [
        'import os, sys, django',
        'from django.conf import settings',
        'sys.path.insert(0, sys.argv[1])',
        'import cloudfront_settings',
        'settings.configure(ALLOWED_HOSTS=["testserver"], CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS=cloudfront_settings.CLOUDFRONT_ORIGIN_VERIFY_EXEMPT_PATHS)',
        'django.setup()',
        'from django.core.exceptions import ImproperlyConfigured',
        'from django.http import HttpResponse',
        'from django.test import RequestFactory',
        'from origin_verify import OriginVerifyMiddleware',
        'rf = RequestFactory()',
        'def start(**env):',
        '    for name in ("ORIGIN_VERIFY_SECRET", "ORIGIN_VERIFY_SECRET_PREVIOUS"):',
        '        os.environ.pop(name, None)',
        '    os.environ.update(env)',
        '    try:',
        '        return OriginVerifyMiddleware(lambda r: HttpResponse("ok"))',
        '    except ImproperlyConfigured:',
        '        return None',
        'def statuses(mw, *values):',
        '    return " ".join(str(mw(rf.get("/", **({} if v is None else {"HTTP_X_SITE_KEY": v}))).status_code) for v in values)',
        'print("started" if start(ORIGIN_VERIFY_SECRET_PREVIOUS="old") else "refused-without-current")',
        'mw = start(ORIGIN_VERIFY_SECRET="s3cret")',
        'print("current only:", statuses(mw, None, "", "s3cre", "s3cret", "s3cret2"),',
        '      mw(rf.get("/healthz")).status_code, mw(rf.get("/healthz/x")).status_code)',
        'print("empty previous:", statuses(start(ORIGIN_VERIFY_SECRET="s3cret", ORIGIN_VERIFY_SECRET_PREVIOUS=""), None, "", "s3cret"))',
        'print("both:", statuses(start(ORIGIN_VERIFY_SECRET="new", ORIGIN_VERIFY_SECRET_PREVIOUS="old"), None, "", "new", "old", "ol", "newold"))',
      ].join('\n');
      const run = spawnSync(join(REPO, '.venv/bin/python'), ['-c', script, dir], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        'refused-without-current',
        'current only: 403 403 403 200 403 200 403',
        'empty previous: 403 403 200',
        'both: 403 403 200 200 403 403',
      ]);
    });

    describe('rotating the secret in the README’s order never refuses a request CloudFront sends', () => {
      const ROTATED: ConfigInput = {
        origin: { type: 'alb', endpoint: 'origin.example.com' },
        originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
      };
      const OLD = 'rotation-old-4f1c';
      const NEW = 'rotation-new-9a2e';
      let dir: string;
      beforeAll(() => {
        dir = writeGeneratedDjango(config(ROTATED));
      });

      /** Starts Django with these secrets, asks through an emulated CloudFront sending each value, stops both. */
      async function statusesThroughCloudFront(secrets: DjangoSecrets, sent: string[]): Promise<number[]> {
        const django = await startDjango(dir, secrets);
        try {
          const statuses: number[] = [];
          for (const value of sent) {
            const emulator = await startEmulatorCli(join(dir, 'config.json'), django.port, value);
            try {
              const reply = await send(emulator.port, { headers: { host: 'www.example.com' } });
              if (reply.status === 403) expect(reply.body).toBe(ORIGIN_VERIFY_REJECTION);
              statuses.push(reply.status);
            } finally {
              await stop([emulator.child]);
            }
          }
          return statuses;
        } finally {
          await stop([django.child]);
        }
      }

      it('before: Django knows the current value, CloudFront sends it', async () => {
        expect(await statusesThroughCloudFront({ current: OLD }, [OLD, NEW])).toEqual([200, 403]);
      });

      it('2.–3. Django redeployed with both values: CloudFront still sending the old one passes, the new one (after the stack) too, a wrong one not', async () => {
        expect(
          await statusesThroughCloudFront({ current: NEW, previous: OLD }, [OLD, NEW, 'rotation-wrong']),
        ).toEqual([200, 200, 403]);
      });

      it('4. previous dropped once CloudFront sends the new value everywhere: the old value is refused', async () => {
        expect(await statusesThroughCloudFront({ current: NEW }, [NEW, OLD])).toEqual([200, 403]);
      });

      it('negative control, the other order (stack first): CloudFront sends a value Django does not know yet', async () => {
        expect(await statusesThroughCloudFront({ current: OLD }, [NEW])).toEqual([403]);
      });
    });

    describe('negative controls fail for the right reason', () => {
      it('settings without USE_X_FORWARDED_HOST: 400 DisallowedHost for the execute-api name', () =>
        withStack(
          {},
          async (stack) => {
            const reply = await send(stack.emulator, { headers: { host: 'www.example.com' } });
            expect(reply.status).toBe(400);
            expect(json(reply).bad_request).toBe(
              "Invalid HTTP_HOST header: 'abc123defg.execute-api.eu-west-1.amazonaws.com'. You may need to add 'abc123defg.execute-api.eu-west-1.amazonaws.com' to ALLOWED_HOSTS.",
            );
          },
          (source) => source.replace('USE_X_FORWARDED_HOST = True', 'USE_X_FORWARDED_HOST = False'),
        ));

      it('the viewer Host forwarded to API Gateway: 403 at the emulated API Gateway, Django never asked', () =>
        withStack({ origin: { hostStrategy: 'forward-host' } }, async (stack) => {
          const reply = await send(stack.emulator, { headers: { host: 'www.example.com' } });
          expect(reply.status).toBe(403);
          expect(reply.body).toBe('{"message":"Forbidden"}');
          expect(reply.headers['x-edge-emulator-answered-by']).toBe('API Gateway HTTP API');
        }));

      it('the viewer Host forwarded to an ECS Express Mode ALB: not routed (404, inferred), Django never asked', () =>
        withStack(
          { origin: { type: 'ecs-express', endpoint: EXPRESS_ENDPOINT, hostStrategy: 'forward-host' } },
          async (stack) => {
            const reply = await send(stack.emulator, { headers: { host: 'www.example.com' } });
            expect(reply.status).toBe(404);
            expect(reply.headers['x-edge-emulator-answered-by']).toBe(
              'ECS Express Mode ALB (shared, host-header rules)',
            );
            expect(reply.headers['x-edge-emulator-reason']).toContain('inferred');
          },
        ));

      it('an ECS Express Mode service called directly: routed by its own name, then 403 without the secret', () =>
        withStack(
          {
            origin: { type: 'ecs-express', endpoint: EXPRESS_ENDPOINT },
            originProtection: { secretHeader: true },
          },
          async (stack) => {
            const dir = writeGeneratedDjango(stack.config);
            const direct = await startEmulatorCli(join(dir, 'config.json'), stack.django, SECRET, true);
            try {
              const headers = { 'x-forwarded-host': 'www.example.com' };
              const own = await send(direct.port, { headers: { host: EXPRESS_ENDPOINT, ...headers } });
              expect(own.status).toBe(403);
              expect(own.body).toBe(ORIGIN_VERIFY_REJECTION);
              const guessed = await send(direct.port, {
                headers: { host: EXPRESS_ENDPOINT, ...headers, 'x-origin-verify': 'guess' },
              });
              expect(guessed.status).toBe(403);
              // Another Host is not routed by the shared ALB at all.
              const other = await send(direct.port, { headers: { host: 'www.example.com' } });
              expect(other.status).toBe(404);
              // The same request with the secret is served: the 403s came from the secret check alone.
              const good = await send(direct.port, {
                headers: { host: EXPRESS_ENDPOINT, ...headers, 'x-origin-verify': SECRET },
              });
              expect(good.status, good.body).toBe(200);
              expect(json(good)).toMatchObject({ host: 'www.example.com', secure: true });
            } finally {
              await stop([direct.child]);
            }
          },
        ));

      it('straight to the origin without (or with a wrong) secret: 403 from the middleware', () =>
        withStack(
          {
            origin: { type: 'alb', endpoint: 'origin.example.com' },
            originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
          },
          async (stack) => {
            const headers = {
              host: 'origin.example.com',
              'x-forwarded-host': 'www.example.com',
              'x-forwarded-proto': 'https',
            };
            const attempts: Record<string, string>[] = [{}, { 'x-origin-verify': 'guess' }];
            for (const extra of attempts) {
              const reply = await send(stack.django, { headers: { ...headers, ...extra } });
              expect(reply.status).toBe(403);
              expect(reply.body).toBe(ORIGIN_VERIFY_REJECTION);
            }
            // The same request with the secret is served: the 403 above came from the secret check alone.
            const good = await send(stack.django, { headers: { ...headers, 'x-origin-verify': SECRET } });
            expect(good.status).toBe(200);
          },
        ));

      it('SECURE_SSL_REDIRECT on: 200 through CloudFront, no redirect loop', () =>
        withStack({ django: { secureSslRedirect: true } }, async (stack) => {
          const reply = await send(stack.emulator, { headers: { host: 'www.example.com' } });
          expect(reply.status, reply.body).toBe(200);
          expect(json(reply).secure).toBe(true);
        }));

      it('SECURE_SSL_REDIRECT on without SECURE_PROXY_SSL_HEADER: the 301 loop the settings prevent', () =>
        withStack(
          { django: { secureSslRedirect: true } },
          async (stack) => {
            const reply = await send(stack.emulator, { headers: { host: 'www.example.com' } });
            expect(reply.status).toBe(301);
            expect(reply.headers.location).toBe('https://www.example.com/');
          },
          (source) => source.replace(/^SECURE_PROXY_SSL_HEADER = .*$/m, 'SECURE_PROXY_SSL_HEADER = None'),
        ));
    });
  });
}
