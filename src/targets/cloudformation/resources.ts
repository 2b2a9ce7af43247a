import type {
  BucketPlan,
  CachePolicyPlan,
  CertificatePlan,
  DistributionPlan,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from '../../model/legacy-plan';
import { CLOUDFRONT_HOSTED_ZONE_ID } from '../../model/aws-constants';
import { getAtt, ref, sub, type Intrinsic } from '../emit/cloudformation';

/** One CloudFormation resource: `Type`, `Properties` and the optional policies. */
export interface CfnResource {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: 'Retain' | 'Delete';
  UpdateReplacePolicy?: 'Retain' | 'Delete';
  DependsOn?: string[];
}

export const DISTRIBUTION_ID = 'Distribution';
export const FUNCTION_ID = 'ViewerRequestFunction';
export const CERTIFICATE_ID = 'Certificate';
export const CERTIFICATE_ARN_PARAMETER = 'CertificateArn';
export const HOSTED_ZONE_PARAMETER = 'HostedZoneId';
export const LAMBDA_OAC_ID = 'AppOriginAccessControl';

export const cachePolicyId = (key: string) => `${key}CachePolicy`;
export const responseHeadersPolicyId = (key: string) => `${key}Policy`;
export const bucketId = (key: BucketPlan['key']) => `${key}Bucket`;
export const bucketOacId = (key: BucketPlan['key']) => `${key}OriginAccessControl`;

/** `arn:aws:cloudfront::<account>:distribution/<id>` of the distribution in this stack. */
export const distributionArn = (): Intrinsic =>
  sub(
    'arn:',
    { variable: 'AWS::Partition' },
    ':cloudfront::',
    { variable: 'AWS::AccountId' },
    ':distribution/',
    {
      variable: DISTRIBUTION_ID,
    },
  );

export function viewerRequestFunction(plan: ViewerRequestFunctionPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::Function',
    Properties: {
      Name: plan.name,
      AutoPublish: true,
      FunctionConfig: { Comment: plan.comment, Runtime: plan.runtime },
      FunctionCode: plan.code,
    },
  };
}

export function cachePolicy(plan: CachePolicyPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::CachePolicy',
    Properties: {
      CachePolicyConfig: {
        Name: plan.name,
        Comment: plan.comment,
        MinTTL: plan.minTtl,
        DefaultTTL: plan.defaultTtl,
        MaxTTL: plan.maxTtl,
        ParametersInCacheKeyAndForwardedToOrigin: {
          CookiesConfig: { CookieBehavior: plan.cookies },
          QueryStringsConfig: { QueryStringBehavior: plan.queryStrings },
          HeadersConfig:
            plan.headers.length > 0
              ? { HeaderBehavior: 'whitelist', Headers: plan.headers }
              : { HeaderBehavior: 'none' },
          EnableAcceptEncodingGzip: plan.enableGzip,
          EnableAcceptEncodingBrotli: plan.enableBrotli,
        },
      },
    },
  };
}

export function responseHeadersPolicy(plan: ResponseHeadersPolicyPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::ResponseHeadersPolicy',
    Properties: {
      ResponseHeadersPolicyConfig: {
        Name: plan.name,
        Comment: plan.comment,
        SecurityHeadersConfig: {
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: plan.hsts.maxAgeSeconds,
            IncludeSubdomains: plan.hsts.includeSubdomains,
            Preload: plan.hsts.preload,
            Override: plan.override,
          },
          ContentTypeOptions: { Override: plan.override },
          FrameOptions: { FrameOption: plan.frameOptions, Override: plan.override },
          ReferrerPolicy: { ReferrerPolicy: plan.referrerPolicy, Override: plan.override },
        },
      },
    },
  };
}

