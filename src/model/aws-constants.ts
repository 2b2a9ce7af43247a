/**
 * AWS managed CloudFront policies the generators reference: the one table of their IDs and names in every target.
 * `aws-constants.test.ts` checks each ID against aws-cdk-lib's own constants.
 */
export interface ManagedPolicy {
  /** This table's own name for the policy, e.g. `cachingDisabled`. */
  key: string;
  /** The policy ID CloudFormation and the API take. */
  id: string;
  /** The name AWS shows and Terraform data sources look up (`Managed-` prefix included). */
  name: string;
  /** The static member in aws-cdk-lib, e.g. `CachePolicy.CACHING_DISABLED`. */
  cdkMember: string;
  docUrl: string;
}

const CACHE_POLICIES_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html';
const ORIGIN_REQUEST_POLICIES_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html';
const RESPONSE_HEADERS_POLICIES_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-response-headers-policies.html';

export const MANAGED_CACHE_POLICIES = {
  cachingDisabled: {
    key: 'cachingDisabled',
    id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    name: 'Managed-CachingDisabled',
    cdkMember: 'CACHING_DISABLED',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-policy-caching-disabled`,
  },
  cachingOptimized: {
    key: 'cachingOptimized',
    id: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    name: 'Managed-CachingOptimized',
    cdkMember: 'CACHING_OPTIMIZED',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-caching-optimized`,
  },
  useOriginCacheControlHeadersQueryStrings: {
    key: 'useOriginCacheControlHeadersQueryStrings',
    id: '4cc15a8a-d715-48a4-82b8-cc0b614638fe',
    name: 'Managed-UseOriginCacheControlHeaders-QueryStrings',
    cdkMember: 'USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-policy-origin-cache-headers-query-strings`,
  },
  // Not chosen by the wizard; known so an imported distribution that uses them can be read.
  useOriginCacheControlHeaders: {
    key: 'useOriginCacheControlHeaders',
    id: '83da9c7e-98b4-4e11-a168-04f0df8e2c65',
    name: 'Managed-UseOriginCacheControlHeaders',
    cdkMember: 'USE_ORIGIN_CACHE_CONTROL_HEADERS',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-policy-origin-cache-headers`,
  },
  cachingOptimizedForUncompressedObjects: {
    key: 'cachingOptimizedForUncompressedObjects',
    id: 'b2884449-e4de-46a7-ac36-70bc7f1ddd6d',
    name: 'Managed-CachingOptimizedForUncompressedObjects',
    cdkMember: 'CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-caching-optimized-uncompressed`,
  },
  amplify: {
    key: 'amplify',
    id: '2e54312d-136d-493c-8eb9-b001f22f67d2',
    name: 'Managed-Amplify',
    cdkMember: 'AMPLIFY',
    docUrl: `${CACHE_POLICIES_DOC}#managed-cache-policy-amplify`,
  },
} as const satisfies Record<string, ManagedPolicy>;

export const MANAGED_ORIGIN_REQUEST_POLICIES = {
  allViewerExceptHostHeader: {
    key: 'allViewerExceptHostHeader',
    id: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
    name: 'Managed-AllViewerExceptHostHeader',
    cdkMember: 'ALL_VIEWER_EXCEPT_HOST_HEADER',
    docUrl: `${ORIGIN_REQUEST_POLICIES_DOC}#managed-origin-request-policy-all-viewer-except-host-header`,
  },
  allViewer: {
    key: 'allViewer',
    id: '216adef6-5c7f-47e4-b989-5492eafa07d3',
    name: 'Managed-AllViewer',
    cdkMember: 'ALL_VIEWER',
    docUrl: `${ORIGIN_REQUEST_POLICIES_DOC}#managed-origin-request-policy-all-viewer`,
  },
  corsS3Origin: {
    key: 'corsS3Origin',
    id: '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
    name: 'Managed-CORS-S3Origin',
    cdkMember: 'CORS_S3_ORIGIN',
    docUrl: `${ORIGIN_REQUEST_POLICIES_DOC}#managed-origin-request-policy-cors-s3`,
  },
  // Not chosen by the wizard; known so an imported distribution that uses it can be read.
  allViewerAndCloudFrontHeaders: {
    key: 'allViewerAndCloudFrontHeaders',
    id: '33f36d7e-f396-46d9-90e0-52428a34d9dc',
    name: 'Managed-AllViewerAndCloudFrontHeaders-2022-06',
    cdkMember: 'ALL_VIEWER_AND_CLOUDFRONT_2022',
    docUrl: `${ORIGIN_REQUEST_POLICIES_DOC}#managed-origin-request-policy-all-viewer-and-cloudfront`,
  },
} as const satisfies Record<string, ManagedPolicy>;

export const MANAGED_RESPONSE_HEADERS_POLICIES = {
  securityHeaders: {
    key: 'securityHeaders',
    id: '67f7725c-6f97-4210-82d7-5512b31e9d03',
    name: 'Managed-SecurityHeadersPolicy',
    cdkMember: 'SECURITY_HEADERS',
    docUrl: `${RESPONSE_HEADERS_POLICIES_DOC}#managed-response-headers-policies-security`,
  },
} as const satisfies Record<string, ManagedPolicy>;

/** Hosted zone ID for every Route 53 alias record that points at a CloudFront distribution. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

/**
 * The region CloudFront's regional needs are met in: ACM certificates for a distribution, AWS WAF web ACLs of
 * scope CLOUDFRONT and CloudWatch log deliveries for CloudFront must all be created in us-east-1.
 */
export const CLOUDFRONT_CONTROL_REGION = 'us-east-1';

/** The service principal CloudFront signs and invokes as (S3 bucket policies, Lambda permissions). */
export const CLOUDFRONT_SERVICE_PRINCIPAL = 'cloudfront.amazonaws.com';
