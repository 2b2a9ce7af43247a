import { sortStatements, type BucketPolicyStatementFacts, type ResourceFacts } from '../inventory/inventory';
import { ingressResourceFacts, vpcOriginResourceFacts } from '../inventory/private-origin-facts';
import { webAclResourceFacts } from '../inventory/web-acl-facts';
import { distributionFacts } from './distribution-facts';
import { isObject, list, sorted, type Json, type TemplateReferences } from './template-references';
import { cspHeadersOf } from '../inventory/csp-facts';

/** Route 53's zone for every alias record that targets a CloudFront distribution. */
const CLOUDFRONT_ALIAS_ZONE = 'Z2FDTNDATAQYW2';

/** A policy statement as facts: resources as `bucket`/`objects`, each condition as `test variable=value`. */
function statementFacts(refs: TemplateReferences, statement: Json): BucketPolicyStatementFacts {
  const principal = statement.Principal;
  const resources = list(statement.Resource).map((resource) => {
    const target = refs.target(resource);
    if (target?.type === 'AWS::S3::Bucket' && target.attribute === 'Arn') return 'bucket';
    const substitution = isObject(resource) ? resource['Fn::Sub'] : undefined;
    const id =
      typeof substitution === 'string'
        ? /^\$\{([A-Za-z0-9]+)\.Arn\}\/\*$/.exec(substitution)?.[1]
        : undefined;
    if (id !== undefined && refs.resources[id]?.Type === 'AWS::S3::Bucket') return 'objects';
    throw new Error(`Not a bucket or its objects: ${JSON.stringify(resource)}`);
  });
  const conditions = Object.entries(statement.Condition as Json).flatMap(([test, variables]) =>
    Object.entries(variables as Json).map(([variable, value]) => {
      const fact = typeof value === 'string' ? value : refs.distributionArn(value);
      return `${test} ${variable}=${fact}`;
    }),
  );
  return {
    effect: statement.Effect as 'Allow' | 'Deny',
    principal: isObject(principal) ? `service:${String(principal.Service)}` : String(principal),
    actions: sorted(list(statement.Action)),
    resources: [...resources].sort(),
    condition: conditions.join(' & '),
  };
}

