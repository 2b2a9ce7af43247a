import { CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { describe, expect, it } from 'vitest';
import {
  CLOUDFRONT_HOSTED_ZONE_ID,
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
  type ManagedPolicy,
} from './aws-constants';

/** The ID aws-cdk-lib itself uses for the static member a table entry names. */
const cdkIds = {
  cache: (member: string) => (CachePolicy as unknown as Record<string, CachePolicy>)[member]?.cachePolicyId,
  originRequest: (member: string) =>
    (OriginRequestPolicy as unknown as Record<string, OriginRequestPolicy>)[member]?.originRequestPolicyId,
  responseHeaders: (member: string) =>
    (ResponseHeadersPolicy as unknown as Record<string, ResponseHeadersPolicy>)[member]
      ?.responseHeadersPolicyId,
};

const tables: [string, Record<string, ManagedPolicy>, (member: string) => string | undefined][] = [
  ['cache policies', MANAGED_CACHE_POLICIES, cdkIds.cache],
  ['origin request policies', MANAGED_ORIGIN_REQUEST_POLICIES, cdkIds.originRequest],
  ['response headers policies', MANAGED_RESPONSE_HEADERS_POLICIES, cdkIds.responseHeaders],
];

describe.each(tables)('managed %s', (_, table, cdkId) => {
  it.each(Object.entries(table))('%s matches aws-cdk-lib', (_key, policy) => {
    expect(cdkId(policy.cdkMember), policy.cdkMember).toBe(policy.id);
    expect(policy.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(policy.name).toMatch(/^Managed-[A-Za-z0-9-]+$/);
    expect(policy.docUrl).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\/AmazonCloudFront\/latest\/DeveloperGuide\/.+#.+/,
    );
  });
});

describe('CloudFront hosted zone ID', () => {
  it('is the one aws-cdk-lib uses for Route 53 alias records', () => {
    expect(CLOUDFRONT_HOSTED_ZONE_ID).toBe(CloudFrontTarget.CLOUDFRONT_ZONE_ID);
  });
});
