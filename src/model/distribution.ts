import type { Config } from '../config/schema';
import { allDomains } from '../config/schema';
import { regionOfEndpoint } from '../config/endpoint';
import {
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
  type ManagedPolicy,
} from './aws-constants';
import { cloudFrontFunctionCode, cloudFrontFunctionName } from './viewer-function-code';

/**
 * A target-neutral description of the CloudFront distribution a Config asks for. Every IaC target (CDK
 * TypeScript, CDK Python, CloudFormation, Terraform) renders this one plan, so they stay equivalent; the edge
 * emulator and the request-flow view read it to decide what CloudFront does with a request.
 */
export interface DistributionPlan {
  /** Used for resource names and the stack name. */
  projectName: string;
  /** Alternate domain names (CNAMEs), primary first. */
  aliases: string[];
  certificate: CertificatePlan;
  /** Route 53 alias records (A, and AAAA when IPv6 is on) for every alias, or null. */
  dnsRecords: { hostedZoneId: string; hostedZoneName: string; names: string[]; ipv6: boolean } | null;
  viewerRequestFunction: ViewerRequestFunctionPlan | null;
  origins: OriginPlan[];
  defaultBehavior: BehaviorPlan;
  /** Path-pattern behaviours, in precedence order. */
  additionalBehaviors: (BehaviorPlan & { pathPattern: string })[];
  /** Custom cache policies the behaviours reference by key. */
  cachePolicies: CachePolicyPlan[];
  /** The custom response headers policy, when the behaviours reference `{ kind: 'custom', key: 'SecurityHeaders' }`. */
  responseHeadersPolicy: ResponseHeadersPolicyPlan | null;
  /** S3 buckets the stack creates for static/media files (private, reached through OAC). */
  buckets: BucketPlan[];
  /** A secret header CloudFront adds to every request to the app origin; the value is a deploy-time parameter. */
  originSecretHeader: { name: string; parameterName: string } | null;
  /** Lambda function URL origin signed with OAC: the function to grant CloudFront invoke rights on. */
  lambdaOriginAccess: { functionArn: string; region: string | undefined } | null;
  priceClass: Config['distribution']['priceClass'];
  httpVersion: Config['distribution']['httpVersion'];
  ipv6: boolean;
  minimumTlsVersion: Config['distribution']['minimumTlsVersion'];
  webAclArn: string | null;
  loggingBucket: string | null;
  comment: string;
}

export type CertificatePlan =
  | { kind: 'existing'; arn: string }
  | {
      kind: 'create-dns-validated';
      domainName: string;
      subjectAlternativeNames: string[];
      hostedZoneId: string;
      hostedZoneName: string;
    };

export interface ViewerRequestFunctionPlan {
  name: string;
  runtime: 'cloudfront-js-2.0';
  code: string;
  comment: string;
}

export type OriginPlan =
  | {
      id: 'App';
      kind: 'https';
      domainName: string;
      /** '' or e.g. '/prod'. */
      originPath: string;
      protocolPolicy: 'https-only';
      sslProtocols: ['TLSv1.2'];
      /** Lambda URL signed by origin access control (SigV4), or null. */
      originAccessControl: 'lambda' | null;
    }
  | { id: 'StaticFiles' | 'MediaFiles'; kind: 's3'; bucketKey: 'StaticFiles' | 'MediaFiles' };

export type PolicyRef = { kind: 'managed'; policy: ManagedPolicy } | { kind: 'custom'; key: string };

export type AllowedMethods = 'ALL' | 'GET_HEAD' | 'GET_HEAD_OPTIONS';

/** The HTTP methods each AllowedMethods choice stands for (CloudFront's own lists). */
export const ALLOWED_METHOD_LISTS: Record<AllowedMethods, string[]> = {
  ALL: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
  GET_HEAD: ['GET', 'HEAD'],
  GET_HEAD_OPTIONS: ['GET', 'HEAD', 'OPTIONS'],
};

export interface BehaviorPlan {
  pathPattern: string | null;
  originId: OriginPlan['id'];
  viewerProtocolPolicy: 'redirect-to-https';
  allowedMethods: AllowedMethods;
  /** CloudFront caches GET and HEAD only; OPTIONS is not cached. */
  cachedMethods: 'GET_HEAD';
  compress: true;
  cachePolicy: PolicyRef;
  originRequestPolicy: PolicyRef | null;
  responseHeadersPolicy: PolicyRef | null;
  /** Whether the viewer-request function runs for this behaviour. */
  viewerRequestFunction: boolean;
}

export interface CachePolicyPlan {
  key: string;
  /** Unique per account: includes the project name. */
  name: string;
  comment: string;
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
  cookies: 'all' | 'none';
  queryStrings: 'all' | 'none';
  /** Header names in the cache key (lower case): the viewer's host, so www and apex never share entries. */
  headers: string[];
  enableGzip: true;
  enableBrotli: true;
}

export interface ResponseHeadersPolicyPlan {
  key: 'SecurityHeaders';
  name: string;
  comment: string;
  hsts: { maxAgeSeconds: number; includeSubdomains: boolean; preload: boolean };
  contentTypeOptions: true;
  frameOptions: 'DENY';
  referrerPolicy: 'strict-origin-when-cross-origin';
  /** Override what Django sends, so there is one source of truth for these headers. */
  override: true;
}

export interface BucketPlan {
  key: 'StaticFiles' | 'MediaFiles';
  purpose: string;
}

export const ORIGIN_SECRET_PARAMETER = 'OriginVerifySecret';

