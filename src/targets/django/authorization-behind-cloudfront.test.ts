import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/fixtures';
import {
  send,
  startDjango,
  startEmulatorCli,
  stop,
  stopAll,
  venvPresent,
  writeGeneratedDjango,
} from '../../../test/support/django/servers';

/**
 * Token and Basic-auth requests through the emulated CloudFront reach real Django (gunicorn) with their
 * Authorization header, with page caching on (the custom cache policy keys on it) and off (CachingDisabled).
 */
const CI = process.env.CI === 'true';

afterAll(stopAll);

describe.skipIf(!venvPresent() && !CI)('Authorization behind CloudFront (real Django)', () => {
  it.each(['apigw-http/all-cookies-and-query-strings', 'seed'])('%s', async (name) => {
    const config = fixture(name);
    const dir = writeGeneratedDjango(config);
    const django = await startDjango(dir, { current: '' });
    const emulator = await startEmulatorCli(join(dir, 'config.json'), django.port, '');
    try {
      const reply = await send(emulator.port, {
        path: '/',
        headers: { host: config.domains.primary, authorization: 'Basic dXNlcjpwYXNz' },
      });
      expect(reply.status, reply.body).toBe(200);
      expect((JSON.parse(reply.body) as { authorization: string | null }).authorization).toBe(
        'Basic dXNlcjpwYXNz',
      );
    } finally {
      await stop([emulator.child, django.child]);
    }
  });
});
