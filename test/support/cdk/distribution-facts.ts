/** Test support: the distribution of a synthesized template, in the Inventory shape. */
import type { BehaviorFacts, DistributionFacts, OriginFacts, PolicyFact } from '../inventory/inventory';
import { cfnWebAclId } from '../inventory/web-acl-facts';
import type { CloudFormationTemplate } from './synth';
import {
  asArray,
  bucketKeyOf,
  getAttOf,
  isObject,
  refOf,
  sorted,
  type Json,
  type Props,
} from './template-values';

/** 'DynamicPagesCachePolicy1A2B3C4D' → 'DynamicPages': the model's key, as the app's construct id carries it. */
function policyKeyOf(logicalId: string): string {
  const match = /^(.+?)(?:CachePolicy|Policy)[0-9A-F]{8}$/.exec(logicalId);
  if (match?.[1] === undefined) throw new Error(`Not a policy of this app: ${logicalId}`);
  return match[1];
}

function policyFact(template: CloudFormationTemplate, value: Json, type: string): PolicyFact | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return `managed:${value}`;
  const ref = refOf(value);
  const resource = ref === null ? undefined : template.Resources[ref];
  if (ref === null || resource?.Type !== type) throw new Error(`Unresolved policy ${JSON.stringify(value)}`);
  return `custom:${policyKeyOf(ref)}`;
}

function behaviorFacts(template: CloudFormationTemplate, behavior: Props): BehaviorFacts {
  return {
    pathPattern: typeof behavior.PathPattern === 'string' ? behavior.PathPattern : null,
    targetOriginId: String(behavior.TargetOriginId),
    viewerProtocolPolicy: String(behavior.ViewerProtocolPolicy),
    allowedMethods: sorted(asArray(behavior.AllowedMethods).map(String)),
    cachedMethods: sorted(asArray(behavior.CachedMethods).map(String)),
    compress: behavior.Compress === true,
    cachePolicy:
      policyFact(template, behavior.CachePolicyId, 'AWS::CloudFront::CachePolicy') ?? 'managed:none',
    originRequestPolicy: policyFact(
      template,
      behavior.OriginRequestPolicyId,
      'AWS::CloudFront::OriginRequestPolicy',
    ),
    responseHeadersPolicy: policyFact(
      template,
      behavior.ResponseHeadersPolicyId,
      'AWS::CloudFront::ResponseHeadersPolicy',
    ),
    functionAssociations: sorted(
      asArray(behavior.FunctionAssociations).map((entry) => String((entry as Props).EventType)),
    ),
  };
}

/**
 * `secretsmanager:<name>@version-input` for a Secrets Manager dynamic reference whose version id is a stack
 * parameter (CDK writes it as an Fn::Join around the parameter's Ref), else the literal.
 */
function headerValue(template: CloudFormationTemplate, value: Json): string {
  const join = isObject(value) ? value['Fn::Join'] : undefined;
  if (Array.isArray(join) && join[0] === '' && Array.isArray(join[1])) {
    const [head, ref, tail] = join[1] as Json[];
    const name = /^\{\{resolve:secretsmanager:([^:}]+):SecretString:::$/.exec(String(head))?.[1];
    const parameter = isObject(ref) && typeof ref.Ref === 'string' ? ref.Ref : undefined;
    if (name !== undefined && parameter !== undefined && tail === '}}' && template.Parameters?.[parameter])
      return `secretsmanager:${name}@version-input`;
  }
  const text = String(value);
  if (text.includes('{{resolve:secretsmanager:'))
    throw new Error(`A secret reference without a version parameter: ${text}`);
  return text;
}

function originFacts(template: CloudFormationTemplate, origin: Props): OriginFacts {
  const custom = origin.CustomOriginConfig as Props | undefined;
  const bucket = getAttOf(origin.DomainName);
  const oac = getAttOf(origin.OriginAccessControlId);
  const control =
    oac === null ? undefined : template.Resources[oac[0]]?.Properties?.OriginAccessControlConfig;
  return {
    id: String(origin.Id),
    domainName: bucket !== null ? `bucket:${bucketKeyOf(bucket[0])}` : String(origin.DomainName),
    originPath: typeof origin.OriginPath === 'string' ? origin.OriginPath : '',
    protocolPolicy: custom === undefined ? null : String(custom.OriginProtocolPolicy),
    sslProtocols: custom === undefined ? [] : sorted(asArray(custom.OriginSSLProtocols).map(String)),
    customHeaders: asArray(origin.OriginCustomHeaders).map((header) => ({
      name: String((header as Props).HeaderName),
      value: headerValue(template, (header as Props).HeaderValue),
    })),
    originAccessControl: isObject(control) ? String(control.Name) : null,
    vpcOrigin: vpcOriginName(template, origin.VpcOriginConfig),
  };
}

/** The name of the VPC origin a distribution origin's VpcOriginConfig points at (GetAtt of its Id). */
function vpcOriginName(template: CloudFormationTemplate, config: Json): string | null {
  if (!isObject(config)) return null;
  const target = getAttOf(config.VpcOriginId);
  const resource = target === null ? undefined : template.Resources[target[0]];
  const endpoint = resource?.Properties?.VpcOriginEndpointConfig;
  if (resource?.Type !== 'AWS::CloudFront::VpcOrigin' || target?.[1] !== 'Id' || !isObject(endpoint))
    throw new Error(`Not a VPC origin's ID: ${JSON.stringify(config.VpcOriginId)}`);
  return String(endpoint.Name);
}

export function distributionFacts(template: CloudFormationTemplate, props: Props): DistributionFacts {
  const config = props.DistributionConfig as Props;
  const viewer = config.ViewerCertificate as Props;
  const certificateRef = refOf(viewer.AcmCertificateArn);
  const certificate =
    certificateRef === null
      ? `arn:${String(viewer.AcmCertificateArn)}`
      : `created:${String(template.Resources[certificateRef]?.Properties?.DomainName)}`;
  const logging = config.Logging as Props | undefined;
  return {
    aliases: asArray(config.Aliases).map(String),
    comment: String(config.Comment ?? ''),
    priceClass: String(config.PriceClass),
    httpVersion: String(config.HttpVersion),
    ipv6: config.IPV6Enabled === true,
    minimumProtocolVersion: String(viewer.MinimumProtocolVersion),
    sslSupportMethod: String(viewer.SslSupportMethod),
    certificate,
    webAclId: cfnWebAclId(config.WebACLId, template.Resources),
    logging:
      logging === undefined
        ? null
        : { bucket: String(logging.Bucket), includeCookies: logging.IncludeCookies === true },
    origins: asArray(config.Origins).map((origin) => originFacts(template, origin as Props)),
    defaultBehavior: behaviorFacts(template, config.DefaultCacheBehavior as Props),
    behaviors: asArray(config.CacheBehaviors).map((behavior) => behaviorFacts(template, behavior as Props)),
  };
}
