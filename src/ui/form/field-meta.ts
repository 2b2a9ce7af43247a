import type { Config } from '../../config/schema';

/** Visible labels used when the knowledge table has no `label` for a field (it wins when it has one). */
export const FIELD_LABELS: Record<string, string> = {
  projectName: 'Project name',
  'domains.primary': 'Domain name',
  'domains.additional': 'Other domain names',
  'certificate.source': 'TLS certificate',
  'certificate.arn': 'ACM certificate ARN (us-east-1)',
  'dns.createRecords': 'Create Route 53 alias records for every domain',
  'dns.hostedZoneId': 'Hosted zone ID',
  'dns.hostedZoneName': 'Hosted zone name',
  'origin.type': 'Origin type',
  'origin.endpoint': 'Origin endpoint',
  'origin.path': 'Origin path',
  'origin.hostStrategy': 'How Django learns the public host',
  'origin.lambdaUrlAuth': 'Function URL access',
  'origin.lambdaFunctionArn': 'Lambda function ARN',
  'dynamicCaching.mode': 'Caching of Django pages',
  'dynamicCaching.defaultTtlSeconds': 'Default TTL (seconds)',
  'dynamicCaching.maxTtlSeconds': 'Maximum TTL (seconds)',
  'staticFiles.enabled': 'Serve static files through their own cache behaviour',
  'staticFiles.pathPattern': 'Static files path pattern',
  'staticFiles.source': 'Static files come from',
  'mediaFiles.enabled': 'Serve media (uploaded) files through their own cache behaviour',
  'mediaFiles.pathPattern': 'Media files path pattern',
  'mediaFiles.source': 'Media files come from',
  'securityHeaders.mode': 'Security response headers',
  'securityHeaders.hstsMaxAgeSeconds': 'HSTS max-age (seconds)',
  'securityHeaders.hstsIncludeSubdomains': 'HSTS includeSubDomains',
  'securityHeaders.hstsPreload': 'HSTS preload',
  'originProtection.secretHeader':
    'Send a secret header so the origin can reject requests that bypass CloudFront',
  'originProtection.headerName': 'Secret header name',
  'distribution.priceClass': 'Price class (edge locations)',
  'distribution.httpVersion': 'HTTP versions',
  'distribution.ipv6': 'Enable IPv6',
  'distribution.minimumTlsVersion': 'Minimum TLS version for viewers',
  'distribution.webAclArn': 'AWS WAF web ACL ARN',
  'distribution.loggingBucket': 'Access log bucket',
  'distribution.comment': 'Distribution comment',
  'django.secureSslRedirect': 'SECURE_SSL_REDIRECT (Django redirects http to https too)',
  'output.cloudFormationFormat': 'CloudFormation template format',
};

/** Human wording for enum values; the value itself stays what the schema says. */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  'origin.type': {
    'apigw-http': 'API Gateway HTTP API',
    'apigw-rest': 'API Gateway REST API',
    'lambda-url': 'Lambda function URL',
    alb: 'Application Load Balancer',
    'custom-https': 'Any HTTPS origin',
  },
  'origin.hostStrategy': {
    'x-forwarded-host-function': 'Function copies Host to X-Forwarded-Host',
    'forward-host': 'Forward Host to the origin',
  },
  'origin.lambdaUrlAuth': {
    'none-with-secret-header': 'Auth NONE + secret origin header',
    oac: 'Origin access control (IAM, SigV4)',
  },
  'certificate.source': {
    'existing-arn': 'Use an existing ACM certificate',
    'create-dns-validated': 'Create one, validated through Route 53',
  },
  'dynamicCaching.mode': {
    disabled: 'Do not cache (CachingDisabled)',
    'origin-cache-control': 'Cache only what Django marks with Cache-Control',
    'all-cookies-and-query-strings': 'Cache, keyed on every cookie and query string',
  },
  source: { 'same-origin': 'The Django origin', s3: 'An S3 bucket' },
  'securityHeaders.mode': {
    none: 'None (Django sets them)',
    managed: 'Managed SecurityHeadersPolicy',
    custom: 'Custom policy with my HSTS settings',
  },
  'distribution.priceClass': {
    PriceClass_All: 'All edge locations',
    PriceClass_200: 'Most locations (PriceClass_200)',
    PriceClass_100: 'North America and Europe (PriceClass_100)',
  },
  'distribution.httpVersion': { http2and3: 'HTTP/2 and HTTP/3', http2: 'HTTP/2 only' },
  'output.cloudFormationFormat': { yaml: 'YAML', json: 'JSON' },
};

/** When a field applies, used when the knowledge table gives no `appliesTo` for it. */
export const FIELD_APPLIES_TO: Record<string, (config: Config) => boolean> = {
  'certificate.arn': (config) => config.certificate.source === 'existing-arn',
  'dns.hostedZoneId': (config) =>
    config.dns.createRecords || config.certificate.source === 'create-dns-validated',
  'dns.hostedZoneName': (config) =>
    config.dns.createRecords || config.certificate.source === 'create-dns-validated',
  'origin.lambdaUrlAuth': (config) => config.origin.type === 'lambda-url',
  'origin.lambdaFunctionArn': (config) => config.origin.type === 'lambda-url',
  'dynamicCaching.defaultTtlSeconds': (config) =>
    config.dynamicCaching.mode === 'all-cookies-and-query-strings',
  'dynamicCaching.maxTtlSeconds': (config) => config.dynamicCaching.mode !== 'disabled',
  'staticFiles.pathPattern': (config) => config.staticFiles.enabled,
  'staticFiles.source': (config) => config.staticFiles.enabled,
  'mediaFiles.pathPattern': (config) => config.mediaFiles.enabled,
  'mediaFiles.source': (config) => config.mediaFiles.enabled,
  'securityHeaders.hstsMaxAgeSeconds': (config) => config.securityHeaders.mode === 'custom',
  'securityHeaders.hstsIncludeSubdomains': (config) => config.securityHeaders.mode === 'custom',
  'securityHeaders.hstsPreload': (config) => config.securityHeaders.mode === 'custom',
  'originProtection.headerName': (config) => config.originProtection.secretHeader,
};
