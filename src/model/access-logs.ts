import type { Config } from '../config/schema';
import type { AccessLogDeliveryPlan } from './deployment';

/**
 * The fields of a CloudFront standard log line (the 33 of the log file format, in AWS's order) but cs(Cookie):
 * session and CSRF cookies (sessionid, csrftoken) must never land in logs. Standard logging v2 takes the list as
 * the delivery's record fields.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html#BasicDistributionFileFormat
 */
export const ACCESS_LOG_FIELDS_WITHOUT_COOKIES: readonly string[] = [
  'date',
  'time',
  'x-edge-location',
  'sc-bytes',
  'c-ip',
  'cs-method',
  'cs(Host)',
  'cs-uri-stem',
  'sc-status',
  'cs(Referer)',
  'cs(User-Agent)',
  'cs-uri-query',
  'x-edge-result-type',
  'x-edge-request-id',
  'x-host-header',
  'cs-protocol',
  'cs-bytes',
  'time-taken',
  'x-forwarded-for',
  'ssl-protocol',
  'ssl-cipher',
  'x-edge-response-result-type',
  'cs-protocol-version',
  'fle-status',
  'fle-encrypted-fields',
  'c-port',
  'time-to-first-byte',
  'x-edge-detailed-result-type',
  'sc-content-type',
  'sc-content-len',
  'sc-range-start',
  'sc-range-end',
];

/** The cookie field standard logging would otherwise include. */
export const ACCESS_LOG_COOKIE_FIELD = 'cs(Cookie)';

/**
 * Standard logging v2 to CloudWatch Logs: a log group with a retention, the distribution as delivery source
 * (access logs), the group as destination, and the delivery between them with every field but the cookies. All
 * in the main stack: a CloudFront delivery source must be made in us-east-1.
 */
export function accessLogDeliveryFor(config: Config): AccessLogDeliveryPlan | null {
  if (config.distribution.accessLogs !== 'cloudwatch-logs') return null;
  const name = `${config.projectName}-cloudfront-access-logs`;
  return {
    stack: 'main',
    logGroupName: `/aws/cloudfront/${config.projectName}`,
    retentionDays: config.distribution.logRetentionDays,
    sourceName: `${name}-source`,
    destinationName: `${name}-destination`,
    logType: 'ACCESS_LOGS',
    outputFormat: 'json',
    recordFields: [...ACCESS_LOG_FIELDS_WITHOUT_COOKIES],
  };
}
