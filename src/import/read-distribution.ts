import type { TemplateResources } from './cloudformation-template';
import type {
  ExistingBehaviour,
  ExistingCertificate,
  ExistingDistribution,
  ExistingOrigin,
  ImportFormat,
} from './existing-setup';
import { FieldReader, shortValue } from './field-reader';
import { RESOURCE_ORIGIN_TYPES, S3_ENDPOINT, originTypeOfEndpoint } from './origin-type';
import {
  readCachePolicy,
  readFunctionAssociation,
  readLegacySettings,
  readOriginRequestPolicy,
  readResponseHeadersPolicy,
} from './read-policies';

/** Why fields CloudFront has, but the wizard does not model, are left out. */
export const NOT_MODELLED: Record<string, string> = {
  CallerReference: 'identifies the distribution to the API: a new distribution gets its own',
  DefaultRootObject: 'Django answers the root path itself: the wizard sets no default root object',
  OriginGroups: 'origin failover is not modelled by the wizard',
  CustomErrorResponses: 'custom error pages are not modelled by the wizard',
  Restrictions: 'geo restriction is not modelled by the wizard',
  ContinuousDeploymentPolicyId: 'continuous deployment is not modelled by the wizard',
  Staging: 'staging distributions are not modelled by the wizard',
  AnycastIpListId: 'Anycast static IPs are not modelled by the wizard',
  ConnectionAttempts: 'the wizard keeps CloudFront’s default connection attempts',
  ConnectionTimeout: 'the wizard keeps CloudFront’s default connection timeout',
  OriginShield: 'Origin Shield is not modelled by the wizard',
  OriginReadTimeout: 'the wizard keeps CloudFront’s default origin read timeout',
  OriginKeepaliveTimeout: 'the wizard keeps CloudFront’s default keep-alive timeout',
  HTTPPort: 'the wizard reaches the origin over HTTPS only',
  HTTPSPort: 'the wizard uses port 443',
  SmoothStreaming: 'Smooth Streaming is not modelled by the wizard',
  FieldLevelEncryptionId: 'field-level encryption is not modelled by the wizard',
  RealtimeLogConfigArn: 'real-time logs are not modelled by the wizard',
  TrustedSigners: 'signed URLs are not modelled by the wizard',
  TrustedKeyGroups: 'signed URLs are not modelled by the wizard',
  Compress: 'the wizard always compresses',
  Tags: 'tags are not modelled by the wizard',
};

const VIEWER_PROTOCOLS = ['allow-all', 'redirect-to-https', 'https-only'] as const;
const ORIGIN_PROTOCOLS = ['http-only', 'https-only', 'match-viewer'] as const;

function readOrigin(origin: FieldReader, template: TemplateResources | undefined): ExistingOrigin {
  const id = origin.string('Id') ?? '';
  const domain = origin.resolved('DomainName');
  let domainName = '';
  let domainExpression: string | null = null;
  let resourceType: string | undefined;
  if (domain !== undefined && 'computed' in domain) {
    domainExpression = domain.computed.expression;
    resourceType = domain.computed.resource?.type;
    if (domain.computed.resource !== undefined) template?.used.add(domain.computed.resource.id);
  } else if (domain !== undefined && typeof domain.value === 'string') {
    domainName = domain.value.trim().toLowerCase();
  } else if (domain !== undefined) {
    origin.wrongType('DomainName', domain.value, 'text');
  }
  const originPath = (origin.string('OriginPath') ?? '').replace(/\/+$/, '');
  const custom = origin.object('CustomOriginConfig');
  const protocol = custom?.string('OriginProtocolPolicy');
  custom?.raw(['OriginSslProtocols', 'OriginSSLProtocols']);
  custom?.finish();
  const s3 = origin.object('S3OriginConfig');
  s3?.raw('OriginAccessIdentity');
  s3?.finish();
  const vpc = origin.object('VpcOriginConfig');
  vpc?.finish();
  const oac = origin.resolved('OriginAccessControlId');
  const customHeaders = origin.objects(['CustomHeaders', 'OriginCustomHeaders']).flatMap((header) => {
    const name = header.string('HeaderName');
    // The value is often the origin secret: read to mark it used, never kept.
    header.raw('HeaderValue');
    header.finish();
    return name === undefined ? [] : [{ name }];
  });
  origin.finish();
  const kind: ExistingOrigin['kind'] =
    vpc !== undefined
      ? 'vpc'
      : s3 !== undefined || S3_ENDPOINT.test(domainName) || resourceType === 'AWS::S3::Bucket'
        ? 's3'
        : 'custom';
  const detected =
    kind !== 'custom'
      ? {
          type: null,
          reason: kind === 's3' ? 'an S3 bucket origin' : 'a VPC origin (private load balancer or instance)',
        }
      : resourceType !== undefined && RESOURCE_ORIGIN_TYPES[resourceType] !== undefined
        ? {
            type: RESOURCE_ORIGIN_TYPES[resourceType]!,
            reason: `the template takes the endpoint from a ${resourceType}`,
          }
        : domainName !== ''
          ? originTypeOfEndpoint(domainName, originPath)
          : {
              type: null,
              reason: 'the endpoint is computed at deploy time from a resource the wizard does not recognise',
            };
  return {
    id,
    domainName,
    domainExpression,
    originPath,
    kind,
    originType: detected.type,
    originTypeReason: detected.reason,
    protocolPolicy: (ORIGIN_PROTOCOLS as readonly string[]).includes(protocol ?? '')
      ? (protocol as ExistingOrigin['protocolPolicy'])
      : null,
    customHeaders,
    originAccessControl:
      oac === undefined
        ? null
        : 'computed' in oac
          ? oac.computed.expression
          : typeof oac.value === 'string' && oac.value !== ''
            ? oac.value
            : null,
  };
}

