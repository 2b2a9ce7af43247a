import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** Form fields about response security headers, distribution-wide settings and Django's own redirect. */
export const DISTRIBUTION_FIELD_EXPLANATIONS = {
  'securityHeaders.mode': {
    title: 'Security response headers',
    body:
      '“None”: Django’s SecurityMiddleware sends HSTS itself, with the values below. “Managed”: ' +
      'the AWS SecurityHeadersPolicy adds HSTS, X-Frame-Options, Referrer-Policy and friends, but keeps any ' +
      'value Django sent (only X-Content-Type-Options is always overridden). “Custom”: a policy of your own ' +
      'with the HSTS values below that overrides Django’s. Whenever CloudFront sends HSTS, the generated ' +
      'Django settings keep SECURE_HSTS_SECONDS at 0, so one place decides. Custom is the default: the ' +
      'policy covers every behaviour, files served from S3 included, which Django never sees.',
    links: [DOCS.managedResponseHeadersPolicies, DOCS.hstsPolicyApi, DOCS.djangoHstsSeconds],
  },
  'securityHeaders.hstsMaxAgeSeconds': {
    title: 'HSTS max-age',
    body:
      'How long browsers remember to use only HTTPS for this site, sent by CloudFront’s custom policy or, with ' +
      'no policy, by Django (SECURE_HSTS_SECONDS): exactly one of them, never both. It starts at one hour ' +
      '(3600): browsers keep it even after you change it, and a site that must serve plain HTTP later is ' +
      'unreachable for returning visitors until it expires. Once every page and name has worked over HTTPS ' +
      'for a week, raise it to one year (31536000, what preload lists require) and deploy again; the wizard ' +
      'reminds you while it is below a year.',
    links: [DOCS.hstsPolicyApi, DOCS.djangoHstsSeconds],
  },
  'securityHeaders.hstsIncludeSubdomains': {
    title: 'HSTS includeSubDomains',
    body:
      'Extends HSTS to every subdomain of the name that sent it. Only turn it on when every subdomain (intranet ' +
      'hosts, mail web interfaces, …) serves HTTPS, or browsers will refuse to reach them.',
    links: [DOCS.hstsPolicyApi, DOCS.djangoHstsIncludeSubdomains],
  },
  'securityHeaders.hstsPreload': {
    title: 'HSTS preload',
    body:
      'Adds the preload directive, the consent needed to submit the domain to browsers’ built-in HSTS lists. ' +
      'Being on that list is hard to undo; it also requires includeSubDomains and a long max-age.',
    links: [DOCS.hstsPolicyApi, DOCS.djangoHstsPreload],
  },
  'distribution.priceClass': {
    title: 'Price class',
    body:
      'Which edge locations serve your site. All locations gives the lowest latency everywhere; the cheaper ' +
      'classes (200, 100) leave out the most expensive regions, whose visitors are then served from a farther ' +
      'edge, a bit more slowly.',
    links: [DOCS.priceClass],
  },
  'distribution.httpVersion': {
    title: 'HTTP versions',
    body:
      'HTTP/2 and HTTP/3 (over QUIC) between viewers and CloudFront; clients without them fall back to ' +
      'HTTP/1.1. It changes nothing for Django, which CloudFront reaches over a connection of its own.',
    links: [DOCS.httpVersionsSetting],
  },
  'distribution.ipv6': {
    title: 'IPv6',
    body:
      'Lets viewers reach CloudFront over IPv6. With DNS records enabled the stack also creates AAAA alias ' +
      'records. Turn it off only if something (an IP allow-list in a WAF rule, for example) handles IPv4 only.',
    links: [DOCS.ipv6Setting, DOCS.route53AliasToCloudFront],
  },
  'distribution.minimumTlsVersion': {
    title: 'Security policy (minimum TLS version)',
    body:
      'The oldest TLS version and cipher set viewers may use. TLSv1.2_2025 (the default) accepts TLS 1.3 and ' +
      'TLS 1.2 with AES-GCM ciphers only; TLSv1.3_2025 accepts TLS 1.3 only, which every current browser ' +
      'supports but some older clients and scripts do not. TLSv1.2_2021 adds further TLS 1.2 ciphers, the 2019 ' +
      'and 2018 policies weaker ones for old clients. The Terraform module needs hashicorp/aws 6.x for a 2025 ' +
      'policy: 5.x refuses the value.',
    links: [DOCS.securityPolicySetting, DOCS.supportedCiphers],
  },
  'distribution.webAclArn': {
    title: 'Your AWS WAF web ACL',
    body:
      'Attaches a web ACL of yours (rate limits, managed rule groups against common attacks) to the ' +
      'distribution, by its ARN. A web ACL for CloudFront must be created with the CLOUDFRONT scope in us-east-1. ' +
      'If it runs the core rule set, mind its 8 KB body limit: Django admin forms and uploads need an exception.',
    links: [DOCS.webAclSetting, DOCS.wafForCloudFront],
  },
  'distribution.loggingBucket': {
    title: 'Access log bucket',
    body:
      'An S3 bucket that receives CloudFront standard (legacy) access logs. The bucket must have ACLs enabled ' +
      '(object ownership not set to "bucket owner enforced"), because CloudFront writes the logs through an ACL; ' +
      'otherwise the deployment fails.',
    links: [DOCS.loggingSetting, DOCS.accessLogs],
  },
  'distribution.comment': {
    title: 'Distribution comment',
    body:
      'A free-text description shown in the CloudFront console (at most 128 characters), so you can tell ' +
      'distributions apart. Defaults to your domain.',
    links: [DOCS.commentSetting],
  },
  'distribution.accessLogs': {
    title: 'Access logs',
    body:
      'CloudWatch Logs (the default) uses standard logging v2: the stack creates a log group and a delivery ' +
      'of every log field but the cookies, so session and CSRF tokens stay out of logs. “My S3 bucket” is the ' +
      'legacy standard logging to a bucket of yours with ACLs enabled (cookies excluded too). Without logs, a ' +
      'security review or an incident has nothing to look at.',
    links: [DOCS.standardLoggingV2, DOCS.loggingSetting],
  },
  'distribution.logRetentionDays': {
    title: 'Log retention',
    body:
      'How many days the log group keeps access logs before CloudWatch Logs deletes them. The lines hold ' +
      'viewers’ IP addresses and user agents, so keep them only as long as you need them (90 days by default).',
    links: [DOCS.logGroupRetention],
  },
  'django.version': {
    title: 'Django version',
    body:
      'Django 5.2 is the long-term support release (security fixes to April 2028) and runs on Python 3.10 to ' +
      '3.14; 6.0 and 6.1 need Python 3.12 to 3.14. The generated requirements.txt pins the series. Django 6.0 ' +
      'added Content-Security-Policy settings (SECURE_CSP) and middleware; a per-response nonce cannot be used ' +
      'on pages CloudFront caches, because every visitor would get the one nonce of the cached page. The ' +
      'proxy settings (ALLOWED_HOSTS, USE_X_FORWARDED_HOST, SECURE_PROXY_SSL_HEADER, CSRF) are the same in all three.',
    links: [DOCS.django52Release, DOCS.django60Release, DOCS.django61Release],
  },
  'django.secureSslRedirect': {
    title: 'Django SECURE_SSL_REDIRECT',
    body:
      'CloudFront already redirects http:// to https:// (viewer protocol policy redirect-to-https), so Django ' +
      'never receives a viewer’s plain-HTTP request. Turning this on adds a second guard for requests that ' +
      'reach the origin directly. It is only safe because SECURE_PROXY_SSL_HEADER tells Django the request was ' +
      'HTTPS; if the header is missing or says http, every request is redirected to itself in a loop.',
    links: [DOCS.djangoSecureSslRedirect, DOCS.djangoSecureProxySslHeader, DOCS.viewerProtocolPolicy],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
