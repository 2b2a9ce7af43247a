/**
 * The inventory of a synthesized CDK app, read from its CloudFormation templates (what `cdk synth` wrote), not from
 * the generator or the model. CDK's own plumbing (CDKMetadata, the cross-region export writer and reader with
 * their provider functions and roles) is left out; references are resolved to what they point at, across stacks
 * too (a value a reader imports is the writer's export).
 */
import type { StackKey } from '../../../src/model';
import type { CloudFormationTemplate } from '../cdk/synth';
import type {
  BehaviorFacts,
  BucketPolicyStatementFacts,
  DistributionFacts,
  Inventory,
  InventoryResource,
  OriginFacts,
  PolicyFact,
  ResourceFacts,
} from './inventory';

type Json = unknown;
type Props = Record<string, Json>;
type Resource = CloudFormationTemplate['Resources'][string];

/** One synthesized stack: its template and the region the cloud assembly records for it. */
export interface SynthesizedStackInput {
  region: string;
  template: CloudFormationTemplate;
}

const PLUMBING = new Set([
  'AWS::CDK::Metadata',
  'Custom::CrossRegionExportWriter',
  'Custom::CrossRegionExportReader',
]);

const isObject = (value: Json): value is Props =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const sorted = (values: string[]): string[] => [...values].sort();

/** A provider function or role of a CDK custom resource (cross-region references), by its logical id. */
const isProvider = (id: string): boolean =>
  /^Custom[A-Za-z0-9]+CustomResourceProvider(Role|Handler)/.test(id);

class Reader {
  private readonly exports = new Map<string, Json>();

  constructor(private readonly stacks: Partial<Record<StackKey, SynthesizedStackInput>>) {
    for (const stack of Object.values(stacks)) {
      for (const resource of Object.values(stack.template.Resources)) {
        if (resource.Type !== 'Custom::CrossRegionExportWriter') continue;
        const writer = (resource.Properties?.WriterProps as Props | undefined)?.exports;
        if (isObject(writer))
          for (const [name, value] of Object.entries(writer)) this.exports.set(name, value);
      }
    }
  }

  /** The value with cross-region imports replaced by what the other stack exported. */
  resolveImports(template: CloudFormationTemplate, value: Json): Json {
    if (Array.isArray(value)) return value.map((entry) => this.resolveImports(template, entry));
    if (!isObject(value)) return value;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      const target = template.Resources[getAtt[0]];
      if (target?.Type === 'Custom::CrossRegionExportReader' && this.exports.has(getAtt[1]))
        return this.exports.get(getAtt[1]);
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, this.resolveImports(template, entry)]),
    );
  }

  /** Every distribution's logical id, in any stack (a reference to one is "distribution"). */
  distributionIds(): Set<string> {
    const ids = new Set<string>();
    for (const stack of Object.values(this.stacks))
      for (const [id, resource] of Object.entries(stack.template.Resources))
        if (resource.Type === 'AWS::CloudFront::Distribution') ids.add(id);
    return ids;
  }
}

const refOf = (value: Json): string | null =>
  isObject(value) && typeof value.Ref === 'string' ? value.Ref : null;
const getAttOf = (value: Json): [string, string] | null => {
  const att = isObject(value) ? value['Fn::GetAtt'] : undefined;
  return Array.isArray(att) && typeof att[0] === 'string' && typeof att[1] === 'string'
    ? [att[0], att[1]]
    : null;
};

/** `distribution` when the value is the ARN (or a reference) of a distribution, else its JSON. */
function distributionRef(value: Json, distributions: Set<string>): string {
  const parts = isObject(value) && Array.isArray(value['Fn::Join']) ? asArray(value['Fn::Join'][1]) : [value];
  const pointsAtDistribution = parts.some((part) => {
    const ref = refOf(part) ?? getAttOf(part)?.[0] ?? null;
    return ref !== null && distributions.has(ref);
  });
  const joined = parts.filter((part) => typeof part === 'string').join('');
  return pointsAtDistribution && (parts.length === 1 || joined.includes(':distribution/'))
    ? 'distribution'
    : JSON.stringify(value);
}

