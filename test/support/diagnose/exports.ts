import {
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
} from '../../../src/model/aws-constants';

/**
 * Realistic `aws cloudfront get-distribution-config` output (the AWS CLI's JSON: `{ Quantity, Items }` lists and
 * every field the API returns, defaults included), built for each origin type, right and broken.
 */
export const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const list = <T>(items: T[]) =>
  items.length === 0 ? { Quantity: 0 } : { Quantity: items.length, Items: items };
const methods = (items: string[]) => ({
  ...list(items),
  CachedMethods: list(['HEAD', 'GET']),
});
export const ALL_METHODS = ['HEAD', 'DELETE', 'POST', 'GET', 'OPTIONS', 'PUT', 'PATCH'];

export interface ExportOptions {
  aliases?: string[];
  domainName: string;
  originPath?: string;
  protocol?: 'https-only' | 'http-only' | 'match-viewer';
  customHeaders?: { HeaderName: string; HeaderValue: string }[];
  originAccessControlId?: string;
  viewerProtocolPolicy?: string;
  allowedMethods?: string[];
  cachePolicyId?: string;
  originRequestPolicyId?: string;
  responseHeadersPolicyId?: string;
  /** Function names on viewer-request. */
  functions?: string[];
  /** Legacy settings instead of policies. */
  forwardedValues?: Record<string, unknown>;
  staticBehaviour?: boolean;
  minimumProtocolVersion?: string;
  logging?: { Bucket: string; IncludeCookies: boolean; Prefix?: string };
  webAclId?: string;
}

function behaviour(options: ExportOptions, targetOriginId: string, pathPattern?: string) {
  const policies = options.forwardedValues
    ? { ForwardedValues: options.forwardedValues, MinTTL: 0, DefaultTTL: 86400, MaxTTL: 31536000 }
    : {
        CachePolicyId: options.cachePolicyId ?? MANAGED_CACHE_POLICIES.cachingDisabled.id,
        ...(options.originRequestPolicyId === ''
          ? {}
          : {
              OriginRequestPolicyId:
                options.originRequestPolicyId ?? MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader.id,
            }),
      };
  return {
    ...(pathPattern === undefined ? {} : { PathPattern: pathPattern }),
    TargetOriginId: targetOriginId,
    TrustedSigners: { Enabled: false, Quantity: 0 },
    TrustedKeyGroups: { Enabled: false, Quantity: 0 },
    ViewerProtocolPolicy: options.viewerProtocolPolicy ?? 'redirect-to-https',
    AllowedMethods: methods(options.allowedMethods ?? ALL_METHODS),
    SmoothStreaming: false,
    Compress: true,
    LambdaFunctionAssociations: { Quantity: 0 },
    FunctionAssociations: list(
      (options.functions ?? []).map((name) => ({
        FunctionARN: `arn:aws:cloudfront::123456789012:function/${name}`,
        EventType: 'viewer-request',
      })),
    ),
    FieldLevelEncryptionId: '',
    ...policies,
    ...(options.responseHeadersPolicyId ? { ResponseHeadersPolicyId: options.responseHeadersPolicyId } : {}),
    GrpcConfig: { Enabled: false },
  };
}

export function distributionExport(options: ExportOptions): Record<string, unknown> {
  const app = {
    Id: 'django-origin',
    DomainName: options.domainName,
    OriginPath: options.originPath ?? '',
    CustomHeaders: list(options.customHeaders ?? []),
    CustomOriginConfig: {
      HTTPPort: 80,
      HTTPSPort: 443,
      OriginProtocolPolicy: options.protocol ?? 'https-only',
      OriginSslProtocols: list(['TLSv1.2']),
      OriginReadTimeout: 30,
      OriginKeepaliveTimeout: 5,
    },
    ConnectionAttempts: 3,
    ConnectionTimeout: 10,
    OriginShield: { Enabled: false },
    OriginAccessControlId: options.originAccessControlId ?? '',
  };
  const staticBehaviour = options.staticBehaviour ?? true;
  return {
    ETag: 'E2QWRUHEXAMPLE',
    DistributionConfig: {
      CallerReference: 'cli-1733011200-372941',
      Aliases: list(options.aliases ?? ['www.example.com']),
      DefaultRootObject: '',
      Origins: list([app]),
      OriginGroups: { Quantity: 0 },
      DefaultCacheBehavior: behaviour(options, 'django-origin'),
      CacheBehaviors: list(
        staticBehaviour
          ? [
              {
                ...behaviour(
                  {
                    ...options,
                    cachePolicyId: MANAGED_CACHE_POLICIES.cachingOptimized.id,
                    originRequestPolicyId: undefined,
                    allowedMethods: ['HEAD', 'GET'],
                    functions: [],
                  },
                  'django-origin',
                  '/static/*',
                ),
              },
            ]
          : [],
      ),
      CustomErrorResponses: { Quantity: 0 },
      Comment: 'www.example.com (Django)',
      Logging: {
        Enabled: options.logging !== undefined,
        IncludeCookies: options.logging?.IncludeCookies ?? false,
        Bucket: options.logging?.Bucket ?? '',
        Prefix: options.logging?.Prefix ?? '',
      },
      PriceClass: 'PriceClass_All',
      Enabled: true,
      ViewerCertificate: {
        CloudFrontDefaultCertificate: false,
        ACMCertificateArn: CERT,
        SSLSupportMethod: 'sni-only',
        MinimumProtocolVersion: options.minimumProtocolVersion ?? 'TLSv1.2_2021',
        Certificate: CERT,
        CertificateSource: 'acm',
      },
      Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
      WebACLId: options.webAclId ?? '',
      HttpVersion: 'http2and3',
      IsIPV6Enabled: true,
      ContinuousDeploymentPolicyId: '',
      Staging: false,
    },
  };
}

export const IDS = {
  allViewer: MANAGED_ORIGIN_REQUEST_POLICIES.allViewer.id,
  allViewerExceptHost: MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader.id,
  cachingOptimized: MANAGED_CACHE_POLICIES.cachingOptimized.id,
  cachingDisabled: MANAGED_CACHE_POLICIES.cachingDisabled.id,
  securityHeaders: MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders.id,
};

export const ENDPOINTS = {
  'apigw-http': 'k7x2m9q4rt.execute-api.eu-west-1.amazonaws.com',
  'apigw-rest': 'p3n8w1c6zd.execute-api.eu-central-1.amazonaws.com',
  'lambda-url': 'qo4mzsd7yq2ka6vjfq3xgt5bye0nomne.lambda-url.eu-west-1.on.aws',
  alb: 'django-alb-1234567890.eu-west-1.elb.amazonaws.com',
  'custom-https': 'app.example.net',
} as const;

/** Django settings lines as people paste them (with comments, a computed value and unrelated lines). */
export const GOOD_DJANGO_SETTINGS = `
# settings/production.py
import os
DEBUG = False
ALLOWED_HOSTS = ["www.example.com"]
USE_X_FORWARDED_HOST = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [
    "https://www.example.com",  # the public name
]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STATIC_URL = "/static/"
`;
