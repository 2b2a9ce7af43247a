import { ALLOWED_METHOD_LISTS, type BehaviorPlan, type DistributionPlan } from '../model';
import { SOURCES } from './sources';
import { DISTRIBUTION_DOMAIN } from './viewer-function';
import type { HopNote, HopRequest, HopResponse } from './types';

export type ChosenBehaviour = BehaviorPlan & { label: string };

/** CloudFront path patterns: `*` any characters, `?` one, case-sensitive, matched against the path only. */
export function pathPatternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The first path-pattern behaviour that matches, else the default (*), as CloudFront evaluates them. */
export function behaviourFor(distribution: DistributionPlan, path: string): ChosenBehaviour {
  for (const behaviour of distribution.additionalBehaviors) {
    if (pathPatternMatches(behaviour.pathPattern, path))
      return { ...behaviour, label: behaviour.pathPattern };
  }
  return { ...distribution.defaultBehavior, label: 'Default (*)' };
}

export interface EdgeDecision {
  behaviour: ChosenBehaviour;
  notes: HopNote[];
  response?: HopResponse;
}

const BAD_REQUEST_BODY = '403 ERROR: The request could not be satisfied. Bad request.';

/**
 * What CloudFront decides before the function and the origin: viewer protocol, whether the Host is one of the
 * distribution's names, which behaviour the path picks and whether that behaviour allows the method.
 */
export function edgeDecision(
  distribution: DistributionPlan,
  scheme: string,
  request: HopRequest,
): EdgeDecision {
  const host = request.headers.host ?? '';
  const behaviour = behaviourFor(distribution, request.path);
  const notes: HopNote[] = [
    {
      text: `Path ${request.path} matches the behaviour ${behaviour.label}.`,
      source: SOURCES.pathPattern,
    },
  ];
  if (scheme === 'http') {
    const location = `https://${host}${request.path}${request.query ? `?${request.query}` : ''}`;
    return {
      behaviour,
      notes,
      response: {
        status: 301,
        body: '',
        headers: { location },
        reason: 'Viewer protocol policy redirect-to-https: CloudFront answers plain HTTP with a redirect',
        source: SOURCES.viewerProtocolPolicy,
      },
    };
  }
  const hostName = host.replace(/:\d+$/, '').toLowerCase();
  if (!distribution.aliases.includes(hostName) && hostName !== DISTRIBUTION_DOMAIN) {
    return {
      behaviour,
      notes,
      response: {
        status: 403,
        body: BAD_REQUEST_BODY,
        reason: `${hostName} is not an alternate domain name (CNAME) of this distribution`,
        source: SOURCES.cnameNotAssociated,
      },
    };
  }
  if (hostName === DISTRIBUTION_DOMAIN) {
    notes.push({
      text: `${DISTRIBUTION_DOMAIN} is the distribution's own name: CloudFront serves it too, so Django must refuse it (it is not in ALLOWED_HOSTS).`,
      source: SOURCES.djangoAllowedHosts,
    });
  }
  const allowed = ALLOWED_METHOD_LISTS[behaviour.allowedMethods];
  if (!allowed.includes(request.method)) {
    return {
      behaviour,
      notes,
      response: {
        status: 403,
        body: '403 ERROR: The request could not be satisfied. This distribution is not configured to allow the HTTP request method that was used for this request.',
        reason: `The behaviour ${behaviour.label} allows ${allowed.join(', ')} only`,
        source: SOURCES.allowedMethods,
      },
    };
  }
  notes.push({
    text: `Method ${request.method} is allowed (${allowed.join(', ')}).`,
    source: SOURCES.allowedMethods,
  });
  return { behaviour, notes };
}