const methodsOf = (items: unknown[]) =>
  items.filter((m): m is string => typeof m === 'string').map((m) => m.toUpperCase());

function readBehaviour(behaviour: FieldReader, template: TemplateResources | undefined): ExistingBehaviour {
  const targetOriginId = behaviour.string('TargetOriginId') ?? '';
  const protocol = behaviour.string('ViewerProtocolPolicy') ?? 'allow-all';
  // The API nests CachedMethods inside AllowedMethods; CloudFormation puts both on the behaviour.
  const allowedRaw = behaviour.raw('AllowedMethods');
  let allowedMethods: string[] = ['GET', 'HEAD'];
  let cachedMethods: string[] = ['GET', 'HEAD'];
  if (Array.isArray(allowedRaw)) {
    allowedMethods = methodsOf(allowedRaw);
  } else if (allowedRaw !== undefined) {
    const nested = behaviour.object('AllowedMethods');
    if (nested !== undefined) {
      nested.raw('Quantity');
      const items = nested.raw('Items');
      if (Array.isArray(items)) allowedMethods = methodsOf(items);
      const cached = nested.object('CachedMethods');
      if (cached !== undefined) {
        cached.raw('Quantity');
        const cachedItems = cached.raw('Items');
        if (Array.isArray(cachedItems)) cachedMethods = methodsOf(cachedItems);
        cached.finish();
      }
      nested.finish();
    }
  }
  const cachedRaw = behaviour.strings('CachedMethods');
  if (cachedRaw.length > 0) cachedMethods = cachedRaw.map((m) => m.toUpperCase());
  const legacy = readLegacySettings(behaviour);
  const cachePolicy = readCachePolicy(behaviour, template) ??
    legacy?.cache ?? {
      kind: 'unknown' as const,
      id: '',
      why: 'the behaviour names neither a cache policy nor legacy cache settings',
    };
  const originRequestPolicy =
    readOriginRequestPolicy(behaviour, template) ??
    (legacy !== undefined && cachePolicy.kind === 'settings' && cachePolicy.from === 'legacy'
      ? legacy.originRequest
      : { kind: 'none' as const });
  const responseHeadersPolicy = readResponseHeadersPolicy(behaviour, template);
  const functions = behaviour
    .objects('FunctionAssociations')
    .flatMap((association) => readFunctionAssociation(association, template) ?? []);
  const lambdaEdge = behaviour.objects('LambdaFunctionAssociations').map((association) => {
    const eventType = association.string('EventType') ?? '';
    const arn = association.string(['LambdaFunctionARN', 'LambdaFunctionArn']) ?? '';
    association.raw('IncludeBody');
    association.finish();
    return { eventType, arn };
  });
  behaviour.finish();
  return {
    targetOriginId,
    viewerProtocolPolicy: (VIEWER_PROTOCOLS as readonly string[]).includes(protocol)
      ? (protocol as ExistingBehaviour['viewerProtocolPolicy'])
      : 'allow-all',
    allowedMethods,
    cachedMethods,
    cachePolicy,
    originRequestPolicy,
    responseHeadersPolicy,
    functions,
    lambdaEdge,
  };
}

