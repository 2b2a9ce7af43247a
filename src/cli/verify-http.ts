import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

/** At most this many requests per run, each within REQUEST_TIMEOUT_MS, all within RUN_TIMEOUT_MS. */
export const MAX_REQUESTS = 30;
export const REQUEST_TIMEOUT_MS = 10_000;
export const RUN_TIMEOUT_MS = 90_000;
/** Bodies beyond this are not read (a page, a JSON answer: enough to find a CSRF token or the host check). */
const MAX_BODY_BYTES = 256 * 1024;

export interface ProbeResponse {
  status: number;
  /** Lower-case name → every value it was sent with, in order (a header sent twice has two). */
  headers: Record<string, string[]>;
  body: string;
}

export interface ProbeRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

/** Where requests for the URL's host go: the host itself, or the --connect address (like curl --connect-to). */
export interface Transport {
  /** plain: the local emulator, which takes a plain-HTTP request as the https:// one it names. */
  mode: 'tls' | 'plain';
  connect?: { address: string; port: number };
  /** A CA to trust besides the system's (--cacert, like curl's: a staging certificate). */
  ca?: string;
}

export class BudgetExceeded extends Error {}

/**
 * Sends the verify checks' requests: only to the URLs the user gave (the site's host, or --origin), at most
 * MAX_REQUESTS of them, each bounded in time, never following redirects.
 */
export class Prober {
  private count = 0;
  private readonly deadline: number;

  constructor(
    readonly siteHost: string,
    readonly transport: Transport,
    readonly allowedHosts: string[],
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + RUN_TIMEOUT_MS;
  }

  get requestsSent(): number {
    return this.count;
  }

  private spend(url: URL): void {
    if (!this.allowedHosts.includes(url.host))
      throw new Error(`refusing to send a request to ${url.host}: not a URL you gave`);
    if (this.count >= MAX_REQUESTS) throw new BudgetExceeded(`the run already sent ${MAX_REQUESTS} requests`);
    if (this.now() > this.deadline)
      throw new BudgetExceeded(`the run took longer than ${RUN_TIMEOUT_MS / 1000} s`);
    this.count += 1;
  }

  /** One request; the site's host goes through the transport, any other allowed host directly. */
  async send(request: ProbeRequest): Promise<ProbeResponse> {
    this.spend(request.url);
    const url = request.url;
    const forSite = url.hostname === this.siteHost;
    const plain = forSite && this.transport.mode === 'plain';
    const secure = url.protocol === 'https:' && !plain;
    const connect = forSite ? this.transport.connect : undefined;
    const defaultPort = url.protocol === 'https:' ? 443 : 80;
    const port =
      connect === undefined ? Number(url.port || defaultPort) : plain || secure ? connect.port : 80;
    const headers: Record<string, string> = {
      host: url.host,
      'user-agent': 'cloudfront-django-wizard-verify',
      ...request.headers,
    };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const options: https.RequestOptions = {
      host: connect?.address ?? url.hostname,
      port,
      method: request.method,
      path: `${url.pathname}${url.search}`,
      headers,
      agent: false,
      timeout: REQUEST_TIMEOUT_MS,
      ...(secure
        ? { servername: url.hostname, ...(this.transport.ca === undefined ? {} : { ca: this.transport.ca }) }
        : {}),
    };
    return new Promise((resolve, reject) => {
      const outgoing = (secure ? https : http).request(options, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) chunks.push(chunk);
          else response.destroy();
        });
        const done = () => {
          const grouped: Record<string, string[]> = {};
          for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) {
            const name = response.rawHeaders[i]!.toLowerCase();
            (grouped[name] ??= []).push(response.rawHeaders[i + 1]!);
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: grouped,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', reject);
      });
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }

  /** A TLS handshake with the site (no HTTP), to see which protocol versions and ciphers it accepts. */
  async handshake(options: {
    minVersion: tls.SecureVersion;
    maxVersion: tls.SecureVersion;
    ciphers?: string;
  }): Promise<{ ok: true; protocol: string; cipher: string } | { ok: false; error: string }> {
    this.spend(new URL(`https://${this.siteHost}`));
    const connect = this.transport.connect;
    return new Promise((resolve) => {
      const socket = tls.connect({
        host: connect?.address ?? this.siteHost,
        port: connect?.port ?? 443,
        servername: this.siteHost,
        minVersion: options.minVersion,
        maxVersion: options.maxVersion,
        // SECLEVEL=0 lets this client offer old protocols and ciphers; the server must be the one to refuse them.
        ciphers: options.ciphers ?? 'DEFAULT@SECLEVEL=0',
        rejectUnauthorized: false,
        timeout: REQUEST_TIMEOUT_MS,
      });
      const finish = (
        result: { ok: true; protocol: string; cipher: string } | { ok: false; error: string },
      ) => {
        socket.destroy();
        resolve(result);
      };
      socket.once('secureConnect', () =>
        finish({ ok: true, protocol: socket.getProtocol() ?? '', cipher: socket.getCipher()?.name ?? '' }),
      );
      socket.once('error', (error: NodeJS.ErrnoException) =>
        finish({ ok: false, error: error.code ?? error.message }),
      );
      socket.once('timeout', () => finish({ ok: false, error: 'timeout' }));
    });
  }
}

/**
 * What --connect points at: a TLS server (CloudFront before DNS moves) or a plain-HTTP one (the local
 * emulator). Decided by one TLS handshake: a server that answers it with HTTP is plain.
 */
export function detectTransport(
  siteHost: string,
  connect: { address: string; port: number },
): Promise<Transport> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: connect.address,
      port: connect.port,
      servername: siteHost,
      rejectUnauthorized: false,
      timeout: REQUEST_TIMEOUT_MS,
    });
    const finish = (mode: Transport['mode']) => {
      socket.destroy();
      resolve({ mode, connect });
    };
    socket.once('secureConnect', () => finish('tls'));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(
        /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|ECONNRESET|HTTP_REQUEST/i.test(
          `${error.code} ${error.message}`,
        )
          ? 'plain'
          : 'tls',
      ),
    );
    socket.once('timeout', () => finish('tls'));
  });
}

export function headerValue(response: ProbeResponse, name: string): string | undefined {
  return response.headers[name]?.join(', ');
}
