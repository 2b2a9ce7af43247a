import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersForPath, readHeadersFile } from './headers-file-reader';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export const CSP_REPORT_PATH = '/__csp-report';
/** A worker script that tries eval, served under the same headers: proves reports from workers arrive. */
export const PROBE_WORKER_PATH = '/__probe-worker.js';
const PROBE_WORKER = "try { new Function(''); } catch (error) { postMessage(String(error)); }";

export interface StaticSite {
  url: string;
  /** Bodies of the CSP violation reports the browser POSTed (report-uri), page and workers alike. */
  reports: unknown[];
  close(): Promise<void>;
}

/**
 * Test support: serves a built folder the way Netlify or Cloudflare Pages would, with the headers its own
 * `_headers` file gives each path (the file the build generated, read back). With `reportViolations`, the CSP
 * header also asks the browser to POST every violation to this server, so violations in workers are seen too,
 * and PROBE_WORKER_PATH serves a worker that tries eval, to prove it.
 */
export async function serveBuiltSite(
  builtFolder: string,
  options: { reportViolations?: boolean } = {},
): Promise<StaticSite> {
  const root = resolve(builtFolder);
  const rules = readHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const reports: unknown[] = [];
  const headersFor = (path: string) =>
    headersForPath(rules, path).map(({ name, value }) =>
      options.reportViolations && name === 'Content-Security-Policy'
        ? { name, value: `${value}; report-uri ${CSP_REPORT_PATH}` }
        : { name, value },
    );
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method === 'POST' && path === CSP_REPORT_PATH) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        reports.push(JSON.parse(body));
        response.writeHead(204).end();
      });
      return;
    }
    if (options.reportViolations && path === PROBE_WORKER_PATH) {
      for (const { name, value } of headersFor(path)) response.appendHeader(name, value);
      response.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(PROBE_WORKER);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    let found = file.startsWith(root + sep);
    try {
      found &&= statSync(file).isFile();
    } catch {
      found = false;
    }
    for (const { name, value } of headersFor(path)) response.appendHeader(name, value);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reports,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
