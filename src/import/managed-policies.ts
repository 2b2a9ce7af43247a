import {
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
} from '../model/aws-constants';
import type {
  ExistingCachePolicy,
  ExistingOriginRequestPolicy,
  ExistingResponseHeadersPolicy,
} from './existing-setup';

type CacheSettings = Extract<ExistingCachePolicy, { kind: 'settings' }>;
type OriginRequestSettings = Extract<ExistingOriginRequestPolicy, { kind: 'settings' }>;

const YEAR = 31_536_000;
const DAY = 86_400;
const NONE = { mode: 'none' } as const;
const ALL = { mode: 'all' } as const;

/** What each managed cache policy keys on and how long it keeps responses, as its documentation page lists. */
const CACHE_SETTINGS: Record<
  keyof typeof MANAGED_CACHE_POLICIES,
  Omit<CacheSettings, 'kind' | 'name' | 'from' | 'managedId'>
> = {
  cachingDisabled: { minTtl: 0, defaultTtl: 0, maxTtl: 0, cookies: NONE, queryStrings: NONE, headers: NONE },
  cachingOptimized: {
    minTtl: 1,
    defaultTtl: DAY,
    maxTtl: YEAR,
    cookies: NONE,
    queryStrings: NONE,
    headers: NONE,
  },
  cachingOptimizedForUncompressedObjects: {
    minTtl: 1,
    defaultTtl: DAY,
    maxTtl: YEAR,
    cookies: NONE,
    queryStrings: NONE,
    headers: NONE,
  },
  amplify: {
    minTtl: 2,
    defaultTtl: 2,
    maxTtl: 600,
    cookies: ALL,
    queryStrings: ALL,
    headers: { mode: 'only', names: ['authorization', 'cloudfront-viewer-country', 'host'] },
  },
  useOriginCacheControlHeaders: {
    minTtl: 0,
    defaultTtl: 0,
    maxTtl: YEAR,
    cookies: ALL,
    queryStrings: NONE,
    headers: { mode: 'only', names: ['host', 'origin'] },
    caveat:
      'cached only when the origin sends Cache-Control; the exact cache key is read from the policy page in part',
  },
  useOriginCacheControlHeadersQueryStrings: {
    minTtl: 0,
    defaultTtl: 0,
    maxTtl: YEAR,
    cookies: ALL,
    queryStrings: ALL,
    headers: { mode: 'only', names: ['host', 'origin'] },
    caveat:
      'cached only when the origin sends Cache-Control; the exact cache key is read from the policy page in part',
  },
};

const ORIGIN_REQUEST_SETTINGS: Record<
  keyof typeof MANAGED_ORIGIN_REQUEST_POLICIES,
  Omit<OriginRequestSettings, 'kind' | 'name' | 'from' | 'managedId'>
> = {
  allViewer: { headers: ALL, cloudFrontHeaders: [], cookies: ALL, queryStrings: ALL },
  allViewerExceptHostHeader: {
    headers: { mode: 'all-except', names: ['host'] },
    cloudFrontHeaders: [],
    cookies: ALL,
    queryStrings: ALL,
  },
  allViewerAndCloudFrontHeaders: {
    headers: ALL,
    cloudFrontHeaders: [
      'cloudfront-forwarded-proto',
      'cloudfront-viewer-address',
      'cloudfront-viewer-country',
    ],
    cookies: ALL,
    queryStrings: ALL,
    caveat: 'also adds the other CloudFront-Viewer-* headers',
  },
  corsS3Origin: {
    headers: {
      mode: 'only',
      names: ['origin', 'access-control-request-headers', 'access-control-request-method'],
    },
    cloudFrontHeaders: [],
    cookies: NONE,
    queryStrings: NONE,
  },
};

/** A cache policy ID as the distribution names it: a managed policy's settings, or unknown (custom, by ID). */
export function cachePolicyById(id: string): ExistingCachePolicy {
  const entry = Object.values(MANAGED_CACHE_POLICIES).find((policy) => policy.id === id);
  if (entry === undefined)
    return {
      kind: 'unknown',
      id,
      why: `a custom cache policy: its settings are not in this export (aws cloudfront get-cache-policy --id ${id} shows them)`,
    };
  return {
    kind: 'settings',
    name: entry.name,
    from: 'managed',
    managedId: entry.id,
    ...CACHE_SETTINGS[entry.key],
  };
}

export function originRequestPolicyById(id: string): ExistingOriginRequestPolicy {
  const entry = Object.values(MANAGED_ORIGIN_REQUEST_POLICIES).find((policy) => policy.id === id);
  if (entry === undefined)
    return {
      kind: 'unknown',
      id,
      why: `a custom or unmodelled origin request policy: its settings are not in this export (aws cloudfront get-origin-request-policy --id ${id} shows them)`,
    };
  return {
    kind: 'settings',
    name: entry.name,
    from: 'managed',
    managedId: entry.id,
    ...ORIGIN_REQUEST_SETTINGS[entry.key],
  };
}

export function responseHeadersPolicyById(id: string): ExistingResponseHeadersPolicy {
  const security = MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders;
  if (id === security.id) return { kind: 'managed', id, name: security.name, hsts: true };
  return { kind: 'unknown', id };
}

export const MANAGED_IDS = {
  cachingDisabled: MANAGED_CACHE_POLICIES.cachingDisabled.id,
  allViewerExceptHostHeader: MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader.id,
  securityHeaders: MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders.id,
};
