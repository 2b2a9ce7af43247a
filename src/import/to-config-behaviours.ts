import { PATH_PATTERN } from '../config/patterns';
import type { ConfigInput } from '../config/schema';
import type { ExistingBehaviour, ExistingSetup } from './existing-setup';
import { describeSelection } from './selections';
import type { MappingLog } from './mapping-log';

const MAX_TTL = 31_536_000;

/** The default behaviour's cache settings as a `dynamicCaching` mode; anything that shares pages across users is turned off. */
export function mapCaching(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const policy = setup.distribution.defaultBehaviour.cachePolicy;
  if (policy.kind === 'unknown') {
    input.dynamicCaching = { mode: 'disabled' };
    log.leave(
      'DefaultCacheBehavior cache policy',
      policy.id,
      `${policy.why}; the fixed config does not cache Django’s pages (CachingDisabled)`,
    );
    return;
  }
  if (policy.maxTtl === 0) {
    input.dynamicCaching = { mode: 'disabled' };
    log.take('dynamicCaching.mode', 'disabled', policy.name);
    return;
  }
  if (policy.cookies.mode !== 'all' || policy.queryStrings.mode !== 'all') {
    input.dynamicCaching = { mode: 'disabled' };
    log.adjust(
      'dynamicCaching.mode',
      `${policy.name} caches pages keyed on ${describeSelection(policy.cookies, 'cookies')} and ${describeSelection(policy.queryStrings, 'query strings')}`,
      'disabled (CachingDisabled)',
      'a page Django renders for a signed-in user would be served to others from the cache',
    );
    return;
  }
  const maxTtlSeconds = Math.min(policy.maxTtl, MAX_TTL);
  if (policy.defaultTtl === 0) {
    // The default TTL is not used in this mode, but may not exceed the maximum.
    input.dynamicCaching = {
      mode: 'origin-cache-control',
      maxTtlSeconds,
      defaultTtlSeconds: Math.min(86_400, maxTtlSeconds),
    };
    log.take('dynamicCaching.mode', 'origin-cache-control', policy.name);
  } else {
    const defaultTtlSeconds = Math.min(policy.defaultTtl, maxTtlSeconds);
    input.dynamicCaching = { mode: 'all-cookies-and-query-strings', defaultTtlSeconds, maxTtlSeconds };
    log.take('dynamicCaching.mode', 'all-cookies-and-query-strings', policy.name);
  }
  if (policy.minTtl > 0)
    log.adjust(
      'dynamicCaching',
      `minimum TTL ${policy.minTtl} s`,
      'minimum TTL 0',
      'a minimum TTL above 0 caches a response even when Django says no-store or private',
    );
}

function prefixOf(pattern: string): string {
  return pattern.replace(/\*.*$/, '');
}

function findFilesBehaviour(
  behaviours: (ExistingBehaviour & { pathPattern: string })[],
  url: string | undefined,
  word: string,
): (ExistingBehaviour & { pathPattern: string }) | undefined {
  return (
    behaviours.find((behaviour) => url !== undefined && prefixOf(behaviour.pathPattern) === url) ??
    behaviours.find((behaviour) => prefixOf(behaviour.pathPattern).split('/').includes(word))
  );
}

/** The static and media behaviours (by STATIC_URL/MEDIA_URL when pasted, else by their path); other behaviours are listed. */
export function mapFileBehaviours(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const behaviours = setup.distribution.behaviours;
  const settings = setup.django;
  const literal = (value: { kind: string; value?: unknown } | undefined) =>
    value?.kind === 'literal' && typeof value.value === 'string' ? (value.value as string) : undefined;
  const staticUrl = literal(settings?.staticUrl);
  const mediaUrl = literal(settings?.mediaUrl);
  const used = new Set<string>();
  const originKind = (id: string) => setup.distribution.origins.find((origin) => origin.id === id)?.kind;
  for (const [group, url, word] of [
    ['staticFiles', staticUrl, 'static'],
    ['mediaFiles', mediaUrl, 'media'],
  ] as const) {
    const found = findFilesBehaviour(behaviours, url, word);
    if (found === undefined || !PATH_PATTERN.test(found.pathPattern)) {
      // Only Django's own STATIC_URL says static files are served from this site; without it, none is added.
      if (group === 'staticFiles' && url !== undefined && url.startsWith('/')) {
        input.staticFiles = { enabled: true, pathPattern: `${url.endsWith('/') ? url : `${url}/`}*` };
        log.adjust(
          'staticFiles.enabled',
          `no behaviour for STATIC_URL ${url}: static files go through the default behaviour`,
          `a cached ${input.staticFiles.pathPattern} behaviour`,
          'static files are the same for everyone and safe to cache for a long time',
        );
      } else if (group === 'staticFiles') {
        input.staticFiles = { enabled: false };
        log.take('staticFiles.enabled', false, 'no static files behaviour (paste STATIC_URL to add one)');
      }
      continue;
    }
    used.add(found.pathPattern);
    input[group] = {
      enabled: true,
      pathPattern: found.pathPattern,
      source: originKind(found.targetOriginId) === 's3' ? 's3' : 'same-origin',
    };
    log.take(`${group}.pathPattern`, found.pathPattern, `CacheBehaviors ${found.pathPattern}`);
  }
  for (const behaviour of behaviours) {
    if (used.has(behaviour.pathPattern)) continue;
    log.leave(
      `CacheBehaviors ${behaviour.pathPattern}`,
      behaviour.targetOriginId,
      'the wizard has one behaviour for Django plus static and media files: requests for this path will use the default behaviour',
    );
  }
}

export function mapSecurityHeaders(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const policy = setup.distribution.defaultBehaviour.responseHeadersPolicy;
  const djangoHsts = setup.django?.secureHstsSeconds;
  if (policy === null) {
    input.securityHeaders = { mode: 'none' };
    if (djangoHsts?.kind === 'literal' && djangoHsts.value > 0 && djangoHsts.value <= 63_072_000) {
      input.securityHeaders.hstsMaxAgeSeconds = djangoHsts.value;
      log.take(
        'securityHeaders.hstsMaxAgeSeconds',
        djangoHsts.value,
        `SECURE_HSTS_SECONDS (settings line ${djangoHsts.line})`,
      );
    }
    return;
  }
  if (policy.kind === 'managed') {
    input.securityHeaders = { mode: 'managed' };
    log.take('securityHeaders.mode', 'managed', policy.name);
  } else if (policy.kind === 'template' && policy.hsts !== null && policy.hsts.maxAgeSeconds > 0) {
    input.securityHeaders = {
      mode: 'custom',
      hstsMaxAgeSeconds: Math.min(policy.hsts.maxAgeSeconds, 63_072_000),
    };
    log.take('securityHeaders.mode', 'custom', policy.name);
  } else {
    input.securityHeaders = { mode: 'none' };
    log.leave(
      'DefaultCacheBehavior.ResponseHeadersPolicyId',
      policy.kind === 'unknown' ? policy.id : policy.name,
      'a response headers policy the wizard cannot read (custom, by ID, or without HSTS): Django sends HSTS in the fixed config',
    );
  }
}
