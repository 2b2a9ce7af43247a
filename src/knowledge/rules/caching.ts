import { singleWarning, type WarningRule } from './rule';

export const defaultTtlCachesEveryPage: WarningRule = singleWarning((config) => {
  const { mode, defaultTtlSeconds } = config.dynamicCaching;
  if (mode !== 'all-cookies-and-query-strings' || defaultTtlSeconds === 0) return null;
  return {
    id: 'default-ttl-caches-every-page',
    severity: 'warning',
    message:
      `Django sends no Cache-Control header unless a view asks for one, so CloudFront keeps every page for the ` +
      `default TTL (${defaultTtlSeconds} s): edits stay invisible, and a page that sets a csrftoken or session ` +
      'cookie can be served to other visitors without cookies. Cache only what Django marks cacheable.',
    explanationKey: 'dynamicCaching.defaultTtlSeconds',
    field: 'dynamicCaching.defaultTtlSeconds',
    fix: {
      label: 'Cache only responses with Cache-Control',
      patch: { dynamicCaching: { mode: 'origin-cache-control' } },
    },
  };
});

export const mediaFilesCachedStale: WarningRule = singleWarning((config) =>
  config.mediaFiles.enabled && config.mediaFiles.source === 'same-origin'
    ? {
        id: 'media-files-cached-stale',
        severity: 'info',
        message:
          'Media files are cached with CachingOptimized (a day unless Django says otherwise): an upload replaced ' +
          'under the same name may be served stale, and every upload under the media path is public. Give ' +
          'replaced files new names, and keep private files out of this path.',
        explanationKey: 'generated.filesBehaviour',
        field: 'mediaFiles.enabled',
      }
    : null,
);

export const CACHING_RULES: WarningRule[] = [defaultTtlCachesEveryPage, mediaFilesCachedStale];
