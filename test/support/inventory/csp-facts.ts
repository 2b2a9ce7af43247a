/**
 * The CSP a CloudFormation ResponseHeadersPolicyConfig sends (as CDK synthesizes it or the template writes it):
 * the ContentSecurityPolicy security header, then every custom header (the report-only CSP is one).
 */
export function cspHeadersOf(config: unknown): { header: string; value: string; override: boolean }[] {
  const policy = (config ?? {}) as {
    SecurityHeadersConfig?: {
      ContentSecurityPolicy?: { ContentSecurityPolicy?: unknown; Override?: unknown };
    };
    CustomHeadersConfig?: { Items?: { Header?: unknown; Value?: unknown; Override?: unknown }[] };
  };
  const enforced = policy.SecurityHeadersConfig?.ContentSecurityPolicy;
  return [
    ...(enforced === undefined
      ? []
      : [
          {
            header: 'content-security-policy',
            value: String(enforced.ContentSecurityPolicy),
            override: enforced.Override === true,
          },
        ]),
    ...(policy.CustomHeadersConfig?.Items ?? []).map((item) => ({
      header: String(item.Header).toLowerCase(),
      value: String(item.Value),
      override: item.Override === true,
    })),
  ];
}
