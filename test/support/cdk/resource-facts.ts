/** Test support: one resource of a synthesized template, in the Inventory shape. */
import type { BucketPolicyStatementFacts, ResourceFacts } from '../inventory/inventory';
import { ingressResourceFacts, vpcOriginResourceFacts } from '../inventory/private-origin-facts';
import { webAclResourceFacts } from '../inventory/web-acl-facts';
import { distributionFacts } from './distribution-facts';
import type { CloudFormationTemplate } from './synth';
import {
  asArray,
  bucketKeyOf,
  distributionRef,
  getAttOf,
  isObject,
  refOf,
  sorted,
  type Props,
  type Resource,
} from './template-values';
import { cspHeadersOf } from '../inventory/csp-facts';

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

/** The facts of a resource whose properties (`props`) have their cross-stack imports resolved. */
export function resourceFacts(
  template: CloudFormationTemplate,
  resource: Resource,
  props: Props,
  distributions: Set<string>,
): ResourceFacts {
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
          csp: cspHeadersOf(config),
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
    case 'AWS::CloudFront::VpcOrigin':
      return vpcOriginResourceFacts(props);
    case 'AWS::WAFv2::WebACL':
      return webAclResourceFacts(props);
    case 'AWS::EC2::SecurityGroupIngress':
      return ingressResourceFacts(props, (value) => prefixListOfParameter(template, value));
    case 'AWS::Logs::LogGroup':
      return {
        kind: 'log-group',
        facts: { name: String(props.LogGroupName), retentionDays: Number(props.RetentionInDays) },
      };
    case 'AWS::Logs::DeliverySource':
      if (distributionRef(props.ResourceArn, distributions) !== 'distribution')
        throw new Error(`${id}: the delivery source is not the distribution`);
      return {
        kind: 'log-delivery-source',
        facts: { name: String(props.Name), logType: String(props.LogType), resource: 'distribution' },
      };
    case 'AWS::Logs::DeliveryDestination': {
      const substitution = (props.DestinationResourceArn as Props | undefined)?.['Fn::Sub'];
      const [text, variables] = Array.isArray(substitution) ? substitution : [substitution, {}];
      const groupRef = refOf((variables as Props).Group);
      const group = groupRef === null ? undefined : template.Resources[groupRef];
      if (
        text !== 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Group}' ||
        group?.Type !== 'AWS::Logs::LogGroup'
      )
        throw new Error(`${id}: the destination is not a log group of this stack`);
      return {
        kind: 'log-delivery-destination',
        facts: {
          name: String(props.Name),
          outputFormat: String(props.OutputFormat),
          destination: `log-group:${String(group.Properties?.LogGroupName)}`,
        },
      };
    }
    case 'AWS::Logs::Delivery': {
      const source = refOf(props.DeliverySourceName);
      const destination = getAttOf(props.DeliveryDestinationArn)?.[0] ?? null;
      const nameOf = (logicalId: string | null) =>
        String(logicalId === null ? '' : (template.Resources[logicalId]?.Properties?.Name ?? ''));
      return {
        kind: 'log-delivery',
        facts: {
          source: nameOf(source),
          destination: nameOf(destination),
          recordFields: sorted(asArray(props.RecordFields).map(String)),
        },
      };
    }
    default:
      throw new Error(`${id}: a ${resource.Type} the inventory does not know`);
  }
}

/** The inventory of the synthesized templates, by the model's stack keys. */

/**
 * The managed prefix list a stack parameter holds the ID of: the CDK app's CfnParameter names it in its
 * description (the deploy command that fills it is checked by the CDK steps test).
 */
function prefixListOfParameter(template: CloudFormationTemplate, value: unknown): string {
  const parameter = refOf(value as Props);
  const description = parameter === null ? undefined : template.Parameters?.[parameter]?.Description;
  const name = /AWS-managed prefix list (\S+) in /.exec(String(description ?? ''))?.[1];
  if (name === undefined) throw new Error(`Not a looked-up prefix list: ${JSON.stringify(value)}`);
  return name;
}
