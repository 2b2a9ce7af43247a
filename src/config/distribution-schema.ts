import * as z from 'zod';
import { DISTRIBUTION_COMMENT_MAX } from './aws-limits';
import { formField } from './field-meta';
import { optionalPattern } from './optional-pattern';
import { S3_BUCKET_NAME_PATTERN, WEB_ACL_ARN_PATTERN } from './patterns';
import { unwantedCharacterProblem } from './text-characters';
import { legacyWebAclInput, WAF_FIELDS, withoutUnusedWebAclArn } from './waf-fields';

/** The `distribution` part of a config (the CloudFront distribution as a whole), with its form metadata. */

export const PRICE_CLASSES = ['PriceClass_All', 'PriceClass_200', 'PriceClass_100'] as const;
export const HTTP_VERSIONS = ['http2and3', 'http2'] as const;
/** Viewer security policies, strictest first; the 2025 ones need an ACM certificate (SNI), which every setup has. */
export const MINIMUM_TLS_VERSIONS = [
  'TLSv1.3_2025',
  'TLSv1.2_2025',
  'TLSv1.2_2021',
  'TLSv1.2_2019',
  'TLSv1.2_2018',
] as const;
/** Access logs: standard logging v2 to CloudWatch Logs (default), the legacy S3 logging, or none. */
export const ACCESS_LOG_DESTINATIONS = ['cloudwatch-logs', 'legacy-s3', 'off'] as const;
/** The retention periods CloudWatch Logs accepts (days), the short ones a log of visitors' addresses needs. */
export const LOG_RETENTION_DAYS = [7, 14, 30, 60, 90, 180, 365] as const;

/**
 * Before access logs had a choice, a log bucket meant legacy logging: a config or link that names one and says
 * nothing else keeps getting it.
 */
function legacyLoggingInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const distribution = input as Record<string, unknown>;
  const bucket = distribution.loggingBucket;
  if (distribution.accessLogs === undefined && typeof bucket === 'string' && bucket.trim() !== '')
    return { ...distribution, accessLogs: 'legacy-s3' };
  return input;
}

export const DistributionSchema = z.preprocess(
  (input) => legacyWebAclInput(legacyLoggingInput(input)),
  z
    .object({
      priceClass: formField(z.enum(PRICE_CLASSES).default('PriceClass_All'), {
        label: 'Price class',
        help: 'Which edge locations serve the site: all of them, or cheaper subsets.',
        options: {
          PriceClass_All: 'All edge locations',
          PriceClass_200: 'Most locations (PriceClass_200)',
          PriceClass_100: 'North America and Europe (PriceClass_100)',
        },
      }),
      httpVersion: formField(z.enum(HTTP_VERSIONS).default('http2and3'), {
        label: 'HTTP versions',
        help: 'The HTTP versions viewers may use with CloudFront.',
        options: { http2and3: 'HTTP/2 and HTTP/3', http2: 'HTTP/2 only' },
      }),
      ipv6: formField(z.boolean().default(true), {
        label: 'IPv6',
        help: 'Lets viewers reach CloudFront over IPv6.',
      }),
      minimumTlsVersion: formField(z.enum(MINIMUM_TLS_VERSIONS).default('TLSv1.2_2025'), {
        label: 'Minimum TLS',
        help: 'The oldest TLS version and cipher set viewers may use; TLSv1.2_2025 keeps TLS 1.2 with current ciphers only.',
        options: {
          'TLSv1.3_2025': 'TLSv1.3_2025 (TLS 1.3 only)',
          'TLSv1.2_2025': 'TLSv1.2_2025 (recommended)',
          'TLSv1.2_2021': 'TLSv1.2_2021',
          'TLSv1.2_2019': 'TLSv1.2_2019',
          'TLSv1.2_2018': 'TLSv1.2_2018',
        },
      }),
      ...WAF_FIELDS,
      webAclArn: formField(
        optionalPattern(
          WEB_ACL_ARN_PATTERN,
          'A WAFv2 web ACL for CloudFront: arn:aws:wafv2:us-east-1:…:global/webacl/NAME/ID',
        ),
        {
          label: 'Web ACL ARN',
          help: 'The ARN of your AWS WAF web ACL (CLOUDFRONT scope, us-east-1) that inspects every request.',
          appliesWhen: { field: 'distribution.waf', is: ['own-arn'] },
        },
      ),
      accessLogs: formField(z.enum(ACCESS_LOG_DESTINATIONS).default('cloudwatch-logs'), {
        label: 'Access logs',
        help: 'Where CloudFront writes a line per request, cookies left out: a CloudWatch Logs group, or your S3 bucket.',
        options: {
          'cloudwatch-logs': 'CloudWatch Logs (standard logging v2)',
          'legacy-s3': 'My S3 bucket (legacy standard logging)',
          off: 'No access logs',
        },
      }),
      logRetentionDays: formField(
        z
          .number()
          .int()
          .default(90)
          .refine((value) => (LOG_RETENTION_DAYS as readonly number[]).includes(value), {
            message: `CloudWatch Logs keeps logs for one of ${LOG_RETENTION_DAYS.join(', ')} days here`,
          }),
        {
          label: 'Keep logs for (days)',
          help: 'How long the log group keeps access logs; they hold visitors’ IP addresses, so not forever.',
          appliesWhen: { field: 'distribution.accessLogs', is: ['cloudwatch-logs'] },
        },
      ),
      loggingBucket: formField(
        optionalPattern(S3_BUCKET_NAME_PATTERN, 'An S3 bucket name for access logs, e.g. mysite-logs'),
        {
          label: 'Log bucket',
          help: 'An S3 bucket with ACLs enabled that receives CloudFront’s legacy standard access logs.',
          appliesWhen: { field: 'distribution.accessLogs', is: ['legacy-s3'] },
        },
      ),
      comment: formField(
        z
          .string()
          // One spelling of each character (NFC), as Terraform's HCL would make it anyway.
          .normalize('NFC')
          .max(DISTRIBUTION_COMMENT_MAX, {
            message: `CloudFront allows at most ${DISTRIBUTION_COMMENT_MAX} characters`,
            abort: true,
          })
          .default('')
          .superRefine((value, ctx) => {
            const problem = unwantedCharacterProblem(value);
            if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
          }),
        {
          label: 'Comment',
          help: `A description shown in the CloudFront console: one line of printable text, at most ${DISTRIBUTION_COMMENT_MAX} characters.`,
        },
      ),
    })
    // An ARN the config does not attach is dropped, so it never travels in a share link.
    .transform(withoutUnusedWebAclArn),
);