/** One resource's facts, by its type; a type the inventory has no kind for fails loudly. */
export function resourceFacts(
  refs: TemplateReferences,
  id: string,
  type: string,
  properties: Json,
  deletionPolicy: string | undefined,
): ResourceFacts {
  switch (type) {
    case 'AWS::CloudFront::Distribution':
      return { kind: 'distribution' as const, facts: distributionFacts(refs, properties) };
    case 'AWS::CloudFront::Function': {
      const config = properties.FunctionConfig as Json;
      return {
        kind: 'function' as const,
        facts: {
          name: String(properties.Name),
          runtime: String(config.Runtime),
          code: String(properties.FunctionCode),
          comment: String(config.Comment),
        },
      };
    }
    case 'AWS::CloudFront::CachePolicy': {
      const config = properties.CachePolicyConfig as Json;
      const key = config.ParametersInCacheKeyAndForwardedToOrigin as Json;
      return {
        kind: 'cache-policy' as const,
        facts: {
          name: String(config.Name),
          comment: String(config.Comment),
          minTtl: Number(config.MinTTL),
          defaultTtl: Number(config.DefaultTTL),
          maxTtl: Number(config.MaxTTL),
          cookies: String((key.CookiesConfig as Json).CookieBehavior),
          queryStrings: String((key.QueryStringsConfig as Json).QueryStringBehavior),
          headers: sorted(list((key.HeadersConfig as Json).Headers)),
          gzip: key.EnableAcceptEncodingGzip === true,
          brotli: key.EnableAcceptEncodingBrotli === true,
        },
      };
    }
    case 'AWS::CloudFront::ResponseHeadersPolicy': {
      const config = properties.ResponseHeadersPolicyConfig as Json;
      const headers = config.SecurityHeadersConfig as Record<string, Json>;
      const hsts = headers.StrictTransportSecurity ?? {};
      return {
        kind: 'response-headers-policy' as const,
        facts: {
          name: String(config.Name),
          comment: String(config.Comment),
          hsts: {
            maxAge: Number(hsts.AccessControlMaxAgeSec),
            includeSubdomains: hsts.IncludeSubdomains === true,
            preload: hsts.Preload === true,
            override: hsts.Override === true,
          },
          contentTypeOptions: { override: headers.ContentTypeOptions?.Override === true },
          frameOptions: {
            option: String(headers.FrameOptions?.FrameOption),
            override: headers.FrameOptions?.Override === true,
          },
          referrerPolicy: {
            policy: String(headers.ReferrerPolicy?.ReferrerPolicy),
            override: headers.ReferrerPolicy?.Override === true,
          },
          csp: cspHeadersOf(config),
        },
      };
    }
    case 'AWS::CloudFront::OriginAccessControl': {
      const config = properties.OriginAccessControlConfig as Json;
      return {
        kind: 'origin-access-control' as const,
        facts: {
          name: String(config.Name),
          originType: String(config.OriginAccessControlOriginType),
          signingBehavior: String(config.SigningBehavior),
          signingProtocol: String(config.SigningProtocol),
        },
      };
    }
    case 'AWS::S3::Bucket':
      return { kind: 'bucket' as const, facts: bucketFacts(id, properties, deletionPolicy) };
    case 'AWS::S3::BucketPolicy': {
      const document = properties.PolicyDocument as Json;
      const statements = list(document.Statement).map((statement) => statementFacts(refs, statement as Json));
      return {
        kind: 'bucket-policy' as const,
        facts: { bucket: refs.bucketKey(properties.Bucket), statements: sortStatements(statements) },
      };
    }
    case 'AWS::Lambda::Permission':
      return {
        kind: 'lambda-permission' as const,
        facts: {
          action: String(properties.Action),
          functionName: String(properties.FunctionName),
          principal: String(properties.Principal),
          sourceArn: refs.distributionArn(properties.SourceArn),
          functionUrlAuthType:
            typeof properties.FunctionUrlAuthType === 'string' ? properties.FunctionUrlAuthType : null,
          invokedViaFunctionUrl: properties.InvokedViaFunctionUrl === true,
        },
      };
    case 'AWS::CertificateManager::Certificate': {
      const zones = new Set(
        list(properties.DomainValidationOptions).map((option) => String((option as Json).HostedZoneId)),
      );
      if (properties.ValidationMethod !== 'DNS' || zones.size !== 1)
        throw new Error(`${id}: not DNS-validated in one hosted zone`);
      return {
        kind: 'certificate' as const,
        facts: {
          domainName: String(properties.DomainName),
          subjectAlternativeNames: sorted(list(properties.SubjectAlternativeNames)),
          validation: 'DNS' as const,
          hostedZoneId: [...zones][0] ?? '',
        },
      };
    }
    case 'AWS::Route53::RecordSet': {
      const alias = properties.AliasTarget as Json;
      const target = refs.target(alias.DNSName);
      if (
        target?.type !== 'AWS::CloudFront::Distribution' ||
        target.attribute !== 'DomainName' ||
        alias.HostedZoneId !== CLOUDFRONT_ALIAS_ZONE
      )
        throw new Error(`${id}: not an alias of the distribution`);
      return {
        kind: 'dns-record' as const,
        facts: {
          name: String(properties.Name),
          type: String(properties.Type),
          aliasTarget: 'distribution' as const,
          hostedZoneId: String(properties.HostedZoneId),
        },
      };
    }
    case 'AWS::CloudFront::VpcOrigin':
      return vpcOriginResourceFacts(properties);
    case 'AWS::WAFv2::WebACL':
      return webAclResourceFacts(properties);
    case 'AWS::EC2::SecurityGroupIngress':
      return ingressResourceFacts(properties, (value) => refs.prefixListName(value));
    case 'AWS::Logs::LogGroup':
      return {
        kind: 'log-group' as const,
        facts: { name: String(properties.LogGroupName), retentionDays: Number(properties.RetentionInDays) },
      };
    case 'AWS::Logs::DeliverySource':
      if (refs.distributionArn(properties.ResourceArn) !== 'distribution')
        throw new Error(`${id}: the delivery source is not the distribution`);
      return {
        kind: 'log-delivery-source' as const,
        facts: {
          name: String(properties.Name),
          logType: String(properties.LogType),
          resource: 'distribution',
        },
      };
    case 'AWS::Logs::DeliveryDestination':
      return {
        kind: 'log-delivery-destination' as const,
        facts: {
          name: String(properties.Name),
          outputFormat: String(properties.OutputFormat),
          destination: `log-group:${refs.logGroupName(properties.DestinationResourceArn)}`,
        },
      };
    case 'AWS::Logs::Delivery': {
      const source = refs.target(properties.DeliverySourceName);
      const destination = refs.target(properties.DeliveryDestinationArn);
      const nameOf = (logicalId: string | undefined) =>
        String(logicalId === undefined ? '' : (refs.resources[logicalId]?.Properties.Name ?? ''));
      return {
        kind: 'log-delivery' as const,
        facts: {
          source: nameOf(source?.id),
          destination: nameOf(destination?.id),
          recordFields: sorted(list(properties.RecordFields)),
        },
      };
    }
    default:
      throw new Error(`${id}: the inventory has no kind for ${type}`);
  }
}

function bucketFacts(id: string, properties: Json, deletionPolicy: string | undefined) {
  const encryption = list((properties.BucketEncryption as Json).ServerSideEncryptionConfiguration)
    .map((rule) => ((rule as Json).ServerSideEncryptionByDefault as Json).SSEAlgorithm)
    .join(',');
  if (encryption !== 'AES256') throw new Error(`${id}: encryption ${encryption} is not SSE-S3`);
  const block = properties.PublicAccessBlockConfiguration as Json;
  const ownership = list((properties.OwnershipControls as Json).Rules)[0] as Json;
  return {
    key: id.replace(/Bucket$/, ''),
    encryption: 'SSE-S3' as const,
    blockPublicAccess: [
      'BlockPublicAcls',
      'BlockPublicPolicy',
      'IgnorePublicAcls',
      'RestrictPublicBuckets',
    ].every((name) => block[name] === true),
    objectOwnership: String(ownership.ObjectOwnership),
    retainOnDelete: deletionPolicy === 'Retain',
  };
}

/** Statements in a stable order (what a bucket policy allows does not depend on it). */
