import { DOCS } from '../sources/doc-links';

/**
 * The pages each rule of the request-flow model comes from (the project's header facts). Where AWS is silent the
 * source is a public report, marked as such in the rule's text. What differs per origin type (its foreign-Host
 * answer, who sets X-Forwarded-Proto) cites the origin's descriptor in config/origins instead.
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
  viewerProtocolPolicy: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesViewerProtocolPolicy`,
  allowedMethods: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesAllowedHTTPMethods`,
  pathPattern: `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern`,
  originPath: `${CF}/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath`,
  cnameNotAssociated: `${CF}/http-403-permission-denied.html#alternate-cname-incorrectly-configured`,
  /** [report] A REST API takes the stage off the path of a Lambda proxy event (the same event dump). */
  apigwRestForwardedHeaders: DOCS.reportRestApiForwardedHeaders.url,
  /** [report] An HTTP API named stage stays in rawPath. */
  httpApiStageInPath: 'https://github.com/aws-powertools/powertools-lambda-python/issues/621',
  /** S3 GetObject: a missing key is 403 (not 404) for a caller without s3:ListBucket. */
  s3MissingObject: DOCS.s3GetObjectMissingKey.url,
  /** Authorization reaches a caching behaviour's origin only in the cache key. */
  authorizationHeader: DOCS.authorizationHeader.url,
  djangoAllowedHosts: DOCS.djangoAllowedHosts.url,
  djangoForwardedHost: DOCS.djangoUseXForwardedHost.url,
  djangoProxySsl: DOCS.djangoSecureProxySslHeader.url,
  djangoCsrf: DOCS.djangoCsrf.url,
  djangoSslRedirect: 'https://docs.djangoproject.com/en/5.2/ref/settings/#secure-ssl-redirect',
  djangoGetHost:
    'https://docs.djangoproject.com/en/5.2/ref/request-response/#django.http.HttpRequest.get_host',
} as const;