/** 'StaticFilesBucketA7A2D39B' → 'StaticFiles' (the construct id the CDK app gives each bucket, plus CDK's hash). */
function bucketKeyOf(logicalId: string): string {
  const match = /^(.+)Bucket[0-9A-F]{8}$/.exec(logicalId);
  if (match?.[1] === undefined) throw new Error(`Not a bucket of this app: ${logicalId}`);
  return match[1];
}

function policyFact(
  template: CloudFormationTemplate,
  value: Json,
  type: string,
  nameOf: (props: Props) => string,
): PolicyFact | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return `managed:${value}`;
  const ref = refOf(value);
  const resource = ref === null ? undefined : template.Resources[ref];
  if (resource?.Type !== type) throw new Error(`Unresolved policy ${JSON.stringify(value)}`);
  return `custom:${nameOf(resource.Properties ?? {})}`;
}

function behaviorFacts(template: CloudFormationTemplate, behavior: Props): BehaviorFacts {
  const configName = (key: string) => (props: Props) => String((props[key] as Props).Name);
  return {
    pathPattern: typeof behavior.PathPattern === 'string' ? behavior.PathPattern : null,
    targetOriginId: String(behavior.TargetOriginId),
    viewerProtocolPolicy: String(behavior.ViewerProtocolPolicy),
    allowedMethods: sorted(asArray(behavior.AllowedMethods).map(String)),
    cachedMethods: sorted(asArray(behavior.CachedMethods).map(String)),
    compress: behavior.Compress === true,
    cachePolicy:
      policyFact(
        template,
        behavior.CachePolicyId,
        'AWS::CloudFront::CachePolicy',
        configName('CachePolicyConfig'),
      ) ?? 'managed:none',
    originRequestPolicy: policyFact(
      template,
      behavior.OriginRequestPolicyId,
      'AWS::CloudFront::OriginRequestPolicy',
      configName('OriginRequestPolicyConfig'),
    ),
    responseHeadersPolicy: policyFact(
      template,
      behavior.ResponseHeadersPolicyId,
      'AWS::CloudFront::ResponseHeadersPolicy',
      configName('ResponseHeadersPolicyConfig'),
    ),
    functionAssociations: sorted(
      asArray(behavior.FunctionAssociations).map((entry) => String((entry as Props).EventType)),
    ),
  };
}

/** `secretsmanager:<name>` for a Secrets Manager dynamic reference, else the literal. */
function headerValue(value: Json): string {
  const text = String(value);
  const match = /^\{\{resolve:secretsmanager:([^:}]+):SecretString:::\}\}$/.exec(text);
  return match?.[1] !== undefined ? `secretsmanager:${match[1]}` : text;
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
      value: headerValue((header as Props).HeaderValue),
    })),
    originAccessControl: isObject(control) ? String(control.Name) : null,
  };
}

function distributionFacts(template: CloudFormationTemplate, props: Props): DistributionFacts {
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
    webAclId: typeof config.WebACLId === 'string' ? config.WebACLId : null,
    logging:
      logging === undefined
        ? null
        : { bucket: String(logging.Bucket), includeCookies: logging.IncludeCookies === true },
    origins: asArray(config.Origins).map((origin) => originFacts(template, origin as Props)),
    defaultBehavior: behaviorFacts(template, config.DefaultCacheBehavior as Props),
    behaviors: asArray(config.CacheBehaviors).map((behavior) => behaviorFacts(template, behavior as Props)),
  };
}

