import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type ConfigInput } from '../config/schema';
import { send } from '../../test/support/django/servers';
import { startEmulator, type RunningEmulator } from './emulator-server';

/** The emulator in-process in front of a recording upstream: what exactly the upstream (Django) receives. */
interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let upstream: http.Server;
let upstreamPort: number;
const seen: Seen[] = [];
const emulators: RunningEmulator[] = [];

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(201, { 'set-cookie': ['a=1; Secure', 'b=2; Secure'], 'x-upstream': 'yes' });
      response.end('from upstream');
    });
  });
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
  upstreamPort = (upstream.address() as AddressInfo).port;
});

afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.close()));
  await new Promise((done) => upstream.close(done));
});

async function emulate(
  input: ConfigInput,
  upstreamUrl = `http://127.0.0.1:${upstreamPort}`,
  domain?: string,
) {
  const parsed = parseConfig(input);
  if (!parsed.success) throw parsed.error;
  const emulator = await startEmulator({
    config: parsed.data,
    upstream: new URL(upstreamUrl),
    originSecret: 'shh',
    domain,
  });
  emulators.push(emulator);
  return emulator.port;
}

describe('startEmulator', () => {
  it('sends the upstream what the REST API would pass to Django: origin Host, stage off, X-Forwarded-*', async () => {
    const port = await emulate({
      origin: { type: 'apigw-rest', path: '/prod' },
      originProtection: { secretHeader: true },
    });
    const reply = await send(port, {
      method: 'POST',
      path: '/form/?x=1',
      headers: {
        host: 'www.example.com',
        'x-forwarded-proto': 'http',
        'x-origin-verify': 'guess',
        'content-type': 'text/plain',
      },
      body: 'hello',
    });
    expect(reply).toMatchObject({ status: 201, body: 'from upstream' });
    expect(reply.headers['set-cookie']).toEqual(['a=1; Secure', 'b=2; Secure']);
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/form/?x=1', body: 'hello' });
    expect(request.headers).toMatchObject({
      host: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
      'x-forwarded-host': 'www.example.com',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'x-origin-verify': 'shh',
      'content-length': '5',
    });
    expect(String(request.headers['x-forwarded-for']).split(', ')).toHaveLength(2);
  });

  it('answers itself where CloudFront or the origin would, and never asks the upstream', async () => {
    const port = await emulate({ origin: { hostStrategy: 'forward-host' } });
    const before = seen.length;
    const refused = await send(port, { headers: { host: 'www.example.com' } });
    expect(refused).toMatchObject({ status: 403, body: '{"message":"Forbidden"}' });
    const foreign = await send(port, { headers: { host: 'evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['x-edge-emulator-answered-by']).toBe('CloudFront (viewer request)');
    const postStatic = await send(port, {
      method: 'POST',
      path: '/static/a.css',
      headers: { host: 'www.example.com' },
    });
    expect(postStatic.status).toBe(403);
    expect(seen.length).toBe(before);
  });

  it('--domain overrides the Host; S3 behaviours and an unreachable upstream give a clear 502', async () => {
    const port = await emulate(
      { staticFiles: { enabled: true, source: 's3' } },
      'http://127.0.0.1:9',
      'www.example.com',
    );
    const down = await send(port, { headers: { host: '127.0.0.1' } });
    expect(down.status).toBe(502);
    expect(down.body).toContain('the upstream http://127.0.0.1:9 did not answer');
    const bucket = await send(port, { path: '/static/a.css', headers: { host: '127.0.0.1' } });
    expect(bucket.status).toBe(502);
    expect(bucket.body).toContain('StaticFiles S3 bucket');
  });
});

describe('npm run emulate (CLI)', () => {
  const repo = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'emulate-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/emulate.ts', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ORIGIN_VERIFY_SECRET: '', ...env },
      timeout: 60_000,
    });

  it('exits 2 with the schema’s message for a bad config, and when the secret is missing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ domains: { primary: 'https://www.example.com' } }));
    const badRun = run(['--config', bad, '--upstream', 'http://127.0.0.1:8000']);
    expect(badRun.status).toBe(2);
    expect(badRun.stderr).toContain('domains.primary: Enter the domain name only, without https://');
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, JSON.stringify({ originProtection: { secretHeader: true } }));
    const secretRun = run(['--config', secret, '--upstream', 'http://127.0.0.1:8000']);
    expect(secretRun.status).toBe(2);
    expect(secretRun.stderr).toContain('ORIGIN_VERIFY_SECRET');
    const noArgs = run([]);
    expect(noArgs.status).toBe(2);
    expect(noArgs.stderr).toContain('usage: npm run emulate');
  });

  /** Starts the CLI in front of the recording upstream; resolves with its port once it prints the one line. */
  function startCli(
    args: string[],
    env: Record<string, string>,
  ): Promise<{ port: number; stop: () => void }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/emulate.ts', ...args], {
      cwd: repo,
      env: { ...process.env, ORIGIN_VERIFY_SECRET: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    return new Promise((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(stdout);
        if (match) done({ port: Number(match[1]), stop: () => child.kill('SIGTERM') });
      });
      child.on('exit', (code) => fail(new Error(`emulate exited (${code}): ${stdout}`)));
    });
  }

  it('sends the secret Django reads as ORIGIN_VERIFY_SECRET (or --origin-secret) in the origin header', async () => {
    const config = join(dir, 'protected.json');
    writeFileSync(
      config,
      JSON.stringify({ originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' } }),
    );
    const args = ['--config', config, '--upstream', `http://127.0.0.1:${upstreamPort}`, '--quiet'];
    for (const [extra, env, expected] of [
      [[], { ORIGIN_VERIFY_SECRET: 'from-the-environment' }, 'from-the-environment'],
      [['--origin-secret', 'from-the-flag'], { ORIGIN_VERIFY_SECRET: 'ignored' }, 'from-the-flag'],
    ] as const) {
      const cli = await startCli([...args, ...extra], env);
      try {
        const reply = await send(cli.port, {
          headers: { host: 'www.example.com', 'x-origin-verify': 'forged' },
        });
        expect(reply.status).toBe(201);
        expect(seen[seen.length - 1]?.headers['x-origin-verify']).toBe(expected);
      } finally {
        cli.stop();
      }
    }
  });
});
