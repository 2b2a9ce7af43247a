import type { BucketPlan, Deployment } from '../../model';
import { upperSnakeCase } from '../../model/names';
import { pyString } from '../emit/python';
import { primaryDomainOf } from './read-deployment';

/** django-storages' S3 backends and their options: https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html */
export const DJANGO_STORAGES_DOC = 'https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html';

/** What each bucket holds in Django's words: its STORAGES alias and backend. */
const STORAGE_OF: Record<BucketPlan['key'], { alias: string; backend: string; setting: string }> = {
  StaticFiles: {
    alias: 'staticfiles',
    // Hashed names (ManifestStaticFilesStorage's mixin), so a long cache never serves a stale file.
    backend: 'storages.backends.s3.S3ManifestStaticStorage',
    setting: 'STATIC_URL',
  },
  MediaFiles: { alias: 'default', backend: 'storages.backends.s3.S3Storage', setting: 'MEDIA_URL' },
};

/** The environment variable the snippet reads a bucket's name from (the stack output's name, upper snake case). */
export const bucketNameVariable = (bucket: BucketPlan): string => upperSnakeCase(`${bucket.key}BucketName`);

/**
 * The key a file gets in its bucket: the bucket's prefix (the behaviour's URL prefix) and the file's path under
 * STATIC_URL/MEDIA_URL. CloudFront asks S3 for exactly the viewer's path, so `/static/css/app.css` is the object
 * `static/css/app.css`; the django-storages `location` is that prefix without its slash.
 */
export function storageLocationOf(bucket: BucketPlan): string {
  return bucket.objectKeyPrefix.replace(/\/$/, '');
}

/**
 * A `STORAGES` setting that makes Django write (collectstatic, uploads) exactly where CloudFront reads: each
 * bucket's `location` is its key prefix, and `custom_domain` makes the URLs the site's own (CloudFront serves them).
 */
export function storagesSnippet(deployment: Deployment): string[] {
  if (deployment.buckets.length === 0) return [];
  const domain = primaryDomainOf(deployment);
  const region = deployment.stacks.find((stack) => stack.key === 'main')?.region ?? 'us-east-1';
  const entries = deployment.buckets.flatMap((bucket) => {
    const storage = STORAGE_OF[bucket.key];
    return [
      `    ${pyString(storage.alias)}: {  # ${storage.setting} ${bucket.pathPattern}`,
      `        "BACKEND": ${pyString(storage.backend)},`,
      '        "OPTIONS": {',
      `            "bucket_name": os.environ[${pyString(bucketNameVariable(bucket))}],`,
      `            "region_name": ${pyString(region)},`,
      `            "location": ${pyString(storageLocationOf(bucket))},`,
      `            "custom_domain": ${pyString(domain)},`,
      '            "querystring_auth": False,',
      '        },',
      '    },',
    ];
  });
  return [
    '```python',
    'import os',
    '',
    '# After `from .cloudfront_settings import *`. pip install "django-storages[s3]"',
    'STORAGES = {',
    // STORAGES replaces Django's default dict whole: the storage that stays local is listed as Django has it.
    ...(deployment.buckets.some((bucket) => bucket.key === 'MediaFiles')
      ? []
      : ['    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},']),
    ...(deployment.buckets.some((bucket) => bucket.key === 'StaticFiles')
      ? []
      : ['    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},']),
    ...entries,
    '}',
    '```',
  ];
}
