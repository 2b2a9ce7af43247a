/**
 * Test support: the response headers a CloudFront response headers policy makes CloudFront send, read from its
 * ResponseHeadersPolicyConfig (the API's JSON or a CloudFormation template's property: the same names).
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html
 */
interface PolicyConfig {
  SecurityHeadersConfig?: {
    ContentSecurityPolicy?: { ContentSecurityPolicy: string; Override: boolean };
    ContentTypeOptions?: { Override: boolean };
    FrameOptions?: { FrameOption: string; Override: boolean };
    ReferrerPolicy?: { ReferrerPolicy: string; Override: boolean };
    StrictTransportSecurity?: {
      AccessControlMaxAgeSec: number;
      IncludeSubdomains?: boolean;
      Preload?: boolean;
      Override: boolean;
    };
  };
  CustomHeadersConfig?: { Quantity?: number; Items: { Header: string; Value: string; Override: boolean }[] };
}

export interface SentHeader {
  name: string;
  value: string;
  /** CloudFront replaces the origin's header of that name. */
  override: boolean;
}

export function headersSentByPolicy(config: PolicyConfig): SentHeader[] {
  const security = config.SecurityHeadersConfig ?? {};
  const sent: SentHeader[] = [];
  if (security.ContentSecurityPolicy) {
    const { ContentSecurityPolicy: value, Override: override } = security.ContentSecurityPolicy;
    sent.push({ name: 'Content-Security-Policy', value, override });
  }
  if (security.StrictTransportSecurity) {
    const hsts = security.StrictTransportSecurity;
    const value = [
      `max-age=${hsts.AccessControlMaxAgeSec}`,
      ...(hsts.IncludeSubdomains ? ['includeSubDomains'] : []),
      ...(hsts.Preload ? ['preload'] : []),
    ].join('; ');
    sent.push({ name: 'Strict-Transport-Security', value, override: hsts.Override });
  }
  if (security.ContentTypeOptions) {
    sent.push({
      name: 'X-Content-Type-Options',
      value: 'nosniff',
      override: security.ContentTypeOptions.Override,
    });
  }
  if (security.FrameOptions) {
    const { FrameOption: value, Override: override } = security.FrameOptions;
    sent.push({ name: 'X-Frame-Options', value, override });
  }
  if (security.ReferrerPolicy) {
    const { ReferrerPolicy: value, Override: override } = security.ReferrerPolicy;
    sent.push({ name: 'Referrer-Policy', value, override });
  }
  const custom = config.CustomHeadersConfig;
  if (custom?.Quantity !== undefined && custom.Quantity !== custom.Items.length) {
    throw new Error(`CustomHeadersConfig says ${custom.Quantity} items and has ${custom.Items.length}`);
  }
  for (const item of custom?.Items ?? [])
    sent.push({ name: item.Header, value: item.Value, override: item.Override });
  return sent;
}