function readCertificate(distribution: FieldReader): {
  certificate: ExistingCertificate;
  minimumTlsVersion: string | null;
  sslSupportMethod: string | null;
} {
  const viewer = distribution.object('ViewerCertificate');
  if (viewer === undefined)
    return { certificate: { kind: 'none' }, minimumTlsVersion: null, sslSupportMethod: null };
  const acm = viewer.resolved(['ACMCertificateArn', 'AcmCertificateArn']);
  const iam = viewer.string(['IAMCertificateId', 'IamCertificateId']);
  const isDefault = viewer.boolean('CloudFrontDefaultCertificate') ?? false;
  const minimumTlsVersion = viewer.string('MinimumProtocolVersion') ?? null;
  const sslSupportMethod = viewer.string(['SSLSupportMethod', 'SslSupportMethod']) ?? null;
  // The API repeats the certificate in these two deprecated fields.
  viewer.raw('Certificate');
  viewer.raw('CertificateSource');
  viewer.finish();
  let certificate: ExistingCertificate = { kind: 'none' };
  if (acm !== undefined && 'computed' in acm)
    certificate = { kind: 'created-or-computed', expression: acm.computed.expression };
  else if (acm !== undefined && typeof acm.value === 'string' && acm.value !== '')
    certificate = { kind: 'acm', arn: acm.value };
  else if (iam !== undefined && iam !== '') certificate = { kind: 'iam', id: iam };
  else if (isDefault) certificate = { kind: 'cloudfront-default' };
  return { certificate, minimumTlsVersion, sslSupportMethod };
}

/**
 * The distribution in either spelling (the API's `{ Quantity, Items }` lists and names, or CloudFormation's), as
 * an ExistingDistribution. Returns an error only when there is no distribution to speak of (no origins, no
 * default behaviour); anything else odd is listed as not read.
 */
export function readDistribution(
  distribution: FieldReader,
  meta: { format: ImportFormat; identifier: string; template?: TemplateResources },
): { ok: true; distribution: ExistingDistribution } | { ok: false; error: string } {
  const template = meta.template;
  const origins = distribution.objects('Origins').map((origin) => readOrigin(origin, template));
  const defaultReader = distribution.object('DefaultCacheBehavior');
  if (origins.length === 0 || defaultReader === undefined) {
    distribution.finish();
    return {
      ok: false,
      error: `${distribution.path || 'the distribution'} has ${origins.length === 0 ? 'no Origins' : 'no DefaultCacheBehavior'}: this is not a complete distribution config`,
    };
  }
  const defaultBehaviour = readBehaviour(defaultReader, template);
  const behaviours = distribution.objects('CacheBehaviors').flatMap((reader) => {
    const pathPattern = reader.string('PathPattern');
    const behaviour = readBehaviour(reader, template);
    return pathPattern === undefined ? [] : [{ ...behaviour, pathPattern }];
  });
  const aliases = distribution.strings(['Aliases', 'CNAMEs']).map((alias) => alias.trim().toLowerCase());
  const { certificate, minimumTlsVersion, sslSupportMethod } = readCertificate(distribution);
  const webAcl = distribution.resolved('WebACLId');
  const loggingReader = distribution.object('Logging');
  const loggingEnabled = loggingReader?.boolean('Enabled');
  const logging =
    loggingReader === undefined || loggingEnabled === false
      ? null
      : {
          bucket: loggingReader.string('Bucket') ?? '',
          includeCookies: loggingReader.boolean('IncludeCookies') ?? false,
          prefix: loggingReader.string('Prefix') ?? '',
        };
  loggingReader?.finish();
  const result: ExistingDistribution = {
    format: meta.format,
    identifier: meta.identifier,
    aliases,
    origins,
    defaultBehaviour,
    behaviours,
    certificate,
    minimumTlsVersion,
    sslSupportMethod,
    webAclId:
      webAcl === undefined
        ? null
        : 'computed' in webAcl
          ? webAcl.computed.expression
          : typeof webAcl.value === 'string' && webAcl.value !== ''
            ? webAcl.value
            : null,
    logging: logging !== null && logging.bucket !== '' ? logging : null,
    priceClass: distribution.string('PriceClass') ?? null,
    httpVersion: distribution.string('HttpVersion') ?? null,
    ipv6: distribution.boolean(['IsIPV6Enabled', 'IPV6Enabled']) ?? null,
    comment: distribution.string('Comment') ?? '',
    enabled: distribution.boolean('Enabled') ?? null,
  };
  distribution.finish();
  if (result.webAclId !== null && /^\{/.test(result.webAclId)) {
    distribution.context.unread.push({
      path: distribution.pathOf('WebACLId'),
      value: shortValue(result.webAclId),
      why: 'computed by CloudFormation at deploy time: enter the web ACL ARN in the wizard',
    });
    result.webAclId = null;
  }
  return { ok: true, distribution: result };
}
