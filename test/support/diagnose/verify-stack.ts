import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_CHECK_VIEW } from '../../../src/bundle/readme/verify';
import type { Config } from '../../../src/config/schema';
import { ORIGIN_SECRET_ENV_VAR } from '../../../src/model/django-settings';
import {
  DJANGO_PROJECT,
  GUNICORN,
  freePort,
  startEmulatorCli,
  stop,
  waitForPort,
  writeGeneratedDjango,
} from '../django/servers';

/**
 * Test support (Node only): the test Django with the host-check view the bundle README tells people to add (its
 * very code), the generated settings (optionally edited to break them) and the emulator CLI in front.
 */
export interface VerifyStack {
  emulatorPort: number;
  djangoPort: number;
  configPath: string;
  stop: () => Promise<void>;
}

const SECRET = 'verify-origin-secret-5d1e';

/** A Django settings package that is the e2e test site plus the README's host-check view. */
function writeVerifySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-verifysite-'));
  mkdirSync(join(dir, 'verifysite'));
  writeFileSync(join(dir, 'verifysite', '__init__.py'), '');
  writeFileSync(
    join(dir, 'verifysite', 'settings.py'),
    'from testsite.settings import *  # noqa: F401,F403\n\nROOT_URLCONF = "verifysite.urls"\n',
  );
  writeFileSync(
    join(dir, 'verifysite', 'urls.py'),
    `from testsite.urls import *  # noqa: F401,F403\n\n${HOST_CHECK_VIEW}\n`,
  );
  return dir;
}

export async function startVerifyStack(
  config: Config,
  editSettings?: (source: string) => string,
): Promise<VerifyStack> {
  const settingsDir = writeGeneratedDjango(config, editSettings);
  const siteDir = writeVerifySite();
  const djangoPort = await freePort();
  let output = '';
  const django = spawn(
    GUNICORN,
    [
      '--bind',
      `127.0.0.1:${djangoPort}`,
      '--forwarded-allow-ips',
      '192.0.2.1',
      '--workers',
      '1',
      'testsite.wsgi',
    ],
    {
      cwd: DJANGO_PROJECT,
      env: {
        PATH: process.env.PATH,
        PYTHONPATH: siteDir,
        CLOUDFRONT_SETTINGS_DIR: settingsDir,
        [ORIGIN_SECRET_ENV_VAR]: SECRET,
        DJANGO_SETTINGS_MODULE: 'verifysite.settings',
        PYTHONDONTWRITEBYTECODE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  django.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  django.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForPort(djangoPort, django, () => output);
  } catch (error) {
    await stop([django]);
    throw error;
  }
  const configPath = join(settingsDir, 'config.json');
  const emulator = await startEmulatorCli(configPath, djangoPort, SECRET).catch(async (error: Error) => {
    await stop([django]);
    throw error;
  });
  return {
    emulatorPort: emulator.port,
    djangoPort,
    configPath,
    stop: async () => {
      await stop([emulator.child, django]);
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}
