import type * as z from 'zod';
import { LAMBDA_FUNCTION_ARN_PATTERN } from './patterns';
import { ORIGINS, type OriginType } from './origins';

/**
 * Inputs AWS would accept but that break the site, refused at the field with the reason (issue 11): a files
 * behaviour that swallows every path, two behaviours whose patterns overlap, and a Lambda function ARN in another
 * region than its function URL. Called from the schema's refinement; each check is its own function.
 */

interface FilesInput {
  enabled: boolean;
  pathPattern: string;
}

interface CheckedInput {
  staticFiles: FilesInput;
  mediaFiles: FilesInput;
  origin: { type: OriginType; endpoint: string; lambdaUrlAuth: string; lambdaFunctionArn: string };
}

/** A path pattern's literal part: the schema only allows one `*`, at the end (`/static/*` → `/static/`). */
const literalPrefix = (pattern: string): string => pattern.replace(/\*$/, '');

export function checkFilePathPatterns(config: CheckedInput, ctx: z.RefinementCtx): void {
  for (const group of ['staticFiles', 'mediaFiles'] as const) {
    const files = config[group];
    if (files.enabled && literalPrefix(files.pathPattern) === '/') {
      ctx.addIssue({
        code: 'custom',
        path: [group, 'pathPattern'],
        message: `${files.pathPattern} matches every path: Django's pages would be cached and served as files. Give the folder, e.g. ${group === 'staticFiles' ? '/static/*' : '/media/*'}`,
      });
    }
  }
  const { staticFiles, mediaFiles } = config;
  if (!staticFiles.enabled || !mediaFiles.enabled) return;
  const first = literalPrefix(staticFiles.pathPattern);
  const second = literalPrefix(mediaFiles.pathPattern);
  // Equal patterns have their own message in the schema.
  if (first === second || first === '/' || second === '/') return;
  if (second.startsWith(first) || first.startsWith(second)) {
    ctx.addIssue({
      code: 'custom',
      path: ['mediaFiles', 'pathPattern'],
      message: `${mediaFiles.pathPattern} overlaps ${staticFiles.pathPattern}: CloudFront uses the first behaviour that matches, so some files would go to the other one's origin and cache. Use separate folders, e.g. /static/* and /media/*`,
    });
  }
}

/**
 * A function URL's name carries its region (`<id>.lambda-url.<region>.on.aws`), so the function ARN must name the
 * same region; the URL does not carry the account, so that part cannot be checked here.
 */
export function checkLambdaFunctionArn(config: CheckedInput, ctx: z.RefinementCtx): void {
  const { origin } = config;
  if (origin.type !== 'lambda-url' || origin.lambdaUrlAuth !== 'oac' || origin.lambdaFunctionArn === '')
    return;
  if (!LAMBDA_FUNCTION_ARN_PATTERN.test(origin.lambdaFunctionArn)) return;
  const urlRegion = ORIGINS[origin.type].regionOf(origin.endpoint);
  const arnRegion = /^arn:[^:]+:lambda:([a-z0-9-]+):/.exec(origin.lambdaFunctionArn)?.[1];
  if (urlRegion !== undefined && arnRegion !== undefined && urlRegion !== arnRegion) {
    ctx.addIssue({
      code: 'custom',
      path: ['origin', 'lambdaFunctionArn'],
      message: `The function URL is in ${urlRegion} but this function is in ${arnRegion}: a URL belongs to a function of its own region, so CloudFront would be allowed to invoke the wrong one. Give the ARN of the URL's function`,
    });
  }
}
