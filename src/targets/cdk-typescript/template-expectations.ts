import { expect } from 'vitest';
import { allDomains, type Config } from '../../config/schema';
import {
  CLOUDFRONT_HOSTED_ZONE_ID,
  MANAGED_CACHE_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
} from '../../model/aws-constants';
import type { CloudFormationTemplate } from './synth';
import { getAtt, onlyResource, ref, resourcesOfType, type Props } from './template-queries';

/** Test support: expectations on a synthesized template, each derived from the config (not from the generator). */
export function expectDynamicCachePolicy(
  config: Config,
  template: CloudFormationTemplate,
  policyId: unknown,
): void {
  const { mode, defaultTtlSeconds, maxTtlSeconds } = config.dynamicCaching;
  const custom = resourcesOfType(template, 'AWS::CloudFront::CachePolicy');
  if (mode === 'disabled' || maxTtlSeconds === 0) {
    expect(policyId).toBe(MANAGED_CACHE_POLICIES.cachingDisabled.id);
    expect(custom).toHaveLength(0);
    return;
  }
  const [id, props] = onlyResource(template, 'AWS::CloudFront::CachePolicy');
  expect(policyId).toEqual(ref(id));
  const hostHeader = config.origin.hostStrategy === 'forward-host' ? 'host' : 'x-forwarded-host';
  expect(props.CachePolicyConfig).toEqual({
    Name: `${config.projectName}-django-pages`,
    Comment: expect.any(String),
    MinTTL: 0,
    DefaultTTL: mode === 'origin-cache-control' ? 0 : defaultTtlSeconds,
    MaxTTL: maxTtlSeconds,
    ParametersInCacheKeyAndForwardedToOrigin: {
      CookiesConfig: { CookieBehavior: 'all' },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      HeadersConfig: { HeaderBehavior: 'whitelist', Headers: [hostHeader] },
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
    },
  });
}

export function expectResponseHeadersPolicy(
  config: Config,
  template: CloudFormationTemplate,
  policyId: unknown,
): void {
  const custom = resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy');
  switch (config.securityHeaders.mode) {
    case 'none':
      expect(policyId).toBeUndefined();
      expect(custom).toHaveLength(0);
      return;
    case 'managed':
      expect(policyId).toBe(MANAGED_RESPONSE_HEADERS_POLICIES.securityHeaders.id);
      return;
    case 'custom': {
      const [id, props] = onlyResource(template, 'AWS::CloudFront::ResponseHeadersPolicy');
      expect(policyId).toEqual(ref(id));
      const { hstsMaxAgeSeconds, hstsIncludeSubdomains, hstsPreload } = config.securityHeaders;
      expect(props.ResponseHeadersPolicyConfig).toMatchObject({
        Name: `${config.projectName}-security-headers`,
        SecurityHeadersConfig: {
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: hstsMaxAgeSeconds,
            IncludeSubdomains: hstsIncludeSubdomains,
            Preload: hstsPreload,
            Override: true,
          },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      });
    }
  }
}

export function expectAliasRecords(template: CloudFormationTemplate, config: Config, types: string[]): void {
  const [distributionId] = onlyResource(template, 'AWS::CloudFront::Distribution');
  const records = resourcesOfType(template, 'AWS::Route53::RecordSet').map(
    ([, record]) => record.Properties as Props,
  );
  const expected = allDomains(config).flatMap((name) => types.map((type) => ({ name, type })));
  expect(records.map((record) => ({ name: record.Name, type: record.Type }))).toEqual(
    expected.map(({ name, type }) => ({ name: `${name}.`, type })),
  );
  for (const record of records) {
    expect(record.HostedZoneId).toBe(config.dns.hostedZoneId);
    expect(record.AliasTarget).toEqual({
      DNSName: getAtt(distributionId, 'DomainName'),
      HostedZoneId: expect.anything(),
    });
    // CDK writes the CloudFront zone through a region mapping; its value is the one global zone id.
    expect(JSON.stringify(template)).toContain(CLOUDFRONT_HOSTED_ZONE_ID);
  }
}
