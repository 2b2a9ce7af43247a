import type { Config } from '../config/schema';
import type { Deployment } from '../model';
import type { Prober, ProbeResponse } from './verify-http';

export type CheckResult =
  | { status: 'pass'; detail: string }
  | { status: 'fail'; reason: string; fix: string }
  | { status: 'skip'; why: string };

/** What every check reads: the site, what the config expects (when given), and the one bounded prober. */
export interface VerifyContext {
  /** https://www.example.com/… as the user gave it. */
  url: URL;
  origin: URL | null;
  config: Config | null;
  deployment: Deployment | null;
  /** plain: the local emulator (plain HTTP taken as the https:// request); checks that need TLS or a cache skip. */
  mode: 'tls' | 'plain';
  prober: Prober;
  /** A page with a Django form (CSRF cookie and token on GET, CSRF-protected POST). */
  formPath: string;
  /** A real static file, or null when none is known. */
  staticPath: string | null;
  /** Responses already fetched, by key, so checks share them instead of sending again. */
  cache: Map<string, Promise<ProbeResponse>>;
}

export interface VerifyCheck {
  id: string;
  title: string;
  run(context: VerifyContext): Promise<CheckResult>;
}

export const pass = (detail: string): CheckResult => ({ status: 'pass', detail });
export const fail = (reason: string, fix: string): CheckResult => ({ status: 'fail', reason, fix });
export const skip = (why: string): CheckResult => ({ status: 'skip', why });

/** GET (or any request) once per key: checks that need the same response share it. */
export function fetchOnce(
  context: VerifyContext,
  key: string,
  request: Parameters<Prober['send']>[0],
): Promise<ProbeResponse> {
  let found = context.cache.get(key);
  if (found === undefined) {
    found = context.prober.send(request);
    context.cache.set(key, found);
  }
  return found;
}

/** The URL on the site with another path. */
export function siteUrl(context: VerifyContext, path: string): URL {
  return new URL(path, `${context.url.protocol}//${context.url.host}`);
}

export const EMULATOR_NO_CACHE = 'the local emulator has no cache: X-Cache and Age cannot be seen there';
export const EMULATOR_NO_TLS = 'plain HTTP to the local emulator: there is no TLS to test';
