import type { ExistingBehaviour, ExistingOrigin, ValueSelection } from '../import';
import { describeSelection, selects } from '../import';
import { HeaderEditor } from './header-editor';
import { addCloudFrontHeaders, removeViewerOnlyHeaders } from './origin-request';
import { EXISTING_SOURCES } from './existing-sources';
import { SOURCES } from './sources';
import type { HeaderChange, HopNote, HopRequest } from './types';

/** Union of what the cache key and the origin request policy include: both reach the origin. */
function union(left: ValueSelection, right: ValueSelection): ValueSelection {
  if (left.mode === 'all' || right.mode === 'all') return { mode: 'all' };
  if (left.mode === 'none') return right;
  if (right.mode === 'none') return left;
  if (left.mode === 'only' && right.mode === 'only')
    return { mode: 'only', names: [...new Set([...left.names, ...right.names])] };
  const except =
    left.mode === 'all-except' ? left : (right as Extract<ValueSelection, { mode: 'all-except' }>);
  const other = except === left ? right : left;
  const names = other.mode === 'only' || other.mode === 'all-except' ? other.names : [];
  return { mode: 'all-except', names: except.names.filter((name) => !names.includes(name)) };
}

export interface ExistingForwarding {
  headers: ValueSelection;
  cookies: ValueSelection;
  queryStrings: ValueSelection;
  cloudFrontHeaders: string[];
  /** Said when the policy is not known and the trace had to assume what it forwards. */
  assumption?: string;
}

/** What the behaviour sends the origin: its origin request policy together with its cache key. */
export function forwardingOf(behaviour: ExistingBehaviour): ExistingForwarding {
  const cache = behaviour.cachePolicy;
  const cacheKey =
    cache.kind === 'settings'
      ? { headers: cache.headers, cookies: cache.cookies, queryStrings: cache.queryStrings }
      : {
          headers: { mode: 'none' } as const,
          cookies: { mode: 'none' } as const,
          queryStrings: { mode: 'none' } as const,
        };
  const policy = behaviour.originRequestPolicy;
  if (policy.kind === 'unknown')
    return {
      headers: union({ mode: 'all-except', names: ['host'] }, cacheKey.headers),
      cookies: { mode: 'all' },
      queryStrings: { mode: 'all' },
      cloudFrontHeaders: [],
      assumption: `the origin request policy ${policy.id} is not in the export: the trace assumes it forwards every viewer header except Host, all cookies and query strings`,
    };
  if (policy.kind === 'none') return { ...cacheKey, cloudFrontHeaders: [] };
  return {
    headers: union(policy.headers, cacheKey.headers),
    cookies: union(policy.cookies, cacheKey.cookies),
    queryStrings: union(policy.queryStrings, cacheKey.queryStrings),
    cloudFrontHeaders: policy.cloudFrontHeaders,
  };
}

function filterList(
  text: string,
  selection: ValueSelection,
  separator: string,
  nameOf: (part: string) => string,
): string {
  return text
    .split(separator === '; ' ? ';' : '&')
    .map((part) => part.trim())
    .filter((part) => part !== '' && selects(selection, nameOf(part).toLowerCase()))
    .join(separator);
}

/** The origin's DNS name, or a stand-in when the template computes it at deploy time. */
export function originHostOf(origin: ExistingOrigin): string {
  return origin.domainName !== ''
    ? origin.domainName
    : `${origin.id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.computed-endpoint.invalid`;
}

export interface ExistingOriginRequest {
  request: HopRequest;
  changes: HeaderChange[];
  notes: HopNote[];
  /** How CloudFront connects to this origin for this request. */
  scheme: 'http' | 'https';
}

/**
 * The request CloudFront sends to an existing origin: the behaviour's policies as given (whatever they are, not
 * only the wizard's), the headers CloudFront always removes or adds, the origin's custom headers, its path.
 */
