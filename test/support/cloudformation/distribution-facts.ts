import type { BehaviorFacts, DistributionFacts, OriginFacts } from '../inventory/inventory';
import { cfnWebAclId } from '../inventory/web-acl-facts';
import { isObject, list, sorted, type Json, type TemplateReferences } from './template-references';

/** A distribution's facts as its template states them (CloudFormation's defaults where a property is left out). */
function origin(refs: TemplateReferences, origin: Json): OriginFacts {
  const custom = isObject(origin.CustomOriginConfig) ? origin.CustomOriginConfig : undefined;
  return {
    id: String(origin.Id),
    domainName:
      typeof origin.DomainName === 'string'
        ? origin.DomainName
        : `bucket:${refs.bucketKey(origin.DomainName)}`,
    originPath: typeof origin.OriginPath === 'string' ? origin.OriginPath : '',
    protocolPolicy: custom === undefined ? null : String(custom.OriginProtocolPolicy),
    sslProtocols: custom === undefined ? [] : sorted(list(custom.OriginSSLProtocols)),
    customHeaders: list(origin.OriginCustomHeaders).map((header) => {
      const { HeaderName, HeaderValue } = header as Json;
      return { name: String(HeaderName), value: secretHeaderValue(refs, HeaderValue) };
    }),
    originAccessControl: refs.originAccessControlName(origin.OriginAccessControlId),
    vpcOrigin: isObject(origin.VpcOriginConfig)
      ? refs.vpcOriginName(origin.VpcOriginConfig.VpcOriginId)
      : null,
  };
}

/**
 * `secretsmanager:<name>@version-input` for a dynamic reference whose version id is a stack parameter (what makes
 * a rotation reach CloudFront), else the literal; a reference without a version is refused.
 */
function secretHeaderValue(refs: TemplateReferences, value: unknown): string {
  const substitution = isObject(value) ? value['Fn::Sub'] : undefined;
  const text = typeof substitution === 'string' ? substitution : String(value);
  const match = /^\{\{resolve:secretsmanager:([^:}]+):SecretString:::\$\{([A-Za-z0-9]+)\}\}\}$/.exec(text);
  if (match !== null && typeof substitution === 'string' && refs.isParameter(match[2]!))
    return `secretsmanager:${match[1]!}@version-input`;
  if (text.includes('{{resolve:secretsmanager:'))
    throw new Error(`A secret reference without a version parameter: ${text}`);
  return text;
}

function behavior(refs: TemplateReferences, behavior: Json): BehaviorFacts {
  return {
    pathPattern: typeof behavior.PathPattern === 'string' ? behavior.PathPattern : null,
    targetOriginId: String(behavior.TargetOriginId),
    viewerProtocolPolicy: String(behavior.ViewerProtocolPolicy),
    allowedMethods: sorted(list(behavior.AllowedMethods ?? ['GET', 'HEAD'])),
    cachedMethods: sorted(list(behavior.CachedMethods ?? ['GET', 'HEAD'])),
    compress: behavior.Compress === true,
    cachePolicy: refs.policy(behavior.CachePolicyId, 'AWS::CloudFront::CachePolicy', 'CachePolicy'),
    originRequestPolicy:
      behavior.OriginRequestPolicyId === undefined
        ? null
        : refs.policy(
            behavior.OriginRequestPolicyId,
            'AWS::CloudFront::OriginRequestPolicy',
            'OriginRequestPolicy',
          ),
    responseHeadersPolicy:
      behavior.ResponseHeadersPolicyId === undefined
        ? null
        : refs.policy(
            behavior.ResponseHeadersPolicyId,
            'AWS::CloudFront::ResponseHeadersPolicy',
            'ResponseHeadersPolicy',
          ),
    functionAssociations: sorted(
      list(behavior.FunctionAssociations).map((association) => (association as Json).EventType),
    ),
  };
}

export function distributionFacts(refs: TemplateReferences, properties: Json): DistributionFacts {
  const config = properties.DistributionConfig as Json;
  const certificate = config.ViewerCertificate as Json;
  const logging = isObject(config.Logging) ? config.Logging : undefined;
  return {
    aliases: list(config.Aliases).map(String),
    comment: typeof config.Comment === 'string' ? config.Comment : '',
    priceClass: String(config.PriceClass ?? 'PriceClass_All'),
    httpVersion: String(config.HttpVersion ?? 'http1.1'),
    ipv6: config.IPV6Enabled === true,
    minimumProtocolVersion: String(certificate.MinimumProtocolVersion),
    sslSupportMethod: String(certificate.SslSupportMethod),
    certificate: refs.certificate(certificate.AcmCertificateArn),
    webAclId: cfnWebAclId(config.WebACLId, refs.resources),
    logging:
      logging === undefined
        ? null
        : { bucket: String(logging.Bucket), includeCookies: logging.IncludeCookies === true },
    origins: list(config.Origins).map((item) => origin(refs, item as Json)),
    defaultBehavior: behavior(refs, config.DefaultCacheBehavior as Json),
    behaviors: list(config.CacheBehaviors).map((item) => behavior(refs, item as Json)),
  };
}
