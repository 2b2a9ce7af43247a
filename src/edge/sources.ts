import { DOCS } from '../sources/doc-links';

/**
 * The pages each rule of the request-flow model comes from (facts: /work/shared/facts/headers.md). Where AWS is
 * silent the source is a public report, marked as such in the rule's text.
 */
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';

export const SOURCES = {
  cloudFrontRequestHeaders: DOCS.requestHeadersCustomOrigin.url,
  originRequestPolicies: DOCS.managedOriginRequestPolicies.url,
  cachePolicies: DOCS.managedCachePolicies.url,
  functionEvent: DOCS.functionEventStructure.url,
  functionRestrictions: DOCS.edgeFunctionRestrictions.url,
  originCustomHeaders: DOCS.originCustomHeaders.url,
  lambdaOac: DOCS.lambdaOac.url,
  lambdaUrlInvocation: DOCS.lambdaUrlInvocation.url,
  albForwardedHeaders: DOCS.albForwardedHeaders.url,
  apigwHttpReservedHeaders: DOCS.apigwHttpReservedHeaders.url,
  viewerProtocolPolicy: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesViewerProtocolPolicy`,
  allowedMethods: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesAllowedHTTPMethods`,
  pathPattern: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern`,
  originPath: `${CF}/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath`,
  cnameNotAssociated: `${CF}/http-403-permission-denied.html#alternate-cname-incorrectly-configured`,
  /** [report] API Gateway answers 403 to a Host that is not its own (pitfalls.md #1). */
  apigwForeignHost: 'https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/571',
  /** [report] A Lambda function URL answers 403 to a foreign Host (pitfalls.md #2). */
  lambdaUrlForeignHost: 'https://github.com/aws/aws-cdk/issues/20090',
  /** [report] REST API proxy events carry X-Forwarded-Proto https / Port 443 / For (event dump). */
  apigwRestForwardedHeaders: 'https://github.com/Miserlou/Zappa/issues/1821',
  /** [report] An HTTP API named stage stays in rawPath. */
  httpApiStageInPath: 'https://github.com/aws-powertools/powertools-lambda-python/issues/621',
  djangoAllowedHosts: DOCS.djangoAllowedHosts.url,
  djangoForwardedHost: DOCS.djangoUseXForwardedHost.url,
  djangoProxySsl: DOCS.djangoSecureProxySslHeader.url,
  djangoCsrf: DOCS.djangoCsrf.url,
  djangoSslRedirect: 'https://docs.djangoproject.com/en/5.2/ref/settings/#secure-ssl-redirect',
  djangoGetHost:
    'https://docs.djangoproject.com/en/5.2/ref/request-response/#django.http.HttpRequest.get_host',
} as const;
