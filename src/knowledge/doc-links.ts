import type { DocLink } from './types';

/**
 * Every documentation page an explanation links to, in one table. Each URL comes from /work/shared/facts or was
 * found with the docs search; none is guessed.
 */
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';
const DJANGO_SETTINGS = 'https://docs.djangoproject.com/en/5.2/ref/settings';

const link = (title: string, url: string): DocLink => ({ title, url });

export const DOCS = {
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
  functionEventStructure: link(
    'CloudFront Functions: event structure',
    `${CF}/functions-event-structure.html`,
  ),
  edgeFunctionRestrictions: link(
    'CloudFront: restrictions on all edge functions',
    `${CF}/edge-function-restrictions-all.html`,
  ),
  functionQuotas: link('CloudFront: quotas on functions', `${CF}/cloudfront-limits.html#limits-functions`),
  cnamesAndHttps: link(
    'CloudFront: requirements for using alternate domain names',
    `${CF}/cnames-and-https-requirements.html`,
  ),
  originCustomHeaders: link(
    'CloudFront: add custom headers to origin requests',
    `${CF}/add-origin-custom-headers.html`,
  ),
  lambdaOac: link(
    'CloudFront: restrict access to a Lambda function URL origin',
    `${CF}/private-content-restricting-access-to-lambda.html`,
  ),
  originModification: link(
    'CloudFront Functions: origin modification helper methods',
    `${CF}/helper-functions-origin-modification.html`,
  ),
  lambdaUrlAuth: link(
    'Lambda: control access to function URLs',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  ),
  lambdaUrlInvocation: link(
    'Lambda: invoking function URLs',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
  ),
  apigwRegional: link(
    'API Gateway: regional API endpoints',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/create-regional-api.html',
  ),
  apigwHttpReservedHeaders: link(
    'API Gateway HTTP API: reserved headers',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html#http-api-mapping-reserved-headers',
  ),
  albForwardedHeaders: link(
    'ALB: X-Forwarded headers',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html',
  ),
  functionConfigApi: link(
    'CloudFront API: FunctionConfig',
    'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_FunctionConfig.html',
  ),
  djangoAllowedHosts: link('Django: ALLOWED_HOSTS', `${DJANGO_SETTINGS}/#allowed-hosts`),
  djangoUseXForwardedHost: link('Django: USE_X_FORWARDED_HOST', `${DJANGO_SETTINGS}/#use-x-forwarded-host`),
  djangoSecureProxySslHeader: link(
    'Django: SECURE_PROXY_SSL_HEADER',
    `${DJANGO_SETTINGS}/#secure-proxy-ssl-header`,
  ),
  djangoCsrf: link(
    'Django: Cross Site Request Forgery protection',
    'https://docs.djangoproject.com/en/5.2/ref/csrf/',
  ),
} as const satisfies Record<string, DocLink>;
