import { DOCS } from '../../sources/doc-links';
import { MANAGED_CACHE_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from '../../model/aws-constants';
import type { GeneratedExplanation, GeneratedKey } from '../types';

const OPTIMIZED = MANAGED_CACHE_POLICIES.cachingOptimized;
const SECURITY = MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders;

/** Settings of the distribution itself: behaviours, names, protocols, response headers, WAF and logs. */
export const GENERATED_DISTRIBUTION_EXPLANATIONS = {
  'generated.allowedMethods': {
    title: 'Allowed methods: all seven',
    summary: 'The Django behaviour accepts GET, HEAD, OPTIONS, PUT, PATCH, POST and DELETE.',
    body:
      'With CloudFront’s default (GET and HEAD only) every form submission, login and API write is refused ' +
      'with 403. Only GET and HEAD responses are ever cached, so allowing writes does not cache them. Static ' +
      'and media behaviours allow GET and HEAD only.',
    links: [DOCS.allowedMethodsApi, DOCS.cacheBehaviorSettings],
  },
  'generated.viewerProtocolPolicy': {
    title: 'Viewer protocol: redirect HTTP to HTTPS',
    summary: 'CloudFront answers a plain-HTTP request with a 301 to the same URL over HTTPS.',
    body:
      'The redirect happens before the request reaches Django, so Django never has to redirect ' +
      '(SECURE_SSL_REDIRECT can stay off) and the Secure cookies it sets are never sent over plain HTTP.',
    links: [DOCS.viewerProtocolPolicy],
  },
  'generated.aliases': {
    title: 'Alternate domain names',
    summary: 'Your domain names are attached to the distribution as alternate domain names (CNAMEs).',
    body:
      'CloudFront only serves a name listed here, and only with a certificate that covers it. A name can ' +
      'belong to one distribution only (CNAMEAlreadyExists otherwise), including one created by an ' +
      'edge-optimized API Gateway custom domain.',
    links: [DOCS.alternateDomainNames, DOCS.certificateDomainNames],
  },
  'generated.minimumTlsVersion': {
    title: 'TLS security policy',
    summary: 'The oldest TLS version and ciphers CloudFront accepts from viewers.',
    body:
      'TLSv1.2_2025 by default: TLS 1.3, and TLS 1.2 with AES-GCM ciphers only (the CBC and ChaCha20 TLS 1.2 ' +
      'suites of TLSv1.2_2021 are gone), what AWS and scanners now recommend. TLSv1.3_2025 refuses TLS 1.2 ' +
      'altogether, for sites whose visitors all have current clients; the older policies add weaker ciphers ' +
      'for old clients. Terraform needs hashicorp/aws 6.x for the 2025 policies (5.x refuses the value).',
    links: [DOCS.securityPolicySetting, DOCS.supportedCiphers],
  },
  'generated.httpVersion': {
    title: 'HTTP/2 and HTTP/3',
    summary: 'Viewers may use HTTP/2 and HTTP/3 (QUIC); older clients fall back to HTTP/1.1.',
    body: 'This only concerns the viewer side: CloudFront reaches the origin over a connection of its own.',
    links: [DOCS.httpVersionsSetting],
  },
  'generated.ipv6': {
    title: 'IPv6',
    summary: 'Whether viewers can reach the distribution over IPv6.',
    body: 'With DNS records on, AAAA alias records go with it, next to the A records.',
    links: [DOCS.ipv6Setting],
  },
  'generated.priceClass': {
    title: 'Price class',
    summary: 'Which edge locations serve the site.',
    body:
      'All locations by default, for the lowest latency everywhere; the cheaper classes leave out the most ' +
      'expensive regions, whose visitors are then served from a farther edge.',
    links: [DOCS.priceClass],
  },
  'generated.filesBehaviour': {
    title: 'Static and media files: CachingOptimized',
    summary: 'The static and media path patterns get a cache behaviour of their own with long caching.',
    body:
      'The managed CachingOptimized policy keeps no cookies or query strings in the cache key, compresses with ' +
      'gzip and Brotli, caches for a day by default and up to a year when the origin says so, with a minimum ' +
      'TTL of 1 second (even no-cache responses are kept for a second). Right for hashed static file names; a ' +
      'replaced upload keeps its URL and may be served stale.',
    links: [{ title: 'CloudFront: CachingOptimized', url: OPTIMIZED.docUrl }, DOCS.djangoStaticfiles],
  },
  'generated.securityHeaders.managed': {
    title: 'Response headers: managed SecurityHeadersPolicy',
    summary: 'CloudFront adds AWS’s set of security headers to every response.',
    body:
      'The set follows Mozilla’s guidelines: Strict-Transport-Security, X-Frame-Options, Referrer-Policy and ' +
      'others. Where Django already sent one of them, Django’s value is kept; only X-Content-Type-Options: ' +
      'nosniff is always set.',
    links: [{ title: 'CloudFront: SecurityHeadersPolicy', url: SECURITY.docUrl }],
  },
  'generated.securityHeaders.custom': {
    title: 'Response headers: HSTS and security headers (custom policy)',
    summary: 'A response headers policy of this stack sets Strict-Transport-Security with your values.',
    body:
      'It uses your max-age, includeSubDomains and preload choices, plus X-Content-Type-Options: nosniff, ' +
      'X-Frame-Options: DENY and Referrer-Policy: strict-origin-when-cross-origin, overriding what Django sends ' +
      'so the values come from one place. Django’s own HSTS is left off to match. With “CloudFront” as the ' +
      'CSP source it sends Content-Security-Policy too.',
    links: [DOCS.hstsPolicyApi, DOCS.managedResponseHeadersPolicies],
  },
  'generated.webAcl': {
    title: 'AWS WAF web ACL',
    summary: 'Your AWS WAF web ACL inspects every request before the cache.',
    body:
      'A web ACL for CloudFront is a WAFv2 web ACL with the CLOUDFRONT scope, made in us-east-1; rate limits ' +
      'and managed rule groups stop abusive requests before they reach Django.',
    links: [DOCS.webAclSetting, DOCS.wafForCloudFront],
  },
  'generated.logging': {
    title: 'Standard access logs',
    summary: 'CloudFront writes standard (legacy) access logs to your bucket.',
    body:
      'The bucket needs ACLs enabled (object ownership not "bucket owner enforced"), because CloudFront ' +
      'delivers the logs through an ACL; otherwise the deployment fails.',
    links: [DOCS.loggingSetting, DOCS.accessLogs],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
