import type { Config } from '../config/schema';
import { deploymentFor } from '../model';
import { forwardHostHandler } from './forward-host-function';
import { diffHeaders } from './header-editor';
import { SOURCES } from './sources';
import type { HeaderChange, HopRequest, HopResponse } from './types';

/**
 * Runs a CloudFront Function's code on an event and returns what `handler(event)` returned. The model takes it
 * as a parameter: Node runs the very code the generators emit in `node:vm` (`node-function-runner.ts`); the
 * browser, whose Content-Security-Policy forbids eval, runs the function's TypeScript twin
 * (`generatedFunctionTwin`).
 */
export type FunctionRunner = (code: string, event: unknown) => unknown;

/** The runner was handed code it cannot run: a tool failure, never a CloudFront 502. */
export class FunctionNotRunnable extends Error {
  override name = 'FunctionNotRunnable';
}

/**
 * The browser's runner for one config: the generated function's logic written in TypeScript
 * (`forward-host-function.ts`), which `forward-host-function.test.ts` checks against the generated code run in a
 * V8 context, on random configs and events. It runs only the code the model generates for this config and refuses
 * any other, so it never stands in for code it does not mirror.
 */
export function generatedFunctionTwin(config: Config): FunctionRunner {
  const generated = deploymentFor(config).viewerRequestFunction?.code;
  const handler = forwardHostHandler(config.domains.primary);
  return (code, event) => {
    if (code !== generated) {
      throw new FunctionNotRunnable(
        'The page runs only the function the wizard generates for this setup (its policy forbids eval)',
      );
    }
    return handler(structuredClone(event) as Parameters<typeof handler>[0]);
  };
}

interface FunctionValue {
  value: string;
  multiValue?: { value: string }[];
}
type ValueMap = Record<string, FunctionValue>;

/** Headers a viewer-request function may not add or change (CloudFront answers 502), from headers.md §3.3. */
const DISALLOWED =
  /^(connection|expect|keep-alive|proxy-authenticate|proxy-authorization|proxy-connection|trailer|upgrade|x-accel-.*|x-amz-cf-.*|x-amzn-.*|x-cache|x-edge-.*|x-forwarded-proto|x-real-ip)$/;
const READ_ONLY = ['content-length', 'host', 'transfer-encoding', 'via'];

export const DISTRIBUTION_DOMAIN = 'd111111abcdef8.cloudfront.net';

function parseCookies(header: string | undefined): ValueMap {
  const cookies: ValueMap = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies[part.slice(0, eq).trim()] = { value: part.slice(eq + 1).trim() };
  }
  return cookies;
}

function parseQuery(query: string): ValueMap {
  const out: ValueMap = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const existing = out[name];
    if (existing === undefined) out[name] = { value };
    else
      out[name] = { value: existing.value, multiValue: [...(existing.multiValue ?? [existing]), { value }] };
  }
  return out;
}

function valuesOf(item: FunctionValue): string[] {
  return item.multiValue && item.multiValue.length > 0 ? item.multiValue.map((v) => v.value) : [item.value];
}

/** The viewer-request event CloudFront builds (version 1.0; cookies apart from headers). */
export function viewerRequestEvent(request: HopRequest, clientIp: string): unknown {
  const headers: ValueMap = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name !== 'cookie') headers[name] = { value };
  }
  return {
    version: '1.0',
    context: {
      distributionDomainName: DISTRIBUTION_DOMAIN,
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType: 'viewer-request',
      requestId: 'emulated-request',
    },
    viewer: { ip: clientIp },
    request: {
      method: request.method,
      uri: request.path,
      querystring: parseQuery(request.query),
      headers,
      cookies: parseCookies(request.headers.cookie),
    },
  };
}

export type FunctionOutcome =
  | { kind: 'request'; request: HopRequest; changes: HeaderChange[] }
  | { kind: 'response'; response: HopResponse };

const WHY_FUNCTION = 'Set by the viewer-request CloudFront Function (the generated code, run as is)';

/** Runs the function and checks what it returned the way CloudFront would (read-only/disallowed headers → 502). */
export function runViewerFunction(
  code: string,
  request: HopRequest,
  clientIp: string,
  runner: FunctionRunner,
): FunctionOutcome {
  let result: unknown;
  try {
    result = runner(code, viewerRequestEvent(request, clientIp));
  } catch (error) {
    // Code the runner cannot run (or eval refused by a page's policy) is a tool failure, not a CloudFront 502.
    if (error instanceof FunctionNotRunnable || error instanceof EvalError) throw error;
    return failed(`The function threw: ${(error as Error).message}`);
  }
  if (result === null || typeof result !== 'object') return failed('The function returned no request');
  const returned = result as {
    statusCode?: number;
    headers?: ValueMap;
    cookies?: ValueMap;
    uri?: string;
    querystring?: ValueMap;
  };
  if (typeof returned.statusCode === 'number') {
    return {
      kind: 'response',
      response: {
        status: returned.statusCode,
        body: '',
        reason: 'The CloudFront Function returned a response instead of the request',
        source: SOURCES.functionEvent,
      },
    };
  }
  const headers: Record<string, string> = {};
  for (const [name, item] of Object.entries(returned.headers ?? {}))
    headers[name.toLowerCase()] = valuesOf(item).join(', ');
  const cookies = Object.entries(returned.cookies ?? {}).flatMap(([name, item]) =>
    valuesOf(item).map((v) => `${name}=${v}`),
  );
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  for (const name of READ_ONLY) {
    if (headers[name] !== request.headers[name])
      return failed(`The function changed the read-only header ${name}`);
  }
  for (const name of Object.keys(headers)) {
    if (DISALLOWED.test(name) && headers[name] !== request.headers[name]) {
      return failed(`The function set the disallowed header ${name}`);
    }
  }
  const query = Object.entries(returned.querystring ?? {})
    .flatMap(([name, item]) =>
      valuesOf(item).map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`),
    )
    .join('&');
  const next: HopRequest = {
    method: request.method,
    path: typeof returned.uri === 'string' ? returned.uri : request.path,
    // An untouched querystring keeps the viewer's exact encoding.
    query:
      JSON.stringify(returned.querystring ?? {}) === JSON.stringify(parseQuery(request.query))
        ? request.query
        : query,
    headers,
  };
  return {
    kind: 'request',
    request: next,
    changes: diffHeaders(request.headers, headers, WHY_FUNCTION, SOURCES.functionEvent),
  };
}

function failed(reason: string): FunctionOutcome {
  return {
    kind: 'response',
    response: {
      status: 502,
      body: '502 ERROR: The request could not be satisfied. The CloudFront function returned an invalid value.',
      reason,
      source: SOURCES.functionRestrictions,
    },
  };
}
