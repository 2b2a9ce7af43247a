import { SECURITY_HEADERS } from './security-headers.js';

/**
 * The security headers in the shape of a CloudFront response headers policy: the headers CloudFront has a
 * setting for go in SecurityHeadersConfig, the rest are custom headers. Every setting overrides what the
 * origin (the S3 bucket) might send.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html
 */
export interface CloudFrontHeaderSettings {
  contentSecurityPolicy: string;
  frameOption: 'DENY' | 'SAMEORIGIN';
  referrerPolicy: string;
  hstsMaxAgeSeconds: number;
  customHeaders: { header: string; value: string }[];
}

const SECURITY_SETTING_NAMES = new Set([
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
]);

function headerValue(name: string): string {
  const header = SECURITY_HEADERS.find((candidate) => candidate.name.toLowerCase() === name);
  if (header === undefined) throw new Error(`The security headers table has no ${name}`);
  return header.value;
}

/** The table as CloudFront settings; a value CloudFront cannot express is an error, not a silent change. */
export function cloudFrontHeaderSettings(): CloudFrontHeaderSettings {
  if (headerValue('x-content-type-options') !== 'nosniff')
    throw new Error('CloudFront only sends X-Content-Type-Options: nosniff');
  const frameOption = headerValue('x-frame-options');
  if (frameOption !== 'DENY' && frameOption !== 'SAMEORIGIN')
    throw new Error(`CloudFront cannot send X-Frame-Options: ${frameOption}`);
  const hsts = /^max-age=(\d+)$/.exec(headerValue('strict-transport-security'));
  if (hsts === null) throw new Error('Strict-Transport-Security must be max-age=N here');
  return {
    contentSecurityPolicy: headerValue('content-security-policy'),
    frameOption,
    referrerPolicy: headerValue('referrer-policy'),
    hstsMaxAgeSeconds: Number(hsts[1]),
    customHeaders: SECURITY_HEADERS.filter(
      (header) => !SECURITY_SETTING_NAMES.has(header.name.toLowerCase()),
    ).map((header) => ({ header: header.name, value: header.value })),
  };
}

export const CLOUDFRONT_POLICY_NAME = 'cloudfront-django-wizard-security-headers';

/**
 * The ResponseHeadersPolicyConfig the CloudFront API (and `aws cloudfront create-response-headers-policy`) takes.
 * @see https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateResponseHeadersPolicy.html
 */
export function cloudFrontResponseHeadersPolicyConfig() {
  const settings = cloudFrontHeaderSettings();
  return {
    Name: CLOUDFRONT_POLICY_NAME,
    Comment: 'Security headers of the CloudFront Django Wizard page',
    SecurityHeadersConfig: {
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: settings.contentSecurityPolicy },
      ContentTypeOptions: { Override: true },
      FrameOptions: { Override: true, FrameOption: settings.frameOption },
      ReferrerPolicy: { Override: true, ReferrerPolicy: settings.referrerPolicy },
      StrictTransportSecurity: {
        Override: true,
        IncludeSubdomains: false,
        Preload: false,
        AccessControlMaxAgeSec: settings.hstsMaxAgeSeconds,
      },
    },
    CustomHeadersConfig: {
      Quantity: settings.customHeaders.length,
      Items: settings.customHeaders.map(({ header, value }) => ({
        Header: header,
        Value: value,
        Override: true,
      })),
    },
  };
}