/** A private, encrypted bucket kept when the stack is deleted (it holds the site's files). */
export function bucketResources(bucket: BucketPlan, projectName: string): Record<string, CfnResource> {
  const id = bucketId(bucket.key);
  return {
    [id]: {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      },
    },
    [`${id}Policy`]: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref(id),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AllowCloudFrontReadThroughOriginAccessControl',
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: 's3:GetObject',
              Resource: sub({ variable: `${id}.Arn` }, '/*'),
              Condition: { StringEquals: { 'AWS:SourceArn': distributionArn() } },
            },
          ],
        },
      },
    },
    [bucketOacId(bucket.key)]: {
      Type: 'AWS::CloudFront::OriginAccessControl',
      Properties: {
        OriginAccessControlConfig: {
          Name: `${projectName}-${bucket.key.toLowerCase()}`,
          Description: `CloudFront reads ${bucket.purpose} from S3`,
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      },
    },
  };
}

export function lambdaOriginAccessControl(projectName: string): CfnResource {
  return {
    Type: 'AWS::CloudFront::OriginAccessControl',
    Properties: {
      OriginAccessControlConfig: {
        Name: `${projectName}-lambda-url`,
        Description: 'CloudFront signs requests to the Lambda function URL (SigV4)',
        OriginAccessControlOriginType: 'lambda',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    },
  };
}

/**
 * Both grants a Lambda URL behind OAC needs: `lambda:InvokeFunctionUrl`, and since October 2025 also
 * `lambda:InvokeFunction` (limited to calls through the function URL), each only for this distribution.
 */
export function lambdaPermissions(functionArn: string, sourceArn: Intrinsic): Record<string, CfnResource> {
  const common = { FunctionName: functionArn, Principal: 'cloudfront.amazonaws.com', SourceArn: sourceArn };
  return {
    CloudFrontInvokeFunctionUrlPermission: {
      Type: 'AWS::Lambda::Permission',
      Properties: { ...common, Action: 'lambda:InvokeFunctionUrl', FunctionUrlAuthType: 'AWS_IAM' },
    },
    CloudFrontInvokeFunctionPermission: {
      Type: 'AWS::Lambda::Permission',
      Properties: { ...common, Action: 'lambda:InvokeFunction', InvokedViaFunctionUrl: true },
    },
  };
}

export function certificate(plan: Extract<CertificatePlan, { kind: 'create-dns-validated' }>): CfnResource {
  const names = [plan.domainName, ...plan.subjectAlternativeNames];
  return {
    Type: 'AWS::CertificateManager::Certificate',
    Properties: {
      DomainName: plan.domainName,
      ...(plan.subjectAlternativeNames.length > 0
        ? { SubjectAlternativeNames: plan.subjectAlternativeNames }
        : {}),
      ValidationMethod: 'DNS',
      DomainValidationOptions: names.map((name) => ({
        DomainName: name,
        HostedZoneId: ref(HOSTED_ZONE_PARAMETER),
      })),
    },
  };
}

/** A logical ID fragment for a domain: `www.example.com` → `WwwExampleCom`. */
export function domainLogicalId(name: string): string {
  return name
    .split(/[.-]/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A and (with IPv6) AAAA alias records for every alias, pointing at the distribution. */
export function aliasRecords(dns: NonNullable<DistributionPlan['dnsRecords']>): Record<string, CfnResource> {
  const records: Record<string, CfnResource> = {};
  dns.names.forEach((name, index) => {
    // Names differing only in hyphens would collide: the index keeps logical IDs unique.
    const base = `${domainLogicalId(name)}${index === 0 ? '' : index + 1}`;
    for (const type of dns.ipv6 ? ['A', 'AAAA'] : ['A']) {
      records[`${base}${type}Record`] = {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: ref(HOSTED_ZONE_PARAMETER),
          Name: name,
          Type: type,
          AliasTarget: {
            DNSName: getAtt(DISTRIBUTION_ID, 'DomainName'),
            HostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID,
            EvaluateTargetHealth: false,
          },
        },
      };
    }
  });
  return records;
}
