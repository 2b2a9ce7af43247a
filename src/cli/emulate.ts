import { parseArgs } from 'node:util';
import { parseConfig } from '../config/schema';
import { startEmulator } from '../edge/emulator-server';
import { deploymentFor, type BucketKey } from '../model';
import { readConfigFile } from './read-input';
import { terminalLines } from './terminal-text';

/**
 * npm run emulate -- --config my.json --upstream http://127.0.0.1:8000 [--port 0] [--domain www.example.com]
 *   [--bucket StaticFiles=./bucket]: a folder laid out as `aws s3 sync` lays out the bucket (object key = path).
 * Puts the emulated CloudFront + origin in front of a local Django; prints one line when ready.
 */
const USAGE =
  'usage: npm run emulate -- --config <config.json> --upstream http://127.0.0.1:8000 [--port 0] [--domain <name>] [--origin-secret <value>] [--bucket StaticFiles=<folder>] [--bucket MediaFiles=<folder>] [--direct]';

/** Prints the message (escaped: it may quote the config or a path) and exits. */
function fail(message: string): never {
  process.stderr.write(terminalLines(`emulate: ${message}`.split('\n')));
  process.exit(2);
}

async function main(): Promise<void> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    values = parseArgs({
      options: {
        config: { type: 'string' },
        upstream: { type: 'string' },
        port: { type: 'string', default: '0' },
        domain: { type: 'string' },
        'origin-secret': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        // Play a client that calls the origin itself, skipping CloudFront.
        direct: { type: 'boolean', default: false },
        bucket: { type: 'string', multiple: true },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const configPath = values.config as string | undefined;
  const upstreamText = values.upstream as string | undefined;
  if (configPath === undefined || upstreamText === undefined) fail(USAGE);

  const read = readConfigFile(configPath);
  if (!read.ok) fail(`${configPath} ${read.problem}`);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    fail(`cannot read ${configPath} as JSON: ${(error as Error).message}`);
  }
  const parsed = parseConfig(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    fail(`${configPath} is not a valid configuration:\n${issues.join('\n')}`);
  }
  let upstream: URL;
  try {
    upstream = new URL(upstreamText);
  } catch {
    fail(`--upstream ${upstreamText} is not a URL, e.g. http://127.0.0.1:8000`);
  }
  if (upstream.protocol !== 'http:')
    fail('--upstream must be an http:// URL (the emulator plays the TLS hops)');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${values.port} is not a port number`);

  // The deploy input's one name: the variable Django reads the secret from is the one the emulator reads too.
  const secretInput = deploymentFor(parsed.data).inputs.find((input) => input.key === 'originSecret');
  const secret =
    (values['origin-secret'] as string | undefined) ??
    (secretInput === undefined ? undefined : process.env[secretInput.name]) ??
    '';
  if (secretInput !== undefined && secret === '') {
    fail(
      `origin protection is on: set ${secretInput.name} (the same value Django gets) or pass --origin-secret`,
    );
  }
  const buckets: Partial<Record<BucketKey, string>> = {};
  for (const entry of (values.bucket as string[] | undefined) ?? []) {
    const match = /^(StaticFiles|MediaFiles)=(.+)$/.exec(entry);
    if (match === null) fail(`--bucket ${entry}: give StaticFiles=<folder> or MediaFiles=<folder>`);
    buckets[match[1] as BucketKey] = match[2]!;
  }
  const domain = values.domain as string | undefined;
  const quiet = values.quiet === true;
  const running = await startEmulator({
    config: parsed.data,
    upstream,
    domain,
    originSecret: secret,
    direct: values.direct === true,
    port,
    buckets,
    log: quiet ? undefined : (line) => process.stderr.write(terminalLines([line])),
  }).catch((error: Error) => fail(`cannot listen on 127.0.0.1:${port}: ${error.message}`));
  process.stdout.write(`listening on ${running.url}\n`);
  if (domain === undefined && !quiet) {
    process.stderr.write(
      `each request counts as one for the Host it carries: send Host: ${parsed.data.domains.primary} or start with --domain\n`,
    );
  }
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
