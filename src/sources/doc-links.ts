import { ORIGIN_DOCS } from './origin-doc-links';

/** A page an explanation, a warning or a request-flow rule rests on. */
export interface DocLink {
  title: string;
  url: string;
}

/**
 * Every documentation page an explanation links to, in one table. Each URL comes from the project's
 * facts or was found with the docs search; none is guessed.
 */
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';
const CF_DIST = `${CF}/DownloadDistValuesGeneral.html`;
const CF_ORIGIN = `${CF}/DownloadDistValuesOrigin.html`;
const DJANGO = 'https://docs.djangoproject.com/en/5.2';
const DJANGO_SETTINGS = `${DJANGO}/ref/settings`;

import { SECURITY_DOCS } from './security-doc-links';
import { CSP_DOCS } from './csp-doc-links';
import { WAF_DOCS } from './waf-doc-links';

const link = (title: string, url: string): DocLink => ({ title, url });

export const DOCS = {
  // The VPC origin and ECS Express Mode pages (their own file).
  ...ORIGIN_DOCS,

  // CloudFront policies and request handling
  managedCachePolicies: link('CloudFront: managed cache policies', `${CF}/using-managed-cache-policies.html`),
  managedOriginRequestPolicies: link(
    'CloudFront: managed origin request policies',
    `${CF}/using-managed-origin-request-policies.html`,
  ),
  managedResponseHeadersPolicies: link(
    'CloudFront: managed response headers policies',
    `${CF}/using-managed-response-headers-policies.html`,
  ),
  requestHeadersCustomOrigin: link(
    'CloudFront: request headers and custom origins',
    `${CF}/RequestAndResponseBehaviorCustomOrigin.html#request-custom-headers-behavior`,
  ),
  expiration: link('CloudFront: manage how long content stays in the cache', `${CF}/Expiration.html`),
  cachingOnCookies: link('CloudFront: caching content based on cookies', `${CF}/Cookies.html`),
  cachingOnQueryStrings: link(
    'CloudFront: caching based on query strings',
    `${CF}/QueryStringParameters.html`,
  ),
  cachingOnHeaders: link('CloudFront: caching based on request headers', `${CF}/header-caching.html`),
  allowedMethodsApi: link(
    'CloudFront API: AllowedMethods',
    'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html',
  ),
  hstsPolicyApi: link(
    'CloudFront API: ResponseHeadersPolicyStrictTransportSecurity',
    'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ResponseHeadersPolicyStrictTransportSecurity.html',
  ),
  cacheBehaviorSettings: link(
    'CloudFront: cache behavior settings',
    `${CF}/DownloadDistValuesCacheBehavior.html`,
  ),
  viewerProtocolPolicy: link(
    'CloudFront: viewer protocol policy',
    `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesViewerProtocolPolicy`,
  ),

  // CloudFront Functions
  functionEventStructure: link(
    'CloudFront Functions: event structure',
    `${CF}/functions-event-structure.html`,
  ),
  edgeFunctionRestrictions: link(
    'CloudFront: restrictions on all edge functions',
    `${CF}/edge-function-restrictions-all.html`,
  ),
  functionQuotas: link('CloudFront: quotas on functions', `${CF}/cloudfront-limits.html#limits-functions`),
  functionConfigApi: link(
    'CloudFront API: FunctionConfig',
    'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_FunctionConfig.html',
  ),
  originModification: link(
    'CloudFront Functions: origin modification helper methods',
    `${CF}/helper-functions-origin-modification.html`,
  ),

  // Distribution settings
  priceClass: link('CloudFront: price class', `${CF_DIST}#DownloadDistValuesPriceClass`),
  webAclSetting: link('CloudFront: AWS WAF web ACL', `${CF_DIST}#DownloadDistValuesWAFWebACL`),
  alternateDomainNames: link(
    'CloudFront: alternate domain names (CNAMEs)',
    `${CF_DIST}#DownloadDistValuesCNAME`,
  ),
  sslCertificateSetting: link('CloudFront: SSL certificate', `${CF_DIST}#DownloadDistValuesSSLCertificate`),
  securityPolicySetting: link(
    'CloudFront: security policy (minimum SSL/TLS version)',
    `${CF_DIST}#DownloadDistValues-security-policy`,
  ),
  httpVersionsSetting: link(
    'CloudFront: supported HTTP versions',
    `${CF_DIST}#DownloadDistValuesSupportedHTTPVersions`,
  ),
  ipv6Setting: link('CloudFront: enable IPv6', `${CF_DIST}#DownloadDistValuesEnableIPv6`),
  loggingSetting: link('CloudFront: standard logging', `${CF_DIST}#DownloadDistValuesLoggingOnOff`),
  commentSetting: link('CloudFront: comment', `${CF_DIST}#DownloadDistValuesComment`),
  accessLogs: link('CloudFront: standard logging (access logs)', `${CF}/AccessLogs.html`),
  supportedCiphers: link(
    'CloudFront: supported protocols and ciphers between viewers and CloudFront',
    `${CF}/secure-connections-supported-viewer-protocols-ciphers.html`,
  ),
  cnamesAndHttps: link(
    'CloudFront: requirements for using SSL/TLS certificates',
    `${CF}/cnames-and-https-requirements.html`,
  ),
  certificateDomainNames: link(
    'CloudFront: domain names in the certificate',
    `${CF}/cnames-and-https-requirements.html#https-requirements-domain-names-in-cert`,
  ),
  httpsToCustomOrigin: link(
    'CloudFront: require HTTPS to a custom origin',
    `${CF}/using-https-cloudfront-to-custom-origin.html`,
  ),

  // Origins
  originDomain: link('CloudFront: origin domain', `${CF_ORIGIN}#DownloadDistValuesDomainName`),
  originPath: link('CloudFront: origin path', `${CF_ORIGIN}#DownloadDistValuesOriginPath`),
  originProtocol: link('CloudFront: origin protocol', `${CF_ORIGIN}#DownloadDistValuesOriginProtocolPolicy`),
  originCustomHeaders: link(
    'CloudFront: add custom headers to origin requests',
    `${CF}/add-origin-custom-headers.html`,
  ),
  lambdaOac: link(
    'CloudFront: restrict access to a Lambda function URL origin',
    `${CF}/private-content-restricting-access-to-lambda.html`,
  ),
  s3Oac: link(
    'CloudFront: restrict access to an Amazon S3 origin',
    `${CF}/private-content-restricting-access-to-s3.html`,
  ),
  lambdaUrlAuth: link(
    'Lambda: control access to function URLs',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  ),
  lambdaUrlInvocation: link(
    'Lambda: invoking function URLs',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
  ),
  forwardHostKnowledgeCenter: link(
    'AWS Knowledge Center: forward the Host header (API Gateway without custom domain: 403)',
    'https://repost.aws/knowledge-center/configure-cloudfront-to-forward-headers',
  ),
  apigwRegional: link(
    'API Gateway: regional API endpoints',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/create-regional-api.html',
  ),
  apigwEndpointTypes: link(
    'API Gateway: endpoint types for REST APIs',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html',
  ),
  apigwHttpReservedHeaders: link(
    'API Gateway HTTP API: reserved headers',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html#http-api-mapping-reserved-headers',
  ),
  albForwardedHeaders: link(
    'ALB: X-Forwarded headers',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html',
  ),

  // Public reports where AWS documents nothing (marked [report] wherever they are cited)
  reportApiGatewayForeignHost: link(
    '[report] API Gateway answers 403 once the viewer Host is forwarded',
    'https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/571',
  ),
  reportLambdaUrlForeignHost: link(
    '[report] A Lambda function URL answers 403 to a Host that is not its own',
    'https://github.com/aws/aws-cdk/issues/20090',
  ),
  reportRestApiForwardedHeaders: link(
    '[report] REST API proxy events carry X-Forwarded-Proto: https, X-Forwarded-Port, X-Forwarded-For',
    'https://github.com/Miserlou/Zappa/issues/1821',
  ),

  // Other AWS services
  apiGatewayDisableDefaultEndpoint: link(
    'API Gateway: disable the default endpoint (HTTP APIs)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-disable-default-endpoint.html',
  ),
  restApiDisableDefaultEndpoint: link(
    'API Gateway: disable the default endpoint (REST APIs)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-disable-default-endpoint.html',
  ),
  wafForCloudFront: link(
    'AWS WAF: resources you can protect (CloudFront: us-east-1)',
    'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
  ),
  route53AliasToCloudFront: link(
    'Route 53: alias record values',
    'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-alias-common.html',
  ),
  acmRegions: link(
    'ACM: supported Regions (CloudFront takes certificates from us-east-1)',
    'https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html',
  ),
  s3DenyInsecureTransport: link(
    'AWS Knowledge Center: an S3 bucket policy that denies HTTP requests (aws:SecureTransport)',
    'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
  ),
  lambdaPermissionResource: link(
    'CloudFormation: AWS::Lambda::Permission (a statement in the function’s policy)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-permission.html',
  ),
  crossRegionReferences: link(
    'CloudFormation: Fn::ImportValue (no cross-stack references across Regions)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-importvalue.html',
  ),
  acmDnsValidation: link(
    'ACM: DNS validation',
    'https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html',
  ),
  cloudFormationTemplateFormats: link(
    'CloudFormation: template formats (JSON, YAML)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html',
  ),

  // Django
  djangoAllowedHosts: link('Django: ALLOWED_HOSTS', `${DJANGO_SETTINGS}/#allowed-hosts`),
  djangoUseXForwardedHost: link('Django: USE_X_FORWARDED_HOST', `${DJANGO_SETTINGS}/#use-x-forwarded-host`),
  djangoSecureProxySslHeader: link(
    'Django: SECURE_PROXY_SSL_HEADER',
    `${DJANGO_SETTINGS}/#secure-proxy-ssl-header`,
  ),
  djangoCsrf: link('Django: Cross Site Request Forgery protection', `${DJANGO}/ref/csrf/`),
  djangoCsrfTrustedOrigins: link('Django: CSRF_TRUSTED_ORIGINS', `${DJANGO_SETTINGS}/#csrf-trusted-origins`),
  djangoSessionCookieSecure: link(
    'Django: SESSION_COOKIE_SECURE',
    `${DJANGO_SETTINGS}/#session-cookie-secure`,
  ),
  djangoCsrfCookieSecure: link('Django: CSRF_COOKIE_SECURE', `${DJANGO_SETTINGS}/#csrf-cookie-secure`),
  djangoSecureSslRedirect: link('Django: SECURE_SSL_REDIRECT', `${DJANGO_SETTINGS}/#secure-ssl-redirect`),
  djangoHstsSeconds: link('Django: SECURE_HSTS_SECONDS', `${DJANGO_SETTINGS}/#secure-hsts-seconds`),
  djangoHstsIncludeSubdomains: link(
    'Django: SECURE_HSTS_INCLUDE_SUBDOMAINS',
    `${DJANGO_SETTINGS}/#secure-hsts-include-subdomains`,
  ),
  djangoHstsPreload: link('Django: SECURE_HSTS_PRELOAD', `${DJANGO_SETTINGS}/#secure-hsts-preload`),
  djangoStaticUrl: link('Django: STATIC_URL', `${DJANGO_SETTINGS}/#static-url`),
  djangoMediaUrl: link('Django: MEDIA_URL', `${DJANGO_SETTINGS}/#media-url`),
  djangoStaticfiles: link('Django: the staticfiles app', `${DJANGO}/ref/contrib/staticfiles/`),
  djangoCacheControl: link(
    'Django: controlling caches with other headers',
    `${DJANGO}/topics/cache/#controlling-cache-using-other-headers`,
  ),
  ...SECURITY_DOCS,
  ...CSP_DOCS,
  ...WAF_DOCS,
} as const satisfies Record<string, DocLink>;