function statementFacts(statement: Props, distributions: Set<string>): BucketPolicyStatementFacts {
  const principal = statement.Principal as Props | string;
  const resources = asArray(statement.Resource).map((resource) =>
    isObject(resource) && Array.isArray(resource['Fn::Join']) ? 'objects' : 'bucket',
  );
  const [test, conditions] = Object.entries((statement.Condition as Props | undefined) ?? {})[0] ?? ['', {}];
  const [variable, value] = Object.entries(conditions as Props)[0] ?? ['', ''];
  const conditionValue = typeof value === 'string' ? value : distributionRef(value, distributions);
  return {
    effect: statement.Effect === 'Deny' ? 'Deny' : 'Allow',
    principal:
      principal === '*' || (isObject(principal) && principal.AWS === '*')
        ? '*'
        : `service:${String((principal as Props).Service)}`,
    actions: sorted(asArray(statement.Action).map(String)),
    resources: sorted(resources),
    condition: `${test} ${variable}=${conditionValue}`,
  };
}

function resourceFacts(template: CloudFormationTemplate, resource: Resource, reader: Reader): ResourceFacts {
  const props = (reader.resolveImports(template, resource.Properties ?? {}) as Props) ?? {};
  const distributions = reader.distributionIds();
  switch (resource.Type) {
    case 'AWS::CloudFront::Distribution':
      return { kind: 'distribution', facts: distributionFacts(template, props) };
    case 'AWS::CloudFront::Function': {
      const config = props.FunctionConfig as Props;
      return {
        kind: 'function',
        facts: {
          name: String(props.Name),
          runtime: String(config.Runtime),
          code: String(props.FunctionCode),
          comment: String(config.Comment),
        },
      };
    }
    case 'AWS::CloudFront::CachePolicy': {
      const config = props.CachePolicyConfig as Props;
      const keyConfig = config.ParametersInCacheKeyAndForwardedToOrigin as Props;
      const headers = keyConfig.HeadersConfig as Props;
      return {
        kind: 'cache-policy',
        facts: {
          name: String(config.Name),
          comment: String(config.Comment),
          minTtl: Number(config.MinTTL),
          defaultTtl: Number(config.DefaultTTL),
          maxTtl: Number(config.MaxTTL),
          cookies: String((keyConfig.CookiesConfig as Props).CookieBehavior),
          queryStrings: String((keyConfig.QueryStringsConfig as Props).QueryStringBehavior),
          headers: sorted(asArray(headers.Headers).map((name) => String(name).toLowerCase())),
          gzip: keyConfig.EnableAcceptEncodingGzip === true,
          brotli: keyConfig.EnableAcceptEncodingBrotli === true,
        },
      };
    }
    case 'AWS::CloudFront::ResponseHeadersPolicy': {
      const config = props.ResponseHeadersPolicyConfig as Props;
      const security = config.SecurityHeadersConfig as Record<string, Props>;
      const hsts = security.StrictTransportSecurity ?? {};
      return {
        kind: 'response-headers-policy',
        facts: {
          name: String(config.Name),
          comment: String(config.Comment),
          hsts: {
            maxAge: Number(hsts.AccessControlMaxAgeSec),
            includeSubdomains: hsts.IncludeSubdomains === true,
            preload: hsts.Preload === true,
            override: hsts.Override === true,
          },
          contentTypeOptions: { override: security.ContentTypeOptions?.Override === true },
          frameOptions: {
            option: String(security.FrameOptions?.FrameOption),
            override: security.FrameOptions?.Override === true,
          },
          referrerPolicy: {
            policy: String(security.ReferrerPolicy?.ReferrerPolicy),
            override: security.ReferrerPolicy?.Override === true,
          },
        },
      };
    }
    case 'AWS::CloudFront::OriginAccessControl': {
      const config = props.OriginAccessControlConfig as Props;
      return {
        kind: 'origin-access-control',
        facts: {
          name: String(config.Name),
          originType: String(config.OriginAccessControlOriginType),
          signingBehavior: String(config.SigningBehavior),
          signingProtocol: String(config.SigningProtocol),
        },
      };
    }
    default:
      return s3OrOtherFacts(template, resource, props, distributions);
  }
}

