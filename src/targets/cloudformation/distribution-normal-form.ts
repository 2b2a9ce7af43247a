/**
 * Test support: a CloudFormation distribution reduced to what CloudFront does with requests, with logical IDs,
 * Refs and GetAtts resolved to what they point at (a parameter's default, a custom policy's configuration, the
 * function's runtime and code). Two templates whose normal forms are equal configure CloudFront the same way,
 * however their resources are named.
 */
type Json = Record<string, unknown>;
interface Template {
  Parameters?: Record<string, Json>;
  Resources: Record<string, { Type: string; Properties?: Json }>;
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function targetOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return undefined;
}

export function distributionNormalForm(template: Template): Json {
  const distributions = Object.values(template.Resources).filter(
    (r) => r.Type === 'AWS::CloudFront::Distribution',
  );
  if (distributions.length !== 1) throw new Error(`Expected one distribution, found ${distributions.length}`);
  const config = (distributions[0]?.Properties?.DistributionConfig ?? {}) as Json;

  const resolve = (value: unknown): unknown => {
    const target = targetOf(value);
    if (target === undefined) return value;
    const parameter = template.Parameters?.[target];
    if (parameter !== undefined)
      return parameter.Default ?? `parameter ${target} (${String(parameter.Type)}, no default)`;
    const resource = template.Resources[target];
    if (resource === undefined) return `unresolved ${target}`;
    if (resource.Type === 'AWS::CertificateManager::Certificate') {
      const p = resource.Properties ?? {};
      // What the certificate covers and how it is validated; tags and zone references are bookkeeping.
      return {
        type: resource.Type,
        domainName: p.DomainName,
        subjectAlternativeNames: p.SubjectAlternativeNames ?? [],
        validation: p.ValidationMethod,
      };
    }
    return { type: resource.Type, properties: stripNames(resource.Properties ?? {}) };
  };
  const origins = new Map(((config.Origins ?? []) as Json[]).map((origin) => [origin.Id, origin]));
  const origin = (id: unknown): Json => {
    const o = origins.get(id) ?? {};
    const custom = o.CustomOriginConfig as Json | undefined;
    return {
      domain: custom !== undefined ? o.DomainName : 's3 bucket (regional domain name)',
      path: o.OriginPath ?? '',
      protocol: custom?.OriginProtocolPolicy ?? 's3',
      sslProtocols: custom?.OriginSSLProtocols ?? null,
      s3OriginAccessIdentity: (o.S3OriginConfig as Json | undefined)?.OriginAccessIdentity ?? null,
      originAccessControl: o.OriginAccessControlId === undefined ? null : resolve(o.OriginAccessControlId),
      customHeaders: ((o.OriginCustomHeaders ?? []) as Json[]).map((h) => ({
        name: h.HeaderName,
        value: resolve(h.HeaderValue),
      })),
    };
  };
  const sorted = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort() : value);
  const behavior = (b: Json) => ({
    pathPattern: b.PathPattern ?? '(default)',
    origin: origin(b.TargetOriginId),
    viewerProtocolPolicy: b.ViewerProtocolPolicy,
    allowedMethods: sorted(b.AllowedMethods ?? ['GET', 'HEAD']),
    cachedMethods: sorted(b.CachedMethods ?? ['GET', 'HEAD']),
    compress: b.Compress ?? false,
    cachePolicy: resolve(b.CachePolicyId),
    originRequestPolicy: resolve(b.OriginRequestPolicyId) ?? null,
    responseHeadersPolicy: resolve(b.ResponseHeadersPolicyId) ?? null,
    functions: ((b.FunctionAssociations ?? []) as Json[]).map((f) => ({
      event: f.EventType,
      function: resolve(f.FunctionARN),
    })),
  });
  const certificate = (config.ViewerCertificate ?? {}) as Json;
  const logging = config.Logging as Json | undefined;
  return {
    enabled: config.Enabled,
    comment: config.Comment ?? '',
    aliases: config.Aliases ?? [],
    priceClass: config.PriceClass ?? 'PriceClass_All',
    httpVersion: config.HttpVersion,
    ipv6: config.IPV6Enabled,
    webAcl: config.WebACLId ?? null,
    logging:
      logging === undefined ? null : { bucket: logging.Bucket, cookies: logging.IncludeCookies ?? false },
    certificate: {
      arn: resolve(certificate.AcmCertificateArn),
      sslSupportMethod: certificate.SslSupportMethod,
      minimumProtocolVersion: certificate.MinimumProtocolVersion,
    },
    defaultBehavior: behavior((config.DefaultCacheBehavior ?? {}) as Json),
    behaviors: ((config.CacheBehaviors ?? []) as Json[]).map(behavior),
  };
}

/** Resource properties without what only names or describes them (OAC/policy names differ by tool, not effect). */
function stripNames(properties: Json): Json {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Name' || key === 'Description' || key === 'FunctionName') continue;
      out[key] = key === 'Headers' && Array.isArray(item) ? [...(item as string[])].sort() : strip(item);
    }
    return out;
  };
  return strip(properties) as Json;
}
