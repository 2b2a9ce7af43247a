import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allDomains, parseConfig, type Config } from '../config/schema';
import { deploymentFor } from '../model';
import { urlPrefixOf } from '../model/django-settings';
import { readConfigFile } from './read-input';
import { terminalLines } from './terminal-text';
import { fail, skip, type CheckResult, type VerifyCheck, type VerifyContext } from './verify-check-types';
import { setCookieNeverCached, staticFilesCached } from './verify-checks-cache';
import { allowedMethods, csrfPost } from './verify-checks-forms';
import { forwardedHost, originRefusesDirect } from './verify-checks-host';
import { cspOnce } from './verify-checks-csp';
import { hstsOnce, httpsRedirect, tlsPolicy } from './verify-checks-transport';
import {
  BudgetExceeded,
  MAX_REQUESTS,
  Prober,
  RUN_TIMEOUT_MS,
  detectTransport,
  type Transport,
} from './verify-http';

export const VERIFY_USAGE = `Usage: npm run verify -- --url https://www.example.com [--origin https://<origin endpoint>] [--config FILE] [--connect ADDRESS:PORT]

Probes a deployed site for the traps this wizard knows and prints one line per check (PASS, FAIL with the
reason and the setting that fixes it, or SKIP with why), then a summary.

  --url URL            The site, https://<your domain>[/page]: every check talks to this host only
  --origin URL         The origin endpoint (e.g. https://abc.execute-api.eu-west-1.amazonaws.com/prod), to check
                       that it refuses requests that skip CloudFront
  --config FILE        The bundle's config.json: what the checks expect (protection, static path, TLS, HSTS, CSP)
  --connect ADDR:PORT  Send every request for the URL's host to this address instead (like curl --connect-to):
                       CloudFront before DNS points at it, or the local emulator (plain HTTP, taken as the
                       https:// request the URL names; checks that need TLS or a cache are skipped). Plain
                       http:// requests go to ADDR port 80 when ADDR speaks TLS.
  --form PATH          A page with a Django form (CSRF cookie and token on GET), default /admin/login/; the
                       POST sent carries the token only, never credentials
  --static PATH        A real static file, default <STATIC_URL>admin/css/base.css with --config
  --cacert FILE        Trust this CA certificate too (PEM), e.g. for a staging certificate
  -h, --help           Show this help

At most ${MAX_REQUESTS} requests, each within 10 s, all within ${RUN_TIMEOUT_MS / 1000} s (and, with --connect, one TLS
handshake to tell TLS from plain HTTP); redirects are not followed; nothing is sent anywhere but --url and --origin.
Exit status: 0 when no check failed, 1 when one did, 2 on a usage error.`;

/** In the order they run: later checks reuse earlier answers (the page, the form, the POST). */
export const VERIFY_CHECKS: VerifyCheck[] = [
  httpsRedirect,
  tlsPolicy,
  hstsOnce,
  cspOnce,
  forwardedHost,
  originRefusesDirect,
  setCookieNeverCached,
  staticFilesCached,
  csrfPost,
  allowedMethods,
];

export interface VerifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

class UsageError extends Error {}

function parseConnect(text: string): { address: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/.exec(text);
  const port = Number(match?.[2]);
  if (match === null || port < 1 || port > 65535)
    throw new UsageError(`--connect takes ADDRESS:PORT, e.g. 127.0.0.1:8080; got "${text}"`);
  return { address: match[1]!.replace(/^\[|\]$/g, ''), port };
}

/** A file the user named, read as the generate CLI reads a config: a regular file, bounded, never waited on. */
function readSmallFile(option: string, path: string, cwd: string): string {
  const read = readConfigFile(resolve(cwd, path));
  if (read.ok) return read.text;
  throw new UsageError(
    read.code === undefined
      ? `${option} ${path} ${read.problem}`
      : `cannot read ${option} ${path}: ${read.code}`,
  );
}

function readCa(path: string, cwd: string): string {
  return readSmallFile('--cacert', path, cwd);
}

function loadConfig(path: string, cwd: string): Config {
  const text = readSmallFile('--config', path, cwd);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read --config ${path}: ${(error as Error).message}`);
  }
  const parsed = parseConfig(json);
  if (!parsed.success)
    throw new UsageError(
      `--config ${path} is not a valid config:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  return parsed.data;
}

