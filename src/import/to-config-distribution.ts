import { S3_BUCKET_NAME_PATTERN, WEB_ACL_ARN_PATTERN } from '../config/patterns';
import {
  HTTP_VERSIONS,
  MINIMUM_TLS_VERSIONS,
  PRICE_CLASSES,
  type Config,
  defaultConfig,
  type ConfigInput,
} from '../config/schema';
import type { ExistingSetup } from './existing-setup';
import type { MappingLog } from './mapping-log';

/** The policy a weak imported one is raised to: the wizard's default. */
const DEFAULT_MINIMUM_TLS_VERSION = defaultConfig().distribution.minimumTlsVersion;

export function mapDistributionSettings(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const existing = setup.distribution;
  // The schema's input type for the distribution is unknown (a preprocess carries old logging settings over).
  const distribution: Partial<Config['distribution']> = {};
  if (existing.priceClass !== null) {
    if ((PRICE_CLASSES as readonly string[]).includes(existing.priceClass)) {
      distribution.priceClass = existing.priceClass as Config['distribution']['priceClass'];
      log.take('distribution.priceClass', existing.priceClass, 'PriceClass');
    } else log.leave('PriceClass', existing.priceClass, 'not a price class the wizard offers');
  }
  if (existing.httpVersion !== null) {
    if ((HTTP_VERSIONS as readonly string[]).includes(existing.httpVersion)) {
      distribution.httpVersion = existing.httpVersion as Config['distribution']['httpVersion'];
      log.take('distribution.httpVersion', existing.httpVersion, 'HttpVersion');
    } else
      log.adjust(
        'distribution.httpVersion',
        existing.httpVersion,
        'http2and3',
        'the wizard offers HTTP/2 with or without HTTP/3',
      );
  }
  if (existing.ipv6 !== null) {
    distribution.ipv6 = existing.ipv6;
    log.take('distribution.ipv6', existing.ipv6, 'IsIPV6Enabled');
  }
  const tls = existing.minimumTlsVersion;
  if (tls !== null && (MINIMUM_TLS_VERSIONS as readonly string[]).includes(tls)) {
    distribution.minimumTlsVersion = tls as Config['distribution']['minimumTlsVersion'];
    log.take('distribution.minimumTlsVersion', tls, 'ViewerCertificate.MinimumProtocolVersion');
  } else if (tls !== null) {
    log.adjust(
      'distribution.minimumTlsVersion',
      tls,
      DEFAULT_MINIMUM_TLS_VERSION,
      'it lets viewers connect with TLS 1.0 or 1.1, or with weak ciphers',
    );
  }
  if (existing.webAclId !== null) {
    if (WEB_ACL_ARN_PATTERN.test(existing.webAclId)) {
      distribution.waf = 'own-arn';
      distribution.webAclArn = existing.webAclId;
      log.take('distribution.webAclArn', existing.webAclId, 'WebACLId');
    } else
      log.leave(
        'WebACLId',
        existing.webAclId,
        'not a WAFv2 web ACL ARN of CLOUDFRONT scope (a WAF Classic ID?): enter the ARN in the wizard',
      );
  }
  if (existing.logging !== null) {
    const bucket = existing.logging.bucket.replace(/\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/, '');
    if (S3_BUCKET_NAME_PATTERN.test(bucket)) {
      distribution.loggingBucket = bucket;
      log.take('distribution.loggingBucket', bucket, 'Logging.Bucket');
    } else log.leave('Logging.Bucket', existing.logging.bucket, 'not an S3 bucket name');
    if (existing.logging.includeCookies)
      log.adjust(
        'distribution.loggingBucket',
        'logs include cookies',
        'logs without cookies',
        'cookies in logs put session IDs and CSRF tokens in the log bucket',
      );
    if (existing.logging.prefix !== '')
      log.leave('Logging.Prefix', existing.logging.prefix, 'the wizard writes logs without a prefix');
  }
  if (existing.comment !== '') {
    distribution.comment = existing.comment.slice(0, 128);
    log.take('distribution.comment', existing.comment.slice(0, 128), 'Comment');
  }
  if (existing.enabled === false)
    log.leave('Enabled', 'false', 'the distribution is disabled: the wizard’s is enabled');
  input.distribution = distribution;
}