export function existingOriginRequest(
  behaviour: ExistingBehaviour,
  origin: ExistingOrigin,
  request: HopRequest,
  viewerScheme: string,
  clientIp: string,
  originSecret: string,
): ExistingOriginRequest {
  const forwarding = forwardingOf(behaviour);
  const editor = new HeaderEditor(request.headers);
  const notes: HopNote[] = [];
  const policySource = SOURCES.originRequestPolicies;
  if (forwarding.assumption !== undefined) notes.push({ text: forwarding.assumption, source: policySource });
  const why = `Not included by the behaviour’s policies (${describeSelection(forwarding.headers, 'viewer headers')})`;
  for (const name of Object.keys(editor.headers)) {
    if (['host', 'cookie', 'x-forwarded-for', 'via'].includes(name)) continue;
    if (!selects(forwarding.headers, name)) editor.remove(name, why, SOURCES.cloudFrontRequestHeaders);
  }
  const originHost = originHostOf(origin);
  if (!selects(forwarding.headers, 'host'))
    editor.set(
      'host',
      originHost,
      'The viewer’s Host is not forwarded: CloudFront sets Host to the origin’s domain name',
      policySource,
    );
  else
    notes.push({
      text: 'The behaviour’s policies include Host: the viewer’s Host reaches the origin.',
      source: policySource,
    });
  if (!selects(forwarding.headers, 'user-agent'))
    editor.set(
      'user-agent',
      'Amazon CloudFront',
      'User-Agent is replaced when it is not forwarded',
      SOURCES.cloudFrontRequestHeaders,
    );
  const cookie = editor.get('cookie');
  if (cookie !== undefined) {
    const kept = filterList(cookie, forwarding.cookies, '; ', (part) => part.split('=')[0]!);
    const cookieWhy = `Cookies not included by the behaviour’s policies (${describeSelection(forwarding.cookies, 'cookies')})`;
    if (kept === '') editor.remove('cookie', cookieWhy, SOURCES.cachePolicies);
    else editor.set('cookie', kept, cookieWhy, SOURCES.cachePolicies);
  }
  const query =
    request.query === ''
      ? ''
      : filterList(request.query, forwarding.queryStrings, '&', (part) => part.split('=')[0]!);
  if (query !== request.query)
    notes.push({
      text: `Query string reduced to "${query}": ${describeSelection(forwarding.queryStrings, 'query strings')}.`,
      source: SOURCES.cachePolicies,
    });
  removeViewerOnlyHeaders(editor);
  if (forwarding.cloudFrontHeaders.includes('cloudfront-forwarded-proto'))
    editor.set(
      'cloudfront-forwarded-proto',
      viewerScheme,
      'The policy adds CloudFront-Forwarded-Proto (the viewer’s scheme)',
      policySource,
    );
  addCloudFrontHeaders(editor, clientIp);
  for (const header of origin.customHeaders)
    editor.set(
      header.name,
      originSecret,
      'Origin custom header (its value is not in the import; a stand-in is shown)',
      SOURCES.originCustomHeaders,
    );
  if (origin.originAccessControl !== null && origin.originType === 'lambda-url')
    editor.set(
      'authorization',
      'AWS4-HMAC-SHA256 Credential=…/lambda/aws4_request, SignedHeaders=…, Signature=…',
      'Origin access control signs the request (SigV4), replacing any Authorization the viewer sent',
      SOURCES.lambdaOac,
    );
  if (origin.originPath !== '')
    notes.push({
      text: `Origin path ${origin.originPath} is put in front of the path.`,
      source: SOURCES.originPath,
    });
  const scheme: 'http' | 'https' =
    origin.kind === 's3' ||
    origin.kind === 'vpc' ||
    origin.protocolPolicy === 'https-only' ||
    origin.protocolPolicy === null
      ? 'https'
      : origin.protocolPolicy === 'http-only'
        ? 'http'
        : viewerScheme === 'http'
          ? 'http'
          : 'https';
  if (scheme === 'http')
    notes.push({
      text: `CloudFront connects to the origin over plain HTTP (origin protocol policy ${origin.protocolPolicy}).`,
      source: EXISTING_SOURCES.originProtocol,
    });
  return {
    request: {
      method: request.method,
      path: `${origin.originPath}${request.path}`,
      query,
      headers: editor.headers,
    },
    changes: editor.changes,
    notes,
    scheme,
  };
}