async function setUp(argv: string[], io: VerifyIo): Promise<VerifyContext | 'help'> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        origin: { type: 'string' },
        config: { type: 'string' },
        connect: { type: 'string' },
        form: { type: 'string', default: '/admin/login/' },
        static: { type: 'string' },
        cacert: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.url === undefined) throw new UsageError('give --url https://<your domain>');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`--url ${values.url} is not a URL`);
  }
  if (url.protocol !== 'https:') throw new UsageError('--url must be the https:// address viewers use');
  let origin: URL | null = null;
  if (values.origin !== undefined) {
    try {
      origin = new URL(values.origin);
    } catch {
      throw new UsageError(`--origin ${values.origin} is not a URL`);
    }
    if (!/^https?:$/.test(origin.protocol)) throw new UsageError('--origin must be an http(s) URL');
  }
  for (const [name, path] of [
    ['--form', values.form],
    ['--static', values.static],
  ] as const)
    if (path !== undefined && !path.startsWith('/'))
      throw new UsageError(`${name} takes a path starting with /`);
  const config = values.config === undefined ? null : loadConfig(values.config, io.cwd);
  if (config !== null && !allDomains(config).includes(url.hostname))
    io.stderr(
      terminalLines([
        `note: ${url.hostname} is not one of the config’s domains (${allDomains(config).join(', ')})`,
      ]),
    );
  const connect = values.connect === undefined ? undefined : parseConnect(values.connect);
  const detected: Transport =
    connect === undefined ? { mode: 'tls' } : await detectTransport(url.hostname, connect);
  const transport: Transport =
    values.cacert === undefined ? detected : { ...detected, ca: readCa(values.cacert, io.cwd) };
  if (transport.mode === 'plain')
    io.stdout(
      `${connect!.address}:${connect!.port} speaks plain HTTP (the local emulator): each request counts as the https:// one it names.\n`,
    );
  const staticFiles = config?.staticFiles;
  const staticPath =
    values.static ??
    (staticFiles?.enabled ? `${urlPrefixOf(staticFiles.pathPattern)}admin/css/base.css` : null);
  return {
    url,
    origin,
    config,
    deployment: config === null ? null : deploymentFor(config),
    mode: transport.mode,
    prober: new Prober(url.hostname, transport, [url.host, ...(origin === null ? [] : [origin.host])]),
    formPath: values.form,
    staticPath,
    cache: new Map(),
  };
}

async function runCheck(check: VerifyCheck, context: VerifyContext): Promise<CheckResult> {
  try {
    return await check.run(context);
  } catch (error) {
    if (error instanceof BudgetExceeded) return skip(`not run: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      `a request failed: ${code ?? (error as Error).message}`,
      'check --url and --connect (is the site reachable from here?)',
    );
  }
}

export function resultLine(check: VerifyCheck, result: CheckResult): string {
  switch (result.status) {
    case 'pass':
      return `PASS  ${check.title}: ${result.detail}`;
    case 'fail':
      return `FAIL  ${check.title}: ${result.reason}\n      fix: ${result.fix}`;
    case 'skip':
      return `SKIP  ${check.title}: ${result.why}`;
  }
}

/** `npm run verify -- …`: runs every check once, in order; resolves with the exit code. */
export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  let context: VerifyContext | 'help';
  try {
    context = await setUp(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(terminalLines([...`error: ${error.message}`.split('\n'), 'Run with --help for usage.']));
    return 2;
  }
  if (context === 'help') {
    io.stdout(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const counts = { pass: 0, fail: 0, skip: 0 };
  for (const check of VERIFY_CHECKS) {
    const result = await runCheck(check, context);
    counts[result.status] += 1;
    // Details quote what the site answered: escaped, so a response cannot drive the terminal.
    io.stdout(terminalLines(resultLine(check, result).split('\n')));
  }
  io.stdout(
    `\nverify ${context.url.host}: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped (${context.prober.requestsSent} requests)\n`,
  );
  return counts.fail === 0 ? 0 : 1;
}
