import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { BucketKey } from '../model';
import type { BucketLookup } from './s3-origin';
import type { Config } from '../config/schema';
import { directOriginRequest } from './direct-request';
import { runInNodeVm } from './node-function-runner';
import { withPolicyHeaders } from './response-headers-policy';
import { traceRequest } from './trace';
import type { Trace } from './types';

/**
 * Node-only: an HTTP server on 127.0.0.1 that treats each request as a viewer's HTTPS request, runs it through
 * the request-flow model (the generated function in node:vm) and either answers where CloudFront or the origin
 * would (403, 301, 502) or sends the request Django would receive to the upstream (e.g. gunicorn).
 */
export interface EmulatorOptions {
  config: Config;
  /** Where Django listens, e.g. http://127.0.0.1:8000 */
  upstream: URL;
  /** Treat every request as one for this domain instead of its own Host. */
  domain?: string;
  /** The value CloudFront sends in the secret origin header. */
  originSecret: string;
  /**
   * Play a client that skips CloudFront and calls the origin's endpoint itself: a VPC origin cannot be reached
   * (504, Django never asked); any other origin gets the request as sent.
   */
  direct?: boolean;
  port?: number;
  log?: (line: string) => void;
  /**
   * A folder per emulated S3 bucket: the object key `static/css/app.css` is the file `static/css/app.css` in it,
   * as `aws s3 sync <dir> s3://<bucket>/` lays it out. A bucket without a folder is not served (502).
   */
  buckets?: Partial<Record<BucketKey, string>>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Reads objects from the buckets' folders; a key that leaves its folder (`..`) is no object. */
export function folderBuckets(folders: Partial<Record<BucketKey, string>>): BucketLookup {
  return (bucket, key) => {
    const folder = folders[bucket];
    if (folder === undefined) return undefined;
    const root = resolve(folder);
    const path = resolve(join(root, key));
    const inside = relative(root, path);
    if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
    try {
      if (!statSync(path).isFile()) return undefined;
      return { body: readFileSync(path), contentType: CONTENT_TYPES[extname(path)] };
    } catch {
      return undefined;
    }
  };
}

export interface RunningEmulator {
  port: number;
  url: string;
  close: () => Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Header values must be ASCII on the wire. */
const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, "'");

function viewerHeaders(request: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'host') continue;
    headers[name] = Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
  }
  return headers;
}

function forward(
  trace: Pick<Trace, 'djangoRequest'>,
  body: Buffer,
  upstream: URL,
): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
  const target = trace.djangoRequest!;
  const headers: http.OutgoingHttpHeaders = { ...target.headers };
  delete headers['content-length'];
  if (body.length > 0) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: upstream.hostname,
        port: upstream.port || 80,
        method: target.method,
        path: `${target.path}${target.query ? `?${target.query}` : ''}`,
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const out: http.OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (!HOP_BY_HOP.has(name) && name !== 'content-length' && value !== undefined) out[name] = value;
          }
          resolve({ status: response.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A request that skips CloudFront: unreachable (VPC origin), refused by the origin, or sent on to Django. */
async function answerDirect(
  options: EmulatorOptions,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  body: Buffer,
  log: (line: string) => void,
): Promise<void> {
  const [path = '/', query = ''] = (request.url ?? '/').split('?', 2);
  const outcome = directOriginRequest(options.config, {
    method: request.method ?? 'GET',
    path,
    query,
    headers: { ...viewerHeaders(request), host: request.headers.host ?? '' },
  });
  const answer = (status: number, by: string, reason: string, text: string) => {
    log(`direct ${request.method} ${request.url} -> ${status} from ${by}: ${reason}`);
    response.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'x-edge-emulator-answered-by': ascii(by),
      'x-edge-emulator-reason': ascii(reason),
    });
    response.end(text);
  };
  if (!outcome.reachable) {
    answer(504, 'network', outcome.reason, `edge emulator: ${outcome.reason}\n`);
    return;
  }
  const refused = outcome.origin.response;
  if (refused !== undefined) {
    answer(refused.status, outcome.origin.title, refused.reason, refused.body);
    return;
  }
  const upstream = await forward({ djangoRequest: outcome.origin.request }, body, options.upstream);
  log(`direct ${request.method} ${request.url} -> upstream ${upstream.status}`);
  response.writeHead(upstream.status, {
    ...upstream.headers,
    'content-length': String(upstream.body.length),
  });
  response.end(upstream.body);
}

