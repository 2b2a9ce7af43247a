import type { ResponseHeadersEffect } from './response-headers-policy';
/**
 * The request-flow model's data: a viewer request goes through hops (CloudFront, its function, the origin
 * request, the origin, Django), each recording the headers it changed and why, with the page that says so.
 */

/** A header map with lower-case names; repeated headers are joined the way HTTP joins them. */
export type Headers = Record<string, string>;

/** What the viewer (a browser) sends to https://<domain>/… */
export interface ViewerRequest {
  method: string;
  /** Absolute URL, e.g. https://www.example.com/accounts/login/?next=/ */
  url: string;
  /** Viewer headers other than Host (Host comes from the URL); names in any case. */
  headers?: Record<string, string>;
  /** The viewer's IP address (CloudFront appends it to X-Forwarded-For). */
  clientIp?: string;
}

/** A request as one hop hands it to the next. `headers.host` is the Host header. */
export interface HopRequest {
  method: string;
  /** Path without the query string, e.g. /prod/accounts/login/ */
  path: string;
  /** Query string without '?', '' when none. */
  query: string;
  headers: Headers;
}

export interface HeaderChange {
  header: string;
  change: 'added' | 'removed' | 'rewritten';
  before?: string;
  after?: string;
  why: string;
  /** The documentation page (or report) the rule comes from. */
  source: string;
}

export interface HopNote {
  text: string;
  source: string;
}

export type HopId = 'viewer' | 'edge' | 'function' | 'origin-request' | 'origin' | 'django';

/** A response given by a hop instead of passing the request on (CloudFront 403, API Gateway 403, Django 400…). */
export interface HopResponse {
  status: number;
  /** The body as the real component sends it (shortened where long). */
  body: string;
  headers?: Headers;
  /** Why this hop answers, in words. */
  reason: string;
  source: string;
}

export interface Hop {
  id: HopId;
  title: string;
  /** The request as it leaves this hop (for `viewer`: as sent). */
  request: HopRequest;
  changes: HeaderChange[];
  notes: HopNote[];
  /** Set when this hop answers the viewer itself; later hops are not reached. */
  response?: HopResponse;
}

export interface CacheVerdict {
  policyName: string;
  cacheable: boolean;
  /** What goes into the cache key, in words (e.g. "all cookies: sessionid, csrftoken"). */
  keyParts: string[];
  /** Who may be served the same cached response. */
  sharedWith: string;
  why: string;
  source: string;
}

export interface DjangoVerdict {
  /** What request.get_host() returns, or null when it raises DisallowedHost. */
  host: string | null;
  /** The raw host value get_host() looked at, and where it came from. */
  rawHost: { value: string; from: 'X-Forwarded-Host' | 'Host' };
  allowedHosts: { ok: boolean; message: string };
  isSecure: boolean;
  isSecureBecause: string;
  absoluteUri: string | null;
  /** Only for unsafe methods (POST, PUT, PATCH, DELETE); null for safe ones. */
  csrf: { ok: boolean; message: string } | null;
  /** The origin-verify middleware's decision, when it is installed. */
  originVerify: { ok: boolean; message: string } | null;
  /** The status Django answers with (200 = the view runs). */
  status: number;
}

export interface Trace {
  hops: Hop[];
  /** The hop that answered when the request never reached the Django view code; null when Django answered. */
  answeredBy: HopId | null;
  /** The final response to the viewer (predicted for Django). */
  response: HopResponse;
  /** The request as Django receives it (after the origin), or null when it never gets there. */
  djangoRequest: HopRequest | null;
  cache: CacheVerdict | null;
  django: DjangoVerdict | null;
  /** The behaviour the path chose ("Default (*)" or its pattern). */
  behaviour: string;
  /** What the behaviour's response headers policy does to the origin's answer (set once an origin answered). */
  responseHeaders?: ResponseHeadersEffect;
  /** Set when the behaviour sends the request to an S3 bucket instead of the app origin. */
  s3Bucket?: 'StaticFiles' | 'MediaFiles';
  /** The object S3 was asked for (its key) and its bytes when the emulated bucket has it (null: 403). */
  s3Object?: { bucket: 'StaticFiles' | 'MediaFiles'; key: string; body: Uint8Array | null };
}
