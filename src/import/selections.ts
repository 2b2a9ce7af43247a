import type { ExistingBehaviour, ExistingOriginRequestPolicy, ValueSelection } from './existing-setup';

/** Whether a selection of viewer values includes this (lower-case) name. */
export function selects(selection: ValueSelection, name: string): boolean {
  switch (selection.mode) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'only':
      return selection.names.includes(name);
    case 'all-except':
      return !selection.names.includes(name);
  }
}

export function describeSelection(selection: ValueSelection, what: string): string {
  switch (selection.mode) {
    case 'none':
      return `no ${what}`;
    case 'all':
      return `all ${what}`;
    case 'only':
      return `only the ${what} ${selection.names.join(', ')}`;
    case 'all-except':
      return `all ${what} except ${selection.names.join(', ')}`;
  }
}

/** Whether the viewer's Host reaches the origin: the origin request policy, or the cache key, includes it. */
export function forwardsViewerHost(behaviour: ExistingBehaviour): boolean {
  const policy: ExistingOriginRequestPolicy = behaviour.originRequestPolicy;
  const inOriginRequest = policy.kind === 'settings' && selects(policy.headers, 'host');
  const inCacheKey =
    behaviour.cachePolicy.kind === 'settings' && selects(behaviour.cachePolicy.headers, 'host');
  return inOriginRequest || inCacheKey;
}

/** The behaviour's viewer-request CloudFront Function, if any. */
export function viewerRequestFunction(behaviour: ExistingBehaviour) {
  return behaviour.functions.find((association) => association.eventType === 'viewer-request');
}