function s3OrOtherFacts(
  template: CloudFormationTemplate,
  resource: Resource,
  props: Props,
  distributions: Set<string>,
): ResourceFacts {
  const id = Object.entries(template.Resources).find(([, candidate]) => candidate === resource)?.[0] ?? '';
  switch (resource.Type) {
    case 'AWS::S3::Bucket': {
      const block = props.PublicAccessBlockConfiguration as Props | undefined;
      const encryption = asArray(
        (props.BucketEncryption as Props | undefined)?.ServerSideEncryptionConfiguration,
      )[0] as Props | undefined;
      const algorithm = (encryption?.ServerSideEncryptionByDefault as Props | undefined)?.SSEAlgorithm;
      if (algorithm !== 'AES256') throw new Error(`${id}: not SSE-S3 (${String(algorithm)})`);
      const ownership = asArray((props.OwnershipControls as Props | undefined)?.Rules)[0] as
        Props | undefined;
      return {
        kind: 'bucket',
        facts: {
          key: bucketKeyOf(id),
          encryption: 'SSE-S3',
          blockPublicAccess:
            block !== undefined &&
            ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'].every(
              (name) => block[name] === true,
            ),
          objectOwnership: String(ownership?.ObjectOwnership),
          retainOnDelete: resource.DeletionPolicy === 'Retain',
        },
      };
    }
    case 'AWS::S3::BucketPolicy': {
      const bucket = refOf(props.Bucket);
      if (bucket === null) throw new Error(`${id}: the policy's bucket is not of this stack`);
      const statements = asArray((props.PolicyDocument as Props).Statement)
        .map((statement) => statementFacts(statement as Props, distributions))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return { kind: 'bucket-policy', facts: { bucket: bucketKeyOf(bucket), statements } };
    }
    case 'AWS::Lambda::Permission':
      return {
        kind: 'lambda-permission',
        facts: {
          action: String(props.Action),
          functionName: String(props.FunctionName),
          principal: String(props.Principal),
          sourceArn: distributionRef(props.SourceArn, distributions),
          functionUrlAuthType:
            typeof props.FunctionUrlAuthType === 'string' ? props.FunctionUrlAuthType : null,
          invokedViaFunctionUrl: props.InvokedViaFunctionUrl === true,
        },
      };
    case 'AWS::CertificateManager::Certificate': {
      const options = asArray(props.DomainValidationOptions) as Props[];
      const zones = [...new Set(options.map((option) => String(option.HostedZoneId)))];
      if (props.ValidationMethod !== 'DNS' || zones.length !== 1)
        throw new Error(`${id}: not validated in one zone`);
      return {
        kind: 'certificate',
        facts: {
          domainName: String(props.DomainName),
          subjectAlternativeNames: asArray(props.SubjectAlternativeNames).map(String),
          validation: 'DNS',
          hostedZoneId: zones[0] ?? '',
        },
      };
    }
    case 'AWS::Route53::RecordSet': {
      const alias = props.AliasTarget as Props;
      const target = getAttOf(alias.DNSName);
      if (target === null || !distributions.has(target[0]) || target[1] !== 'DomainName')
        throw new Error(`${id}: not an alias of the distribution`);
      return {
        kind: 'dns-record',
        facts: {
          name: String(props.Name).replace(/\.$/, ''),
          type: String(props.Type),
          aliasTarget: 'distribution',
          hostedZoneId: String(props.HostedZoneId),
        },
      };
    }
    default:
      throw new Error(`${id}: a ${resource.Type} the inventory does not know`);
  }
}

/** The inventory of the synthesized templates, by the model's stack keys. */
export function cdkInventory(stacks: Partial<Record<StackKey, SynthesizedStackInput>>): Inventory {
  const reader = new Reader(stacks);
  const resources: InventoryResource[] = [];
  for (const [stack, { region, template }] of Object.entries(stacks) as [StackKey, SynthesizedStackInput][]) {
    for (const [id, resource] of Object.entries(template.Resources)) {
      if (PLUMBING.has(resource.Type) || isProvider(id)) continue;
      resources.push({ ...resourceFacts(template, resource, reader), stack, region });
    }
  }
  return { resources, outputs: Object.keys(stacks.main?.template.Outputs ?? {}).sort() };
}
