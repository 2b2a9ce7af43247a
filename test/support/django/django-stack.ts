import { join } from 'node:path';
import { expect } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../../../src/config/schema';
import { send, startDjango, startEmulatorCli, stop, writeGeneratedDjango, type Reply } from './servers';

/**
 * Test support: one generated Django under gunicorn behind the emulator CLI (a "stack"), the requests the
 * Django tests send through it, and the origin setups they run against.
 */
export const SECRET = 'e2e-origin-secret-7f3b9c';
export const CI = process.env.CI === 'true';
export const VENV_HINT =
  'python3 -m venv .venv && .venv/bin/pip install --retries 0 -r e2e/django/requirements.txt';

export function config(input: ConfigInput): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

export interface Stack {
  config: Config;
  emulator: number;
  django: number;
  /** Stops this stack's gunicorn and emulator (afterAll's stopAll catches anything left on failure). */
  stop: () => Promise<void>;
}

export async function startStack(
  input: ConfigInput,
  editSettings?: (source: string) => string,
): Promise<Stack> {
  const cfg = config(input);
  const dir = writeGeneratedDjango(cfg, editSettings);
  const django = await startDjango(dir, { current: SECRET });
  const emulator = await startEmulatorCli(join(dir, 'config.json'), django.port, SECRET);
  return {
    config: cfg,
    emulator: emulator.port,
    django: django.port,
    stop: () => stop([emulator.child, django.child]),
  };
}

/** Runs a test body against a fresh stack and always stops it. */
export async function withStack(
  input: ConfigInput,
  body: (stack: Stack) => Promise<void>,
  editSettings?: (source: string) => string,
): Promise<void> {
  const stack = await startStack(input, editSettings);
  try {
    await body(stack);
  } finally {
    await stack.stop();
  }
}

export const json = (reply: Reply) => JSON.parse(reply.body) as Record<string, unknown>;

/** GET /form/ through the emulator: the token and the csrftoken cookie Django set. */
export async function csrfPair(stack: Stack, domain: string): Promise<{ token: string; cookie: string }> {
  const reply = await send(stack.emulator, { path: '/form/', headers: { host: domain } });
  expect(reply.status).toBe(200);
  const setCookie = (reply.headers['set-cookie'] ?? []).find((line) => line.startsWith('csrftoken='));
  expect(setCookie, 'Django sets the CSRF cookie').toBeDefined();
  expect(setCookie).toMatch(/;\s*Secure/i);
  return { token: String(json(reply).csrf_token), cookie: setCookie!.split(';')[0]! };
}

export function post(stack: Stack, domain: string, pair: { token: string; cookie: string }, origin: string) {
  return send(stack.emulator, {
    method: 'POST',
    path: '/form/',
    headers: {
      host: domain,
      cookie: pair.cookie,
      origin,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `csrfmiddlewaretoken=${encodeURIComponent(pair.token)}&name=Ada`,
  });
}

export const EXPRESS_ENDPOINT = 'dj-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws';
export const VPC_ORIGIN = {
  type: 'vpc-origin' as const,
  endpoint: 'app-origin.example.com',
  vpcOriginArn:
    'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/0123456789abcdef',
  securityGroupId: 'sg-0123456789abcdef0',
};

export const ORIGIN_CASES: { name: string; input: ConfigInput; domain: string }[] = [
  { name: 'API Gateway HTTP API ($default stage)', input: {}, domain: 'www.example.com' },
  {
    name: 'API Gateway REST API (/prod stage)',
    input: { origin: { type: 'apigw-rest', path: '/prod' } },
    domain: 'www.example.com',
  },
  {
    name: 'Lambda function URL with the secret header',
    input: {
      origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' },
      originProtection: { secretHeader: true },
      securityHeaders: { mode: 'managed' },
    },
    domain: 'www.example.com',
  },
  {
    name: 'ALB (HTTPS listener), apex name, secret header',
    input: {
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      origin: { type: 'alb', endpoint: 'origin.example.com' },
      originProtection: { secretHeader: true },
    },
    domain: 'example.com',
  },
  {
    name: 'ALB with the viewer Host forwarded (AllViewer, no X-Forwarded-Host)',
    input: { origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } },
    domain: 'www.example.com',
  },
  {
    name: 'any HTTPS origin',
    input: { origin: { type: 'custom-https', endpoint: 'app.example.net' } },
    domain: 'www.example.com',
  },
  {
    name: 'ECS Express Mode service with the secret header',
    input: {
      origin: { type: 'ecs-express', endpoint: EXPRESS_ENDPOINT },
      originProtection: { secretHeader: true },
    },
    domain: 'www.example.com',
  },
  {
    name: 'VPC origin over HTTPS, X-Forwarded-Host function',
    input: { origin: VPC_ORIGIN },
    domain: 'www.example.com',
  },
  {
    name: 'VPC origin over HTTP with the viewer Host forwarded (the ALB says http, CloudFront says https)',
    input: {
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      origin: { ...VPC_ORIGIN, vpcOriginProtocol: 'http', hostStrategy: 'forward-host' },
    },
    domain: 'example.com',
  },
];
