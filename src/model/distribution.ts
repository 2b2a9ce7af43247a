import type { Config } from '../config/schema';
import { allDomains, ORIGINS } from '../config/schema';
import { DISTRIBUTION_COMMENT_MAX } from '../config/aws-limits';
import { cspDirectives } from '../config/csp';
import {
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
} from './aws-constants';
import type {
  AllowedMethods,
  BucketKey,
  CachePolicyPlan,
  CspHeaderPlan,
  DistributionPlan,
  OriginPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from './deployment';
import { viewerFunctionCode, viewerFunctionName } from './viewer-function-code';

/** The distribution and the policies and function its behaviours use (all in the main stack). */
export interface DistributionParts {
  distribution: DistributionPlan;
  viewerRequestFunction: ViewerRequestFunctionPlan | null;
  cachePolicies: CachePolicyPlan[];
  responseHeadersPolicy: ResponseHeadersPolicyPlan | null;
}

/** The static and media behaviours that the config turns on, with the bucket each reads when it is S3. */
export function fileBehavioursOf(
  config: Config,
): { key: BucketKey; pathPattern: string; s3: boolean; purpose: string }[] {
  const files: { key: BucketKey; pathPattern: string; s3: boolean; purpose: string }[] = [];
  for (const [settings, key, purpose] of [
    [config.staticFiles, 'StaticFiles', 'Django static files (collectstatic)'],
    [config.mediaFiles, 'MediaFiles', 'Django media files (user uploads)'],
  ] as const) {
    if (settings.enabled)
      files.push({ key, pathPattern: settings.pathPattern, s3: settings.source === 's3', purpose });
  }
  return files;
}

/** The default comment, cut to CloudFront's 128 characters for a long domain name. */
export function distributionComment(config: Config): string {
  if (config.distribution.comment !== '') return config.distribution.comment;
  const suffix = ' (Django)';
  const name = config.domains.primary;
  const room = DISTRIBUTION_COMMENT_MAX - suffix.length;
  return `${name.length <= room ? name : `${name.slice(0, room - 3)}...`}${suffix}`;
}

export function distributionPartsFor(config: Config): DistributionParts {
  const usesFunction = config.origin.hostStrategy === 'x-forwarded-host-function';
  const appOriginRequestPolicy: PolicyRef = {
    kind: 'managed',
    policy: usesFunction
      ? MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader
      : MANAGED_ORIGIN_REQUEST_POLICIES.allViewer,
  };
  const responseHeadersPolicy = responseHeadersPolicyRef(config);
  const dynamic = dynamicCachePolicyFor(config);

  const appBehavior = (
    pathPattern: string | null,
    cachePolicy: PolicyRef,
    allowedMethods: AllowedMethods,
  ) => ({
    pathPattern,
    originId: 'App' as const,
    viewerProtocolPolicy: 'redirect-to-https' as const,
    allowedMethods,
    cachedMethods: 'GET_HEAD' as const,
    compress: true as const,
    cachePolicy,
    originRequestPolicy: appOriginRequestPolicy,
    responseHeadersPolicy,
    viewerRequestFunction: usesFunction,
  });

  const origins: OriginPlan[] = [appOriginFor(config)];
  const additionalBehaviors: DistributionPlan['additionalBehaviors'] = [];
  const optimized: PolicyRef = { kind: 'managed', policy: MANAGED_CACHE_POLICIES.cachingOptimized };
  for (const files of fileBehavioursOf(config)) {
    if (!files.s3) {
      additionalBehaviors.push({
        ...appBehavior(files.pathPattern, optimized, 'GET_HEAD'),
        pathPattern: files.pathPattern,
      });
      continue;
    }
    origins.push({
      id: files.key,
      kind: 's3',
      bucket: files.key,
      originAccessControl: files.key,
      originPath: '',
    });
    additionalBehaviors.push({
      pathPattern: files.pathPattern,
      originId: files.key,
      viewerProtocolPolicy: 'redirect-to-https',
      allowedMethods: 'GET_HEAD',
      cachedMethods: 'GET_HEAD',
      compress: true,
      cachePolicy: optimized,
      originRequestPolicy: null,
      responseHeadersPolicy,
      viewerRequestFunction: false,
    });
  }

  const loggingBucket = config.distribution.loggingBucket;
  const distribution: DistributionPlan = {
    stack: 'main',
    aliases: allDomains(config),
    origins,
    defaultBehavior: appBehavior(null, dynamic.ref, 'ALL'),
    additionalBehaviors,
    priceClass: config.distribution.priceClass,
    httpVersion: config.distribution.httpVersion,
    ipv6: config.distribution.ipv6,
    minimumTlsVersion: config.distribution.minimumTlsVersion,
    sslSupportMethod: 'sni-only',
    logging:
      config.distribution.accessLogs !== 'legacy-s3' || loggingBucket === ''
        ? null
        : {
            bucket: loggingBucket,
            bucketDomainName: `${loggingBucket}.s3.amazonaws.com`,
            includeCookies: false,
          },
    comment: distributionComment(config),
  };
  return {
    distribution,
    viewerRequestFunction: usesFunction
      ? {
          stack: 'main',
          name: viewerFunctionName(config),
          runtime: 'cloudfront-js-2.0',
          code: viewerFunctionCode(config),
          comment: 'Copies the viewer Host into X-Forwarded-Host for Django',
        }
      : null,
    cachePolicies: dynamic.plan === null ? [] : [dynamic.plan],
    responseHeadersPolicy:
      config.securityHeaders.mode === 'custom'
        ? {
            stack: 'main',
            key: 'SecurityHeaders',
            name: `${config.projectName}-security-headers`,
            comment: 'HSTS and security headers for the Django site',
            hsts: {
              maxAgeSeconds: config.securityHeaders.hstsMaxAgeSeconds,
              includeSubdomains: config.securityHeaders.hstsIncludeSubdomains,
              preload: config.securityHeaders.hstsPreload,
            },
            contentTypeOptions: true,
            frameOptions: 'DENY',
            referrerPolicy: 'strict-origin-when-cross-origin',
            csp: config.securityHeaders.csp === 'cloudfront' ? cspHeaderFor(config) : null,
            override: true,
          }
        : null,
  };
}

/** The CSP header a config asks for, wherever it is sent from (CloudFront's policy or Django 6). */
export function cspHeaderFor(config: Config): CspHeaderPlan {
  const { cspReportOnly, cspPolicy } = config.securityHeaders;
  return {
    reportOnly: cspReportOnly,
    header: cspReportOnly ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy',
    value: cspDirectives(cspPolicy)
      .map(({ name, values }) => [name, ...values].join(' '))
      .join('; '),
  };
}

/** The origin Django is behind: through a VPC origin when the descriptor says it is private, else public. */
function appOriginFor(config: Config): OriginPlan {
  const descriptor = ORIGINS[config.origin.type];
  const proto = descriptor.forwardedHeaders.cloudFrontProtoHeader;
  if (descriptor.privateOrigin !== undefined) {
    return {
      id: 'App',
      kind: 'vpc',
      domainName: config.origin.endpoint,
      originPath: config.origin.path,
      vpcOrigin: 'App',
      secretHeader: config.originProtection.secretHeader,
      // Viewers only reach the origin over HTTPS (redirect-to-https) and only through CloudFront: a fixed header says so.
      fixedHeaders: proto === undefined ? [] : [{ name: proto, value: 'https' }],
    };
  }
  const lambdaOac = config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac';
  return {
    id: 'App',
    kind: 'custom',
    domainName: config.origin.endpoint,
    originPath: config.origin.path,
    protocolPolicy: 'https-only',
    httpsPort: 443,
    httpPort: 80,
    sslProtocols: ['TLSv1.2'],
    originAccessControl: lambdaOac ? 'LambdaUrl' : null,
    secretHeader: config.originProtection.secretHeader,
    describedBy: descriptor.originKey ?? null,
  };
}

function responseHeadersPolicyRef(config: Config): PolicyRef | null {
  switch (config.securityHeaders.mode) {
    case 'none':
      return null;
    case 'managed':
      return { kind: 'managed', policy: MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders };
    case 'custom':
      return { kind: 'custom', key: 'SecurityHeaders' };
  }
}

/** The viewer header that carries token and Basic credentials (lower case, as cache policies list headers). */
export const AUTHORIZATION_HEADER = 'authorization';

/** The cache policy of the dynamic (Django) behaviour; custom modes key on every cookie, query string and the host. */
function dynamicCachePolicyFor(config: Config): { ref: PolicyRef; plan: CachePolicyPlan | null } {
  const { mode, defaultTtlSeconds, maxTtlSeconds } = config.dynamicCaching;
  // All TTLs 0 is "caching disabled": CloudFront then rejects a custom policy with a cache key or compression.
  if (mode === 'disabled' || maxTtlSeconds === 0) {
    return { ref: { kind: 'managed', policy: MANAGED_CACHE_POLICIES.cachingDisabled }, plan: null };
  }
  const hostHeader = config.origin.hostStrategy === 'x-forwarded-host-function' ? 'x-forwarded-host' : 'host';
  // With caching on, CloudFront sends Authorization to the origin only when it is in the cache key (no origin
  // request policy may forward it), and then token or Basic-auth requests never share a cached page.
  const headers = [AUTHORIZATION_HEADER, hostHeader];
  const plan: CachePolicyPlan = {
    stack: 'main',
    key: 'DynamicPages',
    name: `${config.projectName}-django-pages`,
    comment:
      mode === 'origin-cache-control'
        ? 'Caches only what Django marks cacheable (Cache-Control); keyed on cookies, query strings, host, Authorization'
        : 'Caches Django pages keyed on all cookies, query strings, host and Authorization',
    minTtl: 0,
    defaultTtl: mode === 'origin-cache-control' ? 0 : defaultTtlSeconds,
    maxTtl: maxTtlSeconds,
    cookies: 'all',
    queryStrings: 'all',
    headers,
    enableGzip: true,
    enableBrotli: true,
  };
  return { ref: { kind: 'custom', key: plan.key }, plan };
}
