import type { Deployment, OriginPlan, PolicyRef } from '../model';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../model/aws-constants';
import type { ChosenBehaviour } from './cloudfront-edge';
import { HeaderEditor } from './header-editor';
import { SOURCES } from './sources';
import type { CacheVerdict, HeaderChange, HopNote, HopRequest } from './types';

/** The Via value CloudFront adds (a per-edge host name; this one is made up). */
export const CLOUDFRONT_VIA = '1.1 5f3a0c2e9b7d4a1e.cloudfront.net (CloudFront)';
/** A made-up request id of the X-Amz-Cf-Id form. */
export const CLOUDFRONT_REQUEST_ID = 'emulated-4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==';

export interface OriginRequestResult {
  origin: OriginPlan;
  request: HopRequest;
  changes: HeaderChange[];
  notes: HopNote[];
}

function isManaged(ref: PolicyRef | null, id: string): boolean {
  return ref?.kind === 'managed' && ref.policy.id === id;
}

/**
 * The request CloudFront sends to the origin: headers per the origin request policy, the headers CloudFront
 * always removes or adds, the secret origin header and the origin path.
 */
export function originRequestFor(
  deployment: Deployment,
  behaviour: ChosenBehaviour,
  request: HopRequest,
  clientIp: string,
  originSecret: string,
): OriginRequestResult {
  const origin = deployment.distribution.origins.find((candidate) => candidate.id === behaviour.originId);
  if (origin === undefined) throw new Error(`The deployment has no origin ${behaviour.originId}`);
  const editor = new HeaderEditor(request.headers);
  const notes: HopNote[] = [];
  const policy = behaviour.originRequestPolicy;
  const originHost =
    origin.kind === 's3' ? `${origin.bucket.toLowerCase()}-bucket.s3.amazonaws.com` : origin.domainName;
  let query = request.query;

  if (isManaged(policy, MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader.id)) {
    editor.set(
      'host',
      originHost,
      'Origin request policy AllViewerExceptHostHeader forwards every viewer header except Host; CloudFront sets Host to the origin’s domain name',
      SOURCES.originRequestPolicies,
    );
  } else if (isManaged(policy, MANAGED_ORIGIN_REQUEST_POLICIES.allViewer.id)) {
    notes.push({
      text: 'Origin request policy AllViewer forwards every viewer header, the viewer’s Host included.',
      source: SOURCES.originRequestPolicies,
    });
  } else {
    // No origin request policy: only what the cache policy puts in the key reaches the origin (none here).
    const why =
      'No origin request policy: CloudFront forwards only the headers, cookies and query strings in the cache key';
    for (const name of Object.keys(editor.headers)) {
      if (name !== 'host' && name !== 'x-forwarded-for' && name !== 'via')
        editor.remove(name, why, SOURCES.cachePolicies);
    }
    editor.set(
      'host',
      originHost,
      'CloudFront sets Host to the origin’s domain name',
      SOURCES.cloudFrontRequestHeaders,
    );
    editor.set(
      'user-agent',
      'Amazon CloudFront',
      'User-Agent is replaced when it is not forwarded',
      SOURCES.cloudFrontRequestHeaders,
    );
    if (query !== '')
      notes.push({
        text: `Query string ?${query} dropped: not in the cache key.`,
        source: SOURCES.cachePolicies,
      });
    query = '';
  }

  if (editor.headers.authorization !== undefined && !authorizationReachesOrigin(deployment, behaviour)) {
    editor.remove(
      'authorization',
      `The cache policy ${policyLabel(behaviour.cachePolicy)} caches and does not put Authorization in the cache key: CloudFront then never sends it to the origin (no origin request policy can)`,
      SOURCES.authorizationHeader,
    );
  }

  removeViewerOnlyHeaders(editor);
  addCloudFrontHeaders(editor, clientIp);

  if (origin.kind === 'vpc') {
    for (const header of origin.fixedHeaders)
      editor.set(
        header.name.toLowerCase(),
        header.value,
        'Origin custom header with a fixed value: every request CloudFront sends on came to it over HTTPS (HTTP is redirected), and it overwrites any value the viewer sent',
        SOURCES.originCustomHeaders,
      );
  }
  if (origin.kind !== 's3' && origin.secretHeader && deployment.originSecret !== null) {
    editor.set(
      deployment.originSecret.headerName,
      originSecret,
      'Origin custom header with the secret: CloudFront overwrites any value the viewer sent',
      SOURCES.originCustomHeaders,
    );
  }
  if (origin.kind === 'custom' && origin.originAccessControl === 'LambdaUrl') {
    editor.set(
      'authorization',
      'AWS4-HMAC-SHA256 Credential=…/lambda/aws4_request, SignedHeaders=…, Signature=…',
      'Origin access control signs the request (SigV4), replacing any Authorization the viewer sent',
      SOURCES.lambdaOac,
    );
  }
  const originPath = origin.originPath;
  if (originPath !== '') {
    notes.push({
      text: `Origin path ${originPath} is put in front of the path.`,
      source: SOURCES.originPath,
    });
  }
  return {
    origin,
    request: { method: request.method, path: `${originPath}${request.path}`, query, headers: editor.headers },
    changes: editor.changes,
    notes,
  };
}

