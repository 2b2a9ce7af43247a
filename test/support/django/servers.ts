import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../../src/config/schema';
import { deploymentFor } from '../../../src/model';
import { ORIGIN_SECRET_ENV_VAR, PREVIOUS_ORIGIN_SECRET_ENV_VAR } from '../../../src/model/django-settings';
import { djangoTarget } from '../../../src/targets/django';

/** Test support (Node only): real gunicorn + Django and the emulator CLI on free loopback ports. */
export const REPO = resolve(import.meta.dirname, '../../..');
export const GUNICORN = join(REPO, '.venv/bin/gunicorn');
export const DJANGO_PROJECT = join(REPO, 'e2e/django');

const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP/1.1 request to 127.0.0.1:port with exactly these headers (Host included). */
export function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const headers = { ...options.headers };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers,
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolveReply({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Resolves once something listens on 127.0.0.1:port; fails with the server's output if it exits or takes 30 s. */
export async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gunicorn exited (${child.exitCode}):\n${output()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`gunicorn did not listen on ${port}:\n${output()}`);
}

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Writes the generated django/ files (after an optional edit of the settings) into a fresh temp dir. */
export function writeGeneratedDjango(config: Config, editSettings?: (source: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-django-'));
  tempDirs.add(dir);
  for (const file of djangoTarget.generate(deploymentFor(config))) {
    const name = file.path.replace(/^django\//, '');
    const contents =
      name === 'cloudfront_settings.py' && editSettings ? editSettings(file.contents) : file.contents;
    writeFileSync(join(dir, name), contents);
  }
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

/** The origin secret values Django starts with: the current one (AWSCURRENT) and, during a rotation, the previous. */
export interface DjangoSecrets {
  current: string;
  previous?: string;
}

/** gunicorn serving e2e/django with the generated settings; it trusts no proxy header itself (192.0.2.1 only). */
export async function startDjango(
  settingsDir: string,
  secrets: DjangoSecrets,
): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  let output = '';
  const child = track(
    spawn(
      GUNICORN,
      [
        '--bind',
        `127.0.0.1:${port}`,
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
          CLOUDFRONT_SETTINGS_DIR: settingsDir,
          [ORIGIN_SECRET_ENV_VAR]: secrets.current,
          ...(secrets.previous === undefined ? {} : { [PREVIOUS_ORIGIN_SECRET_ENV_VAR]: secrets.previous }),
          DJANGO_SETTINGS_MODULE: 'testsite.settings',
          PYTHONDONTWRITEBYTECODE: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForPort(port, child, () => output);
  return { port, child };
}

/**
 * The emulator CLI (npm run emulate) in front of the upstream; resolves with the port it printed. `secret` is the
 * value the emulated CloudFront sends in the origin header, passed as the emulator reads it: ORIGIN_VERIFY_SECRET.
 */
export function startEmulatorCli(
  configPath: string,
  upstreamPort: number,
  secret: string,
  /** Play a client that skips CloudFront and calls the origin itself (`--direct`). */
  direct = false,
  extraArgs: string[] = [],
): Promise<{ port: number; child: ChildProcess }> {
  const child = track(
    // node --import tsx: one process to stop (the tsx binary would add a child).
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/emulate.ts',
        '--config',
        configPath,
        '--upstream',
        `http://127.0.0.1:${upstreamPort}`,
        '--port',
        '0',
        ...(direct ? ['--direct'] : []),
        ...extraArgs,
      ],
      {
        cwd: REPO,
        env: { ...process.env, [ORIGIN_SECRET_ENV_VAR]: secret },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  let stdout = '';
  let stderr = '';
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start:\n${stdout}${stderr}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolvePort({ port: Number(match[1]), child });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited (${code}):\n${stdout}${stderr}`));
    });
  });
}

/** Runs `manage.py <args>` of e2e/django with the generated settings in `settingsDir` (real Django). */
export function manage(
  settingsDir: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(join(REPO, '.venv/bin/python'), ['-c', MANAGE, ...args], {
    cwd: DJANGO_PROJECT,
    env: {
      PATH: process.env.PATH,
      CLOUDFRONT_SETTINGS_DIR: settingsDir,
      DJANGO_SETTINGS_MODULE: 'testsite.settings',
      PYTHONDONTWRITEBYTECODE: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What manage.py does, without a manage.py file in the test project. */
const MANAGE =
  'import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(["manage.py", *sys.argv[1:]])';

/** Stops the given servers (by their own process), waiting until each has exited. */
export async function stop(children: Iterable<ChildProcess>): Promise<void> {
  const exits = [...children].map(
    (child) =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  );
  await Promise.all(exits);
}

/** Stops every server this module started and still running, and removes the temp dirs. */
export async function stopAll(): Promise<void> {
  await stop(running);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

export const venvPresent = () => existsSync(GUNICORN);