export function distributionPlanFor(config: Config): DistributionPlan {
  const aliases = allDomains(config);
  const usesFunction = config.origin.hostStrategy === 'x-forwarded-host-function';
  const appOriginRequestPolicy: PolicyRef = {
    kind: 'managed',
    policy: usesFunction
      ? MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader
      : MANAGED_ORIGIN_REQUEST_POLICIES.allViewer,
  };
  const responseHeadersPolicy = responseHeadersPolicyRef(config);
  const cachePolicies: CachePolicyPlan[] = [];
  const dynamicCachePolicy = dynamicCachePolicyFor(config);
  if (dynamicCachePolicy.plan) cachePolicies.push(dynamicCachePolicy.plan);

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

  const origins: OriginPlan[] = [
    {
      id: 'App',
      kind: 'https',
      domainName: config.origin.endpoint,
      originPath: config.origin.path,
      protocolPolicy: 'https-only',
      sslProtocols: ['TLSv1.2'],
      originAccessControl:
        config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac' ? 'lambda' : null,
    },
  ];
  const buckets: BucketPlan[] = [];
  const additionalBehaviors: DistributionPlan['additionalBehaviors'] = [];
  const optimized: PolicyRef = { kind: 'managed', policy: MANAGED_CACHE_POLICIES.cachingOptimized };
  for (const [files, key, purpose] of [
    [config.staticFiles, 'StaticFiles', 'Django static files (collectstatic)'],
    [config.mediaFiles, 'MediaFiles', 'Django media files (user uploads)'],
  ] as const) {
    if (!files.enabled) continue;
    if (files.source === 'same-origin') {
      additionalBehaviors.push({
        ...appBehavior(files.pathPattern, optimized, 'GET_HEAD'),
        pathPattern: files.pathPattern,
      });
    } else {
      origins.push({ id: key, kind: 's3', bucketKey: key });
      buckets.push({ key, purpose });
      additionalBehaviors.push({
        pathPattern: files.pathPattern,
        originId: key,
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
  }

  return {
    projectName: config.projectName,
    aliases,
    certificate:
      config.certificate.source === 'existing-arn'
        ? { kind: 'existing', arn: config.certificate.arn }
        : {
            kind: 'create-dns-validated',
            domainName: config.domains.primary,
            subjectAlternativeNames: config.domains.additional,
            hostedZoneId: config.dns.hostedZoneId,
            hostedZoneName: config.dns.hostedZoneName,
          },
    dnsRecords: config.dns.createRecords
      ? {
          hostedZoneId: config.dns.hostedZoneId,
          hostedZoneName: config.dns.hostedZoneName,
          names: aliases,
          ipv6: config.distribution.ipv6,
        }
      : null,
    viewerRequestFunction: usesFunction
      ? {
          name: cloudFrontFunctionName(config),
          runtime: 'cloudfront-js-2.0',
          code: cloudFrontFunctionCode(config),
          comment: 'Copies the viewer Host into X-Forwarded-Host for Django',
        }
      : null,
    origins,
    defaultBehavior: appBehavior(null, dynamicCachePolicy.ref, 'ALL'),
    additionalBehaviors,
    cachePolicies,
    responseHeadersPolicy:
      config.securityHeaders.mode === 'custom'
        ? {
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
            override: true,
          }
        : null,
    buckets,
    originSecretHeader: config.originProtection.secretHeader
      ? { name: config.originProtection.headerName, parameterName: ORIGIN_SECRET_PARAMETER }
      : null,
    lambdaOriginAccess:
      config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac'
        ? { functionArn: config.origin.lambdaFunctionArn, region: regionOfEndpoint(config.origin.endpoint) }
        : null,
    priceClass: config.distribution.priceClass,
    httpVersion: config.distribution.httpVersion,
    ipv6: config.distribution.ipv6,
    minimumTlsVersion: config.distribution.minimumTlsVersion,
    webAclArn: config.distribution.webAclArn === '' ? null : config.distribution.webAclArn,
    loggingBucket: config.distribution.loggingBucket === '' ? null : config.distribution.loggingBucket,
    comment:
      config.distribution.comment === '' ? `${config.domains.primary} (Django)` : config.distribution.comment,
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

/** The cache policy of the dynamic (Django) behaviour; custom modes key on every cookie, query string and the host. */
function dynamicCachePolicyFor(config: Config): { ref: PolicyRef; plan: CachePolicyPlan | null } {
  const { mode, defaultTtlSeconds, maxTtlSeconds } = config.dynamicCaching;
  // All TTLs 0 is "caching disabled": CloudFront then rejects a custom policy with a cache key or compression.
  if (mode === 'disabled' || maxTtlSeconds === 0) {
    return { ref: { kind: 'managed', policy: MANAGED_CACHE_POLICIES.cachingDisabled }, plan: null };
  }
  const hostHeader = config.origin.hostStrategy === 'x-forwarded-host-function' ? 'x-forwarded-host' : 'host';
  const plan: CachePolicyPlan = {
    key: 'DynamicPages',
    name: `${config.projectName}-django-pages`,
    comment:
      mode === 'origin-cache-control'
        ? 'Caches only what Django marks cacheable (Cache-Control); keyed on cookies, query strings and host'
        : 'Caches Django pages keyed on all cookies, query strings and host',
    minTtl: 0,
    defaultTtl: mode === 'origin-cache-control' ? 0 : defaultTtlSeconds,
    maxTtl: maxTtlSeconds,
    cookies: 'all',
    queryStrings: 'all',
    headers: [hostHeader],
    enableGzip: true,
    enableBrotli: true,
  };
  return { ref: { kind: 'custom', key: plan.key }, plan };
}
