import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles } from '../../bundle';
import { deploymentFor } from '../../model';
import { fixture } from '../../../test/support/fixtures';
import {
  manage,
  send,
  startDjango,
  startEmulatorCli,
  stopAll,
  venvPresent,
  writeGeneratedDjango,
} from '../../../test/support/django/servers';
import type { GeneratedFile } from '../types';

/**
 * Static files in S3, as a deployer follows the bundle: real Django's `collectstatic`, then the bundle README's
 * `aws s3 sync` command (played by copying to the folder the emulated bucket reads, which is how sync lays keys
 * out), then a browser's request for the URL Django renders, through the emulated CloudFront: the file that comes
 * back is the uploaded one, at the key the Django README's django-storages `location` gives too.
 */
const CI = process.env.CI === 'true';
const config = fixture('s3-static-and-media');
const temp: string[] = [];

afterAll(async () => {
  await stopAll();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function file(files: GeneratedFile[], path: string): string {
  const found = files.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`No ${path} in the bundle`);
  return found.contents;
}

/** The bucket folder and key prefix of the README's `aws s3 sync "$STATIC_ROOT" "s3://$BUCKET/<prefix>"`. */
function syncTarget(readme: string, root: string): { variable: string; prefix: string } {
  const match = new RegExp(`aws s3 sync "\\$${root}" "s3://\\$([A-Z_]+)/([^"]*)"`).exec(readme);
  if (match === null) throw new Error(`The bundle README has no aws s3 sync of $${root}`);
  return { variable: match[1]!, prefix: match[2]! };
}

describe('static files uploaded as the README says are the ones CloudFront serves', () => {
  it('the upload prefix, the django-storages location and the emulated S3 key agree', () => {
    const files = bundleFiles(config);
    const readme = file(files, 'README.md');
    const djangoReadme = file(files, 'django/README.md');
    const bucket = deploymentFor(config).buckets.find((candidate) => candidate.key === 'StaticFiles')!;
    expect(syncTarget(readme, 'STATIC_ROOT').prefix).toBe('static/');
    expect(syncTarget(readme, 'MEDIA_ROOT').prefix).toBe('media/');
    expect(bucket.objectKeyPrefix).toBe('static/');
    // The snippet writes where CloudFront reads: location + the path under STATIC_URL = the viewer's path.
    expect(djangoReadme).toContain('"location": "static"');
    expect(djangoReadme).toContain('"location": "media"');
    expect(djangoReadme).not.toMatch(/path after `STATIC_URL` as the object key/);
  });

  it.skipIf(!venvPresent() && !CI)('real Django collectstatic + the README sync + the emulator', async () => {
    expect(venvPresent(), 'the Django virtualenv (.venv) is missing').toBe(true);
    const dir = writeGeneratedDjango(config);
    const work = mkdtempSync(join(tmpdir(), 'cf-s3-'));
    temp.push(work);
    const staticRoot = join(work, 'staticfiles');
    const collected = manage(dir, ['collectstatic', '--noinput'], { STATIC_ROOT: staticRoot });
    expect(collected.status, collected.output).toBe(0);

    // `aws s3 sync "$STATIC_ROOT" "s3://$BUCKET/static/"`: every file becomes the key prefix + its path.
    const { prefix } = syncTarget(file(bundleFiles(config), 'README.md'), 'STATIC_ROOT');
    const bucketDir = join(work, 'bucket');
    mkdirSync(join(bucketDir, prefix), { recursive: true });
    cpSync(staticRoot, join(bucketDir, prefix), { recursive: true });

    const django = await startDjango(dir, { current: '' });
    const emulator = await startEmulatorCli(join(dir, 'config.json'), django.port, '', false, [
      '--bucket',
      `StaticFiles=${bucketDir}`,
    ]);
    const host = { host: config.domains.primary };
    const page = await send(emulator.port, { path: '/asset/', headers: host });
    expect(page.status, page.body).toBe(200);
    const url = (JSON.parse(page.body) as { url: string }).url;
    expect(url).toBe('/static/app.css');

    const asset = await send(emulator.port, { path: url, headers: host });
    expect(asset.status, asset.body).toBe(200);
    expect(asset.headers['x-edge-emulator-answered-by']).toBe('S3 bucket');
    expect(asset.headers['x-edge-emulator-s3-key']).toBe('static/app.css');
    expect(asset.body).toBe(readFileSync(join(staticRoot, 'app.css'), 'utf8'));

    // The layout the old Django README described (the path after STATIC_URL as the key) is not served.
    const wrongLayout = join(work, 'wrong-bucket');
    cpSync(staticRoot, wrongLayout, { recursive: true });
    const wrong = await startEmulatorCli(join(dir, 'config.json'), django.port, '', false, [
      '--bucket',
      `StaticFiles=${wrongLayout}`,
    ]);
    const missing = await send(wrong.port, { path: url, headers: host });
    expect(missing.status).toBe(403);
  });
});
