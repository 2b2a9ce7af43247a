import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** Form fields about what CloudFront caches: Django pages, static files and media files. */
export const CACHING_FIELD_EXPLANATIONS = {
  'dynamicCaching.mode': {
    title: 'Caching of Django pages',
    body:
      '“Do not cache” uses the managed CachingDisabled policy: every request reaches Django, the safe choice for ' +
      'sites with logins. “Cache only what Django marks” caches only responses Django marks cacheable (Cache-Control ' +
      'max-age or s-maxage; default TTL 0, minimum TTL 0), so pages without the header are never cached. “Cache, ' +
      'keyed on every cookie” also caches responses without Cache-Control for the default TTL. Both caching ' +
      'modes key the cache on every cookie, every query string and the host, so one visitor’s session page ' +
      'is never served to another, but every distinct cookie set is a separate cache entry.',
    links: [DOCS.managedCachePolicies, DOCS.expiration, DOCS.djangoCacheControl],
  },
  'dynamicCaching.defaultTtlSeconds': {
    title: 'Default TTL',
    body:
      'How long CloudFront keeps a Django response that carries no Cache-Control or Expires header. Django ' +
      'sends none by default, so with the default of 86400 every page, including a logged-in user’s page (in ' +
      'that user’s own cache entry) and a form with its CSRF token, is served from the cache for a day. Set 0 ' +
      'to cache only what Django marks cacheable, or use the Origin Cache-Control mode.',
    links: [DOCS.expiration, DOCS.djangoCacheControl],
  },
  'dynamicCaching.maxTtlSeconds': {
    title: 'Maximum TTL',
    body:
      'The upper bound on how long CloudFront keeps a response, whatever max-age Django sends. Lower it to bound ' +
      'how stale a cached page can get; it cannot be below the default TTL. 0 turns page caching off (the ' +
      'managed CachingDisabled policy), because CloudFront refuses a custom policy whose TTLs are all 0.',
    links: [DOCS.expiration],
  },
  'staticFiles.enabled': {
    title: 'Static files behaviour',
    body:
      'Adds a cache behaviour for Django’s static files (collectstatic output) with the managed CachingOptimized ' +
      'policy: cached up to a year, compressed, no cookies or query strings in the key. Safe because ' +
      'ManifestStaticFilesStorage puts a content hash in every file name, so a changed file gets a new URL.',
    links: [DOCS.managedCachePolicies, DOCS.djangoStaticfiles, DOCS.djangoStaticUrl],
  },
  'staticFiles.pathPattern': {
    title: 'Static files path pattern',
    body:
      'The URL pattern of the static files behaviour; it must match Django’s STATIC_URL (/static/ gives ' +
      '/static/*). Requests outside it go to the default (Django) behaviour. /* is refused (it would take every ' +
      'page away from Django), and so is a pattern that overlaps the media pattern: CloudFront uses the first ' +
      'behaviour whose pattern matches, so files would reach the other behaviour’s origin and cache.',
    links: [DOCS.cacheBehaviorSettings, DOCS.djangoStaticUrl, DOCS.pathPatternSetting],
  },
  'staticFiles.source': {
    title: 'Where static files are served from',
    body:
      '“The Django origin”: CloudFront fetches them from Django (e.g. WhiteNoise) and caches them. “An S3 bucket”: the stack ' +
      'creates a private bucket reached through origin access control; upload the collectstatic output there ' +
      'and Django is no longer asked for them.',
    links: [DOCS.cacheBehaviorSettings, DOCS.djangoStaticfiles],
  },
  'mediaFiles.enabled': {
    title: 'Media files behaviour',
    body:
      'Adds a cache behaviour for user uploads (MEDIA_URL) with the managed CachingOptimized policy. Uploads ' +
      'keep their name when replaced, so a cached copy can be served for up to a day after a change unless the ' +
      'file gets a new name or you invalidate it. Private uploads must not go through this behaviour.',
    links: [DOCS.managedCachePolicies, DOCS.djangoMediaUrl],
  },
  'mediaFiles.pathPattern': {
    title: 'Media files path pattern',
    body:
      'The URL pattern of the media behaviour; it must match Django’s MEDIA_URL (/media/ gives /media/*) and ' +
      'must not overlap the static pattern (neither folder inside the other): CloudFront takes the first ' +
      'behaviour whose pattern matches. /* is refused.',
    links: [DOCS.cacheBehaviorSettings, DOCS.djangoMediaUrl, DOCS.pathPatternSetting],
  },
  'mediaFiles.source': {
    title: 'Where media files are served from',
    body:
      '“The Django origin”: CloudFront fetches uploads from Django. “An S3 bucket”: the stack creates a private bucket reached ' +
      'through origin access control; configure Django’s storage (e.g. django-storages) to write uploads there.',
    links: [DOCS.cacheBehaviorSettings, DOCS.djangoMediaUrl],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