export function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const log = options.log ?? (() => {});
  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      if (options.direct === true) {
        await answerDirect(options, request, response, body, log);
        return;
      }
      const host = options.domain ?? request.headers.host ?? '';
      const trace = traceRequest(
        options.config,
        {
          method: request.method ?? 'GET',
          url: `https://${host}${request.url ?? '/'}`,
          headers: viewerHeaders(request),
          clientIp: request.socket.remoteAddress?.replace(/^::ffff:/, ''),
        },
        {
          runner: runInNodeVm,
          originSecret: options.originSecret,
          buckets: options.buckets === undefined ? undefined : folderBuckets(options.buckets),
        },
      );
      if (trace.s3Bucket !== undefined && options.buckets?.[trace.s3Bucket] !== undefined) {
        const object = trace.s3Object;
        log(
          `${request.method} ${request.url} -> S3 ${trace.s3Bucket} ${object?.key ?? ''} ${trace.response.status}`,
        );
        response.writeHead(trace.response.status, {
          ...withPolicyHeaders(trace.response.headers ?? {}, trace.responseHeaders ?? { kind: 'none' }),
          'x-edge-emulator-answered-by': 'S3 bucket',
          'x-edge-emulator-s3-key': ascii(object?.key ?? ''),
        });
        response.end(object?.body === null || object === undefined ? trace.response.body : object.body);
        return;
      }
      if (trace.s3Bucket !== undefined) {
        const message = `edge emulator: ${trace.behaviour} goes to the ${trace.s3Bucket} S3 bucket, which the emulator does not serve`;
        log(message);
        response.writeHead(502, {
          'content-type': 'text/plain; charset=utf-8',
          'x-edge-emulator-answered-by': 'emulator',
        });
        response.end(`${message}\n`);
        return;
      }
      if (trace.djangoRequest === null) {
        const hop = trace.hops[trace.hops.length - 1]!;
        log(
          `${request.method} ${request.url} -> ${trace.response.status} from ${hop.title}: ${trace.response.reason}`,
        );
        response.writeHead(trace.response.status, {
          ...withPolicyHeaders(trace.response.headers ?? {}, trace.responseHeaders ?? { kind: 'none' }),
          'content-type': 'text/plain; charset=utf-8',
          'x-edge-emulator-answered-by': ascii(hop.title),
          'x-edge-emulator-reason': ascii(trace.response.reason),
        });
        response.end(trace.response.body);
        return;
      }
      try {
        const upstream = await forward(trace, body, options.upstream);
        log(
          `${request.method} ${request.url} -> ${trace.djangoRequest.method} ${trace.djangoRequest.path} upstream ${upstream.status}`,
        );
        // CloudFront's response headers policy acts on Django's answer (the custom one replaces its headers).
        response.writeHead(upstream.status, {
          ...withPolicyHeaders(upstream.headers, trace.responseHeaders ?? { kind: 'none' }),
          'content-length': String(upstream.body.length),
        });
        response.end(upstream.body);
      } catch (error) {
        const message = `edge emulator: the upstream ${options.upstream.origin} did not answer (${(error as Error).message})`;
        log(message);
        response.writeHead(502, {
          'content-type': 'text/plain; charset=utf-8',
          'x-edge-emulator-answered-by': 'emulator',
        });
        response.end(`${message}\n`);
      }
    })().catch((error: unknown) => {
      log(`internal error: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`edge emulator: internal error: ${(error as Error).message}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
