import type { DocLink } from './doc-links';

const link = (title: string, url: string): DocLink => ({ title, url });
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';

/**
 * The pages Content-Security-Policy in one place rests on (issue 11): CloudFront's response headers policy,
 * Django 6's built-in CSP and its nonce caveat, the report-only header. Spread into DOCS.
 */
export const CSP_DOCS = {
  responseHeadersPolicySettings: link(
    'CloudFront: understand response headers policies (security headers, custom headers)',
    `${CF}/understanding-response-headers-policies.html`,
  ),
  cspPolicyCfn: link(
    'CloudFormation: AWS::CloudFront::ResponseHeadersPolicy ContentSecurityPolicy (value and Override)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-responseheaderspolicy-contentsecuritypolicy.html',
  ),
  cloudFrontQuotas: link('CloudFront: quotas (custom header value length)', `${CF}/cloudfront-limits.html`),
  djangoCsp: link(
    'Django 6.0: Content Security Policy (SECURE_CSP, SECURE_CSP_REPORT_ONLY, ContentSecurityPolicyMiddleware)',
    'https://docs.djangoproject.com/en/6.0/ref/csp/',
  ),
  djangoCspHowTo: link(
    'Django 6.0: how to use CSP (nonces, and caching with nonces)',
    'https://docs.djangoproject.com/en/6.0/howto/csp/',
  ),
} as const satisfies Record<string, DocLink>;
