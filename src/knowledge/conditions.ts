import type { Config } from '../config/schema';

/** Small predicates over a Config shared by explanations (`appliesTo`) and warning rules. */
export const isApiGateway = (config: Config) =>
  config.origin.type === 'apigw-http' || config.origin.type === 'apigw-rest';
export const isLambdaUrl = (config: Config) => config.origin.type === 'lambda-url';
export const isAlbOrCustom = (config: Config) =>
  config.origin.type === 'alb' || config.origin.type === 'custom-https';
export const usesHostFunction = (config: Config) =>
  config.origin.hostStrategy === 'x-forwarded-host-function';
export const forwardsHost = (config: Config) => config.origin.hostStrategy === 'forward-host';
export const usesLambdaOac = (config: Config) => isLambdaUrl(config) && config.origin.lambdaUrlAuth === 'oac';
/** Whether Django pages get a cache policy of their own; a maximum TTL of 0 means the managed CachingDisabled. */
export const cachesDynamicPages = (config: Config) =>
  config.dynamicCaching.mode !== 'disabled' && config.dynamicCaching.maxTtlSeconds > 0;
export const needsHostedZone = (config: Config) =>
  config.dns.createRecords || config.certificate.source === 'create-dns-validated';
export const hasSecurityHeaders = (config: Config) => config.securityHeaders.mode !== 'none';
export const hasCustomSecurityHeaders = (config: Config) => config.securityHeaders.mode === 'custom';
/** HSTS values are sent by CloudFront (custom policy) or by Django (no policy); the managed policy has its own. */
export const hstsValuesApply = (config: Config) => config.securityHeaders.mode !== 'managed';
/** Static or media files served through CloudFront from S3 buckets the stack creates. */
export const usesS3Files = (config: Config) =>
  (config.staticFiles.enabled && config.staticFiles.source === 's3') ||
  (config.mediaFiles.enabled && config.mediaFiles.source === 's3');
