import { DOCS } from '../../sources/doc-links';
import { hasCustomSecurityHeaders, usesS3Files } from '../conditions';
import { MANAGED_CACHE_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from '../../model/aws-constants';
import type { Explanation } from '../types';

const OPTIMIZED = MANAGED_CACHE_POLICIES.cachingOptimized;
const SECURITY = MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders;
const filesBehaviour = (config: { staticFiles: { enabled: boolean }; mediaFiles: { enabled: boolean } }) =>
  config.staticFiles.enabled || config.mediaFiles.enabled;

/** Distribution-wide generated settings: behaviours, certificate, names, protocols and response headers. */
export const GENERATED_DISTRIBUTION_EXPLANATIONS: Explanation[] = [
  {
    key: 'generated.allowedMethods',
    title: 'Allowed methods: all seven',
    body:
      'The Django behaviour accepts GET, HEAD, OPTIONS, PUT, PATCH, POST and DELETE. With CloudFront’s default ' +
      '(GET and HEAD only) every form submission, login and API write is refused with 403. Only GET and HEAD ' +
      'responses are ever cached, so allowing writes does not cache them. Static and media behaviours allow ' +
      'GET and HEAD only.',
    links: [DOCS.allowedMethodsApi, DOCS.cacheBehaviorSettings],
    markers: {
      'cdk-typescript': ['AllowedMethods.ALLOW_ALL'],
      'cdk-python': ['AllowedMethods.ALLOW_ALL'],
      cloudformation: ['AllowedMethods'],
      terraform: ['allowed_methods'],
    },
  },
  {
    key: 'generated.viewerProtocolPolicy',
    title: 'Viewer protocol: redirect HTTP to HTTPS',
    body:
      'CloudFront answers a plain-HTTP request with a 301 to the same URL over HTTPS, before it reaches Django. ' +
      'So Django never has to redirect (SECURE_SSL_REDIRECT can stay off) and the Secure cookies it sets are ' +
      'never sent over plain HTTP.',
    links: [DOCS.viewerProtocolPolicy],
    markers: {
      'cdk-typescript': ['ViewerProtocolPolicy.REDIRECT_TO_HTTPS'],
      'cdk-python': ['ViewerProtocolPolicy.REDIRECT_TO_HTTPS'],
      cloudformation: ['redirect-to-https'],
      terraform: ['redirect-to-https'],
    },
  },
  {
    key: 'generated.aliases',
    title: 'Alternate domain names',
    body:
      'Your domain names are attached to the distribution as alternate domain names (CNAMEs): CloudFront only ' +
      'serves a name listed here, and only with a certificate that covers it. A name can belong to one ' +
      'distribution only (CNAMEAlreadyExists otherwise), including one created by an edge-optimized API ' +
      'Gateway custom domain.',
    links: [DOCS.alternateDomainNames, DOCS.certificateDomainNames],
    markers: {
      'cdk-typescript': ['domainNames'],
      'cdk-python': ['domain_names'],
      cloudformation: ['Aliases'],
      terraform: ['aliases'],
    },
  },
  {
    key: 'generated.certificate.existing',
    title: 'Viewer certificate (existing, us-east-1)',
    body:
      'The distribution uses your ACM certificate, served with SNI. CloudFront only accepts ACM certificates ' +
      'from us-east-1, whatever region the rest of the stack is in, and the certificate must cover every ' +
      'alternate domain name.',
    links: [DOCS.cnamesAndHttps, DOCS.sslCertificateSetting],
    appliesTo: (config) => config.certificate.source === 'existing-arn',
    markers: {
      'cdk-typescript': ['Certificate.fromCertificateArn('],
      'cdk-python': ['Certificate.from_certificate_arn('],
      cloudformation: ['AcmCertificateArn'],
      terraform: ['acm_certificate_arn'],
    },
  },
  {
    key: 'generated.certificate.dnsValidated',
    title: 'Viewer certificate (created, DNS-validated, us-east-1)',
    body:
      'The stack requests an ACM certificate for every domain name in us-east-1 (the only region CloudFront ' +
      'takes certificates from) and proves ownership with DNS validation records in your hosted zone. ACM ' +
      'renews it automatically as long as those records stay.',
    links: [DOCS.acmDnsValidation, DOCS.cnamesAndHttps],
    appliesTo: (config) => config.certificate.source === 'create-dns-validated',
    markers: {
      'cdk-typescript': ['CertificateValidation.fromDns('],
      'cdk-python': ['CertificateValidation.from_dns('],
      cloudformation: ['ValidationMethod'],
      terraform: ['validation_method'],
    },
  },
  {
    key: 'generated.minimumTlsVersion',
    title: 'TLS security policy',
    body:
      'The minimum TLS version and ciphers CloudFront accepts from viewers (TLSv1.2_2021 by default: TLS 1.2 ' +
      'with strong ciphers, and TLS 1.3).',
    links: [DOCS.securityPolicySetting, DOCS.supportedCiphers],
    markers: {
      'cdk-typescript': ['SecurityPolicyProtocol.'],
      'cdk-python': ['SecurityPolicyProtocol.'],
      cloudformation: ['MinimumProtocolVersion'],
      terraform: ['minimum_protocol_version'],
    },
  },
  {
    key: 'generated.httpVersion',
    title: 'HTTP/2 and HTTP/3',
    body:
      'Viewers may use HTTP/2 and HTTP/3 (QUIC); older clients fall back to HTTP/1.1. This only concerns the ' +
      'viewer side: CloudFront reaches the origin separately.',
    links: [DOCS.httpVersionsSetting],
    markers: {
      'cdk-typescript': ['HttpVersion.'],
      'cdk-python': ['HttpVersion.'],
      cloudformation: ['HttpVersion'],
      terraform: ['http_version'],
    },
  },
  {
    key: 'generated.ipv6',
    title: 'IPv6',
    body: 'Whether viewers can reach the distribution over IPv6; with DNS records on, AAAA aliases go with it.',
    links: [DOCS.ipv6Setting],
    markers: {
      'cdk-typescript': ['enableIpv6'],
      'cdk-python': ['enable_ipv6'],
      cloudformation: ['IPV6Enabled'],
      terraform: ['is_ipv6_enabled'],
    },
  },
  {
    key: 'generated.priceClass',
    title: 'Price class',
    body: 'Which edge locations serve the site (all by default, for the lowest latency everywhere).',
    links: [DOCS.priceClass],
    markers: {
      'cdk-typescript': ['PriceClass.'],
      'cdk-python': ['PriceClass.'],
      cloudformation: ['PriceClass'],
      terraform: ['price_class'],
    },
  },
  {
    key: 'generated.filesBehaviour',
    title: 'Static and media files: CachingOptimized',
    body:
      'The static and media path patterns get their own behaviour with the managed CachingOptimized policy: ' +
      'no cookies or query strings in the cache key, gzip and Brotli, default TTL one day and up to a year when ' +
      'the origin says so, minimum TTL 1 second (even no-cache responses are kept for a second). Right for ' +
      'hashed static file names; a replaced upload keeps its URL and may be served stale.',
    links: [{ title: 'CloudFront: CachingOptimized', url: OPTIMIZED.docUrl }, DOCS.djangoStaticfiles],
    appliesTo: filesBehaviour,
    markers: {
      'cdk-typescript': [`CachePolicy.${OPTIMIZED.cdkMember}`],
      'cdk-python': [`CachePolicy.${OPTIMIZED.cdkMember}`],
      cloudformation: [OPTIMIZED.id],
      terraform: [OPTIMIZED.name],
    },
  },
  {
    key: 'generated.s3FilesOrigin',
    title: 'Private S3 bucket behind origin access control',
    body:
      'Static or media files live in a private, encrypted bucket that blocks all public access; CloudFront ' +
      'reads it with origin access control (SigV4) and the bucket policy allows only this distribution to ' +
      'read objects.',
    links: [DOCS.cacheBehaviorSettings, DOCS.originDomain],
    appliesTo: usesS3Files,
    markers: {
      'cdk-typescript': ['S3BucketOrigin.withOriginAccessControl('],
      'cdk-python': ['S3BucketOrigin.with_origin_access_control('],
      cloudformation: ['AWS::CloudFront::OriginAccessControl'],
      terraform: ['aws_cloudfront_origin_access_control'],
    },
  },
  {
    key: 'generated.securityHeaders.managed',
    title: 'Response headers: managed SecurityHeadersPolicy',
    body:
      'CloudFront adds AWS’s set of security headers (following Mozilla’s guidelines: Strict-Transport-Security, ' +
      'X-Frame-Options, Referrer-Policy and others) to every response. Where Django already sent one of them, ' +
      'Django’s value is kept; only X-Content-Type-Options: nosniff is always set.',
    links: [{ title: 'CloudFront: SecurityHeadersPolicy', url: SECURITY.docUrl }],
    appliesTo: (config) => config.securityHeaders.mode === 'managed',
    markers: {
      'cdk-typescript': [`ResponseHeadersPolicy.${SECURITY.cdkMember}`],
      'cdk-python': [`ResponseHeadersPolicy.${SECURITY.cdkMember}`],
      cloudformation: [SECURITY.id],
      terraform: [SECURITY.name],
    },
  },
  {
    key: 'generated.securityHeaders.custom',
    title: 'Response headers: HSTS and security headers (custom policy)',
    body:
      'A response headers policy of this stack sets Strict-Transport-Security with your max-age, ' +
      'includeSubDomains and preload choices, plus X-Content-Type-Options: nosniff, X-Frame-Options: DENY and ' +
      'Referrer-Policy: strict-origin-when-cross-origin, overriding what Django sends so the values come from ' +
      'one place. Django’s own HSTS is left off to match.',
    links: [DOCS.hstsPolicyApi, DOCS.managedResponseHeadersPolicies],
    appliesTo: hasCustomSecurityHeaders,
    markers: {
      'cdk-typescript': ['strictTransportSecurity'],
      'cdk-python': ['strict_transport_security'],
      cloudformation: ['StrictTransportSecurity'],
      terraform: ['strict_transport_security'],
    },
  },
  {
    key: 'generated.dnsRecords',
    title: 'Route 53 alias records',
    body:
      'For every domain name an A alias record (and AAAA with IPv6) points at the distribution. Alias records ' +
      'to CloudFront always use the hosted zone ID Z2FDTNDATAQYW2; the apex can be an alias, where a CNAME ' +
      'would not be allowed.',
    links: [DOCS.route53AliasToCloudFront],
    appliesTo: (config) => config.dns.createRecords,
    markers: {
      'cdk-typescript': ['ARecord('],
      'cdk-python': ['ARecord('],
      cloudformation: ['AliasTarget'],
      terraform: ['alias {'],
    },
  },
  {
    key: 'generated.webAcl',
    title: 'AWS WAF web ACL',
    body: 'Your WAFv2 web ACL (CLOUDFRONT scope, us-east-1) inspects every request before the cache.',
    links: [DOCS.webAclSetting, DOCS.wafForCloudFront],
    appliesTo: (config) => config.distribution.webAclArn !== '',
    markers: {
      'cdk-typescript': ['webAclId'],
      'cdk-python': ['web_acl_id'],
      cloudformation: ['WebACLId'],
      terraform: ['web_acl_id'],
    },
  },
  {
    key: 'generated.logging',
    title: 'Standard access logs',
    body:
      'CloudFront writes standard (legacy) access logs to your bucket, which needs ACLs enabled for CloudFront ' +
      'to deliver them.',
    links: [DOCS.loggingSetting, DOCS.accessLogs],
    appliesTo: (config) => config.distribution.loggingBucket !== '',
    markers: {
      'cdk-typescript': ['logBucket'],
      'cdk-python': ['log_bucket'],
      cloudformation: ['Logging'],
      terraform: ['logging_config'],
    },
  },
];
