import type { ExistingBehaviour } from '../import';
import { describeSelection, selects } from '../import';
import { SOURCES } from './sources';
import type { CacheVerdict, HopRequest } from './types';

const cookieNames = (request: HopRequest) =>
  (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter((name) => name !== '');

/** Whether CloudFront may cache the response with the existing cache settings, on what key, for whom. */
export function existingCacheVerdict(behaviour: ExistingBehaviour, request: HopRequest): CacheVerdict {
  const policy = behaviour.cachePolicy;
  const source = SOURCES.cachePolicies;
  if (policy.kind === 'unknown')
    return {
      policyName: policy.id,
      cacheable: false,
      keyParts: [],
      sharedWith: 'not known',
      why: policy.why,
      source,
    };
  const readOnly = behaviour.cachedMethods.includes(request.method);
  if (policy.maxTtl === 0)
    return {
      policyName: policy.name,
      cacheable: false,
      keyParts: [],
      sharedWith: 'nobody: every request goes to the origin',
      why: 'All TTLs are 0.',
      source,
    };
  if (!readOnly)
    return {
      policyName: policy.name,
      cacheable: false,
      keyParts: [],
      sharedWith: 'nobody',
      why: `The behaviour caches ${behaviour.cachedMethods.join(', ')} only; ${request.method} goes to the origin.`,
      source,
    };
  const cookies = cookieNames(request);
  const keyCookies = cookies.filter((name) => selects(policy.cookies, name.toLowerCase()));
  const keyParts = [
    'the path',
    describeSelection(policy.queryStrings, 'query strings'),
    `${describeSelection(policy.cookies, 'cookies')}${cookies.length > 0 ? ` (of ${cookies.join(', ')} sent: ${keyCookies.join(', ') || 'none'})` : ''}`,
    describeSelection(policy.headers, 'headers'),
  ];
  const sessionInKey = keyCookies.includes('sessionid');
  return {
    policyName: policy.name,
    cacheable: true,
    keyParts,
    sharedWith: sessionInKey
      ? 'only viewers sending exactly these cookies: the session cookie makes the entry this viewer’s own'
      : cookies.includes('sessionid')
        ? 'every viewer of this URL, signed in or not: the session cookie is not in the cache key'
        : 'every viewer of this URL sending the same key values',
    why:
      policy.minTtl > 0
        ? `${policy.name}: cached for at least ${policy.minTtl} s even if Django says no-cache, up to ${policy.maxTtl} s (${policy.defaultTtl} s without Cache-Control).${policy.caveat ? ` (${policy.caveat})` : ''}`
        : `${policy.name}: cached when Django’s Cache-Control allows it${policy.defaultTtl > 0 ? `, and for ${policy.defaultTtl} s when it sends none` : ''}.${policy.caveat ? ` (${policy.caveat})` : ''}`,
    source,
  };
}