const policyLabel = (ref: PolicyRef): string => (ref.kind === 'managed' ? ref.policy.name : ref.key);

/**
 * Whether a viewer's Authorization header reaches the origin: always when caching is disabled (the AllViewer
 * policies forward it then); with a caching policy only when the header is in that policy's cache key, so that
 * the cache never answers one caller's request with another's response.
 */
export function authorizationReachesOrigin(deployment: Deployment, behaviour: ChosenBehaviour): boolean {
  const ref = behaviour.cachePolicy;
  if (ref.kind === 'managed') return ref.policy.id === MANAGED_CACHE_POLICIES.cachingDisabled.id;
  const custom = deployment.cachePolicies.find((candidate) => candidate.key === ref.key);
  return custom?.headers.includes('authorization') ?? false;
}

function cookieNames(request: HopRequest): string[] {
  return (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter((name) => name !== '');
}

/** Whether CloudFront may cache the response to this request, on what key, and who would share it. */
export function cacheVerdictFor(
  deployment: Deployment,
  behaviour: ChosenBehaviour,
  request: HopRequest,
): CacheVerdict {
  const ref = behaviour.cachePolicy;
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  const source = SOURCES.cachePolicies;
  if (ref.kind === 'managed' && ref.policy.id === MANAGED_CACHE_POLICIES.cachingDisabled.id) {
    return {
      policyName: ref.policy.name,
      cacheable: false,
      keyParts: [],
      sharedWith: 'nobody: every request goes to the origin',
      why: 'CachingDisabled: all TTLs are 0.',
      source,
    };
  }
  if (!readOnly) {
    return {
      policyName: ref.kind === 'managed' ? ref.policy.name : ref.key,
      cacheable: false,
      keyParts: [],
      sharedWith: 'nobody',
      why: `CloudFront caches GET and HEAD responses only; ${request.method} always goes to the origin.`,
      source,
    };
  }
  if (ref.kind === 'managed') {
    return {
      policyName: ref.policy.name,
      cacheable: true,
      keyParts: ['the path', 'Accept-Encoding (gzip/br)'],
      sharedWith: 'every viewer of this URL: cookies and query strings are not in the key',
      why: `${ref.policy.name}: cached for up to a year, at least 1 second even if the origin says no-cache.`,
      source,
    };
  }
  const custom = deployment.cachePolicies.find((candidate) => candidate.key === ref.key);
  const cookies = cookieNames(request);
  const keyParts = [
    'the path',
    `all query strings${request.query ? ` (?${request.query})` : ''}`,
    `all cookies${cookies.length > 0 ? ` (${cookies.join(', ')})` : ' (none sent)'}`,
    ...(custom?.headers ?? []).map((name) => `header ${name}`),
  ];
  const onlyWithCacheControl = (custom?.defaultTtl ?? 0) === 0;
  return {
    policyName: custom?.name ?? ref.key,
    cacheable: true,
    keyParts,
    sharedWith: cookies.includes('sessionid')
      ? 'only viewers sending exactly these cookies: the session cookie makes the entry this viewer’s own'
      : 'every viewer sending exactly these cookies and query string (anonymous visitors share one entry)',
    why: onlyWithCacheControl
      ? 'Cached only when Django sends Cache-Control with max-age/s-maxage (default TTL 0).'
      : `Cached for ${custom?.defaultTtl ?? 0} s when Django sends no Cache-Control.`,
    source,
  };
}

/** The viewer headers CloudFront never passes to an origin (whatever the policies say). */
export function removeViewerOnlyHeaders(editor: HeaderEditor): void {
  const headersDoc = SOURCES.cloudFrontRequestHeaders;
  editor.remove(
    'x-forwarded-proto',
    'CloudFront removes X-Forwarded-Proto from the viewer request',
    headersDoc,
  );
  editor.remove('x-real-ip', 'CloudFront removes X-Real-IP', headersDoc);
  for (const name of Object.keys(editor.headers))
    if (name.startsWith('x-edge-')) editor.remove(name, 'CloudFront removes X-Edge-* headers', headersDoc);
}

/** The headers CloudFront adds to every origin request: the viewer's address, its Via entry, the request id. */
export function addCloudFrontHeaders(editor: HeaderEditor, clientIp: string): void {
  const headersDoc = SOURCES.cloudFrontRequestHeaders;
  editor.append(
    'x-forwarded-for',
    clientIp,
    'CloudFront appends the viewer’s IP address to X-Forwarded-For',
    headersDoc,
  );
  editor.append('via', CLOUDFRONT_VIA, 'CloudFront adds its own Via entry', headersDoc);
  editor.set(
    'x-amz-cf-id',
    CLOUDFRONT_REQUEST_ID,
    'CloudFront adds X-Amz-Cf-Id to every origin request',
    headersDoc,
  );
}
