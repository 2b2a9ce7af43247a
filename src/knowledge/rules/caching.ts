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

/**
 * Caching Django's pages at all: CloudFront keeps a response with the cookies it sets and hands it to everyone who
 * sends the same cookies (a first visit sends none), so a marked page with a form or a login leaks its cookies.
 * The all-cookies mode with a default TTL has its own, stronger warning above.
 */
export const cachedPagesNeedMarking: WarningRule = singleWarning((config) => {
  const { mode, defaultTtlSeconds } = config.dynamicCaching;
  if (mode === 'disabled') return null;
  if (mode === 'all-cookies-and-query-strings' && defaultTtlSeconds > 0) return null;
  return {
    id: 'cached-pages-need-marking',
    severity: 'warning',
    message:
      'CloudFront now keeps every page Django marks cacheable, together with any cookie it sets, and serves it ' +
      'to everyone who sends the same cookies: first-time visitors send none. On a site with logins or forms, ' +
      'mark only pages that are the same for everyone (cache_control(public=True, max_age=…)) and keep ' +
      'never_cache on logins, forms and account pages.',
    explanationKey: 'dynamicCaching.mode',
    field: 'dynamicCaching.mode',
    fix: { label: 'Do not cache Django pages', patch: { dynamicCaching: { mode: 'disabled' } } },
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

export const CACHING_RULES: WarningRule[] = [
  defaultTtlCachesEveryPage,
  cachedPagesNeedMarking,
  mediaFilesCachedStale,
];
