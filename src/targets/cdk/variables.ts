import type { BucketKey, OriginAccessControlPlan, OriginId } from '../../model';
import { camelCase } from '../../model/names';

/** The variable names (camelCase; the Python printer writes them in snake_case) the stack code keeps values in. */
export const VARIABLES = {
  hostedZone: 'hostedZone',
  certificate: 'certificate',
  function: 'viewerRequestFunction',
  secret: 'originVerifySecret',
  secretVersionId: 'originHeaderVersionId',
  distribution: 'distribution',
  aliasTarget: 'aliasTarget',
  logBucket: 'accessLogBucket',
  accessLogGroup: 'accessLogGroup',
  accessLogSource: 'accessLogSource',
  accessLogDestination: 'accessLogDestination',
  webAcl: 'webAcl',
  cachePolicy: (key: string): string => `${camelCase(key)}CachePolicy`,
  responseHeadersPolicy: (key: string): string => `${camelCase(key)}ResponseHeadersPolicy`,
} as const;

export const originVariable = (id: OriginId): string => `${camelCase(id)}Origin`;
export const bucketVariable = (key: BucketKey): string => `${camelCase(key)}Bucket`;
export const oacVariable = (key: OriginAccessControlPlan['key']): string =>
  `${camelCase(key)}OriginAccessControl`;
/** The app's variable for a stack, e.g. `mainStack`, `originRegionStack`. */
export const stackVariable = (key: string): string => `${camelCase(key)}Stack`;
