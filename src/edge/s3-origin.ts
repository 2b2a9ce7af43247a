import type { BucketKey, OriginPlan } from '../model';
import { SOURCES } from './sources';
import type { HopRequest, HopResponse } from './types';

/** An object in one of the emulated buckets. */
export interface BucketObject {
  body: Uint8Array;
  contentType?: string;
}

/** Looks up an object by bucket and key (the emulator reads a folder per bucket; tests give a map). */
export type BucketLookup = (bucket: BucketKey, key: string) => BucketObject | undefined;

export type S3OriginPlan = Extract<OriginPlan, { kind: 's3' }>;

/**
 * The object key S3 is asked for: the origin path (always '' here) and the request path, without the leading
 * slash. CloudFront appends the viewer's path to the origin path and S3 reads the result as the key.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath
 */
export function s3ObjectKey(origin: S3OriginPlan, request: HopRequest): string {
  return decodeURIComponent(`${origin.originPath}${request.path}`).replace(/^\//, '');
}

/**
 * What the bucket answers: the object, or 403 AccessDenied when there is none (the bucket policy grants CloudFront
 * s3:GetObject only, and without s3:ListBucket S3 answers a missing key with 403, not 404).
 */
export function s3Response(
  origin: S3OriginPlan,
  request: HopRequest,
  lookup: BucketLookup | undefined,
): { key: string; response: HopResponse; object: BucketObject | undefined } {
  const key = s3ObjectKey(origin, request);
  const object = lookup?.(origin.bucket, key);
  if (object === undefined) {
    return {
      key,
      object,
      response: {
        status: 403,
        body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
        headers: { 'content-type': 'application/xml' },
        reason: `The ${origin.bucket} bucket has no object ${key}: S3 answers 403 AccessDenied (CloudFront may only GetObject, not ListBucket)`,
        source: SOURCES.s3MissingObject,
      },
    };
  }
  return {
    key,
    object,
    response: {
      status: 200,
      body: '',
      headers: object.contentType === undefined ? {} : { 'content-type': object.contentType },
      reason: `Served the object ${key} from the ${origin.bucket} S3 bucket (origin access control); Django is not involved`,
      source: SOURCES.originPath,
    },
  };
}
