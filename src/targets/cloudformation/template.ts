import type { BehaviorPlan, DistributionPlan, OriginPlan, PolicyRef } from '../../model/legacy-plan';
import { ALLOWED_METHOD_LISTS } from '../../model/legacy-plan';
import { getAtt, ref, type Intrinsic } from '../emit/cloudformation';
import {
  CERTIFICATE_ARN_PARAMETER,
  CERTIFICATE_ID,
  DISTRIBUTION_ID,
  FUNCTION_ID,
  HOSTED_ZONE_PARAMETER,
  LAMBDA_OAC_ID,
  aliasRecords,
  bucketId,
  bucketOacId,
  bucketResources,
  cachePolicy,
  cachePolicyId,
  certificate,
  distributionArn,
  lambdaOriginAccessControl,
  lambdaPermissions,
  responseHeadersPolicy,
  responseHeadersPolicyId,
  viewerRequestFunction,
  type CfnResource,
} from './resources';
import { lambdaFunctionRegion, STACK_REGION } from './stack-region';

export interface CloudFormationTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, { Description: string; Value: unknown }>;
}

/** The main stack (deployed in us-east-1): everything but a Lambda permission for a function in another region. */
export function cloudFormationTemplate(plan: DistributionPlan): CloudFormationTemplate {
  const parameters: NonNullable<CloudFormationTemplate['Parameters']> = {};
  const resources: Record<string, CfnResource> = {};

  if (plan.certificate.kind === 'existing') {
    parameters[CERTIFICATE_ARN_PARAMETER] = {
      Type: 'String',
      Description: 'ARN of an ACM certificate in us-east-1 covering every alternate domain name',
      Default: plan.certificate.arn,
      AllowedPattern: '^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]{36}$',
      ConstraintDescription: 'CloudFront needs an ACM certificate from us-east-1',
    };
  }
  const hostedZoneId =
    plan.dnsRecords?.hostedZoneId ??
    (plan.certificate.kind === 'create-dns-validated' ? plan.certificate.hostedZoneId : null);
  if (hostedZoneId !== null) {
    parameters[HOSTED_ZONE_PARAMETER] = {
      Type: 'AWS::Route53::HostedZone::Id',
      Description: 'The Route 53 hosted zone that holds the domain names',
      Default: hostedZoneId,
    };
  }
  if (plan.originSecretHeader !== null) {
    parameters[plan.originSecretHeader.parameterName] = {
      Type: 'String',
      NoEcho: true,
      MinLength: 32,
      Description: `Secret value CloudFront sends in ${plan.originSecretHeader.name}; Django rejects requests without it (e.g. openssl rand -hex 32)`,
    };
  }

  if (plan.viewerRequestFunction !== null)
    resources[FUNCTION_ID] = viewerRequestFunction(plan.viewerRequestFunction);
  for (const policy of plan.cachePolicies) resources[cachePolicyId(policy.key)] = cachePolicy(policy);
  if (plan.responseHeadersPolicy !== null) {
    resources[responseHeadersPolicyId(plan.responseHeadersPolicy.key)] = responseHeadersPolicy(
      plan.responseHeadersPolicy,
    );
  }
  for (const bucket of plan.buckets) Object.assign(resources, bucketResources(bucket, plan.projectName));
  if (plan.origins.some((origin) => origin.kind === 'https' && origin.originAccessControl === 'lambda')) {
    resources[LAMBDA_OAC_ID] = lambdaOriginAccessControl(plan.projectName);
  }
  if (plan.lambdaOriginAccess !== null && lambdaFunctionRegion(plan) === STACK_REGION) {
    Object.assign(resources, lambdaPermissions(plan.lambdaOriginAccess.functionArn, distributionArn()));
  }
  if (plan.certificate.kind === 'create-dns-validated')
    resources[CERTIFICATE_ID] = certificate(plan.certificate);
  resources[DISTRIBUTION_ID] = distribution(plan);
  if (plan.dnsRecords !== null) Object.assign(resources, aliasRecords(plan.dnsRecords));

  const outputs: NonNullable<CloudFormationTemplate['Outputs']> = {
    DistributionId: { Description: 'CloudFront distribution ID', Value: ref(DISTRIBUTION_ID) },
    DistributionDomainName: {
      Description: 'Point the domain names here (CNAME or alias) if Route 53 records are not created',
      Value: getAtt(DISTRIBUTION_ID, 'DomainName'),
    },
    DistributionArn: { Description: 'CloudFront distribution ARN', Value: distributionArn() },
  };
  for (const bucket of plan.buckets) {
    outputs[`${bucketId(bucket.key)}Name`] = {
      Description: `S3 bucket for ${bucket.purpose}`,
      Value: ref(bucketId(bucket.key)),
    };
  }

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: templateDescription(plan.aliases),
    ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
    Resources: resources,
    Outputs: outputs,
  };
}

function policyId(policy: PolicyRef, customLogicalId: (key: string) => string): string | Intrinsic {
  return policy.kind === 'managed' ? policy.policy.id : getAtt(customLogicalId(policy.key), 'Id');
}

/** CloudFormation caps a template description at 1024 bytes; 21 long domain names would not fit. */
function templateDescription(aliases: string[]): string {
  const listed = aliases.join(', ');
  const names = listed.length <= 300 ? listed : `${aliases[0] ?? ''} and ${aliases.length - 1} more names`;
  return `CloudFront in front of Django for ${names} (generated by CloudFront Django Wizard)`;
}

function noCustomOriginRequestPolicy(key: string): never {
  throw new Error(`The plan has no custom origin request policy resource for ${key}`);
}

function behavior(plan: DistributionPlan, behaviorPlan: BehaviorPlan): Record<string, unknown> {
  return {
    ...(behaviorPlan.pathPattern !== null ? { PathPattern: behaviorPlan.pathPattern } : {}),
    TargetOriginId: behaviorPlan.originId,
    ViewerProtocolPolicy: behaviorPlan.viewerProtocolPolicy,
    AllowedMethods: ALLOWED_METHOD_LISTS[behaviorPlan.allowedMethods],
    CachedMethods: ALLOWED_METHOD_LISTS[behaviorPlan.cachedMethods],
    Compress: behaviorPlan.compress,
    CachePolicyId: policyId(behaviorPlan.cachePolicy, cachePolicyId),
    ...(behaviorPlan.originRequestPolicy !== null
      ? { OriginRequestPolicyId: policyId(behaviorPlan.originRequestPolicy, noCustomOriginRequestPolicy) }
      : {}),
    ...(behaviorPlan.responseHeadersPolicy !== null
      ? { ResponseHeadersPolicyId: policyId(behaviorPlan.responseHeadersPolicy, responseHeadersPolicyId) }
      : {}),
    ...(behaviorPlan.viewerRequestFunction && plan.viewerRequestFunction !== null
      ? {
          FunctionAssociations: [
            { EventType: 'viewer-request', FunctionARN: getAtt(FUNCTION_ID, 'FunctionARN') },
          ],
        }
      : {}),
  };
}

function origin(plan: DistributionPlan, originPlan: OriginPlan): Record<string, unknown> {
  if (originPlan.kind === 's3') {
    return {
      Id: originPlan.id,
      DomainName: getAtt(bucketId(originPlan.bucketKey), 'RegionalDomainName'),
      // OAC signs the requests; the legacy origin access identity stays empty.
      S3OriginConfig: { OriginAccessIdentity: '' },
      OriginAccessControlId: getAtt(bucketOacId(originPlan.bucketKey), 'Id'),
    };
  }
  return {
    Id: originPlan.id,
    DomainName: originPlan.domainName,
    ...(originPlan.originPath !== '' ? { OriginPath: originPlan.originPath } : {}),
    CustomOriginConfig: {
      OriginProtocolPolicy: originPlan.protocolPolicy,
      OriginSSLProtocols: originPlan.sslProtocols,
      HTTPSPort: 443,
    },
    ...(plan.originSecretHeader !== null
      ? {
          OriginCustomHeaders: [
            {
              HeaderName: plan.originSecretHeader.name,
              HeaderValue: ref(plan.originSecretHeader.parameterName),
            },
          ],
        }
      : {}),
    ...(originPlan.originAccessControl === 'lambda'
      ? { OriginAccessControlId: getAtt(LAMBDA_OAC_ID, 'Id') }
      : {}),
  };
}

function distribution(plan: DistributionPlan): CfnResource {
  const certificateArn =
    plan.certificate.kind === 'existing' ? ref(CERTIFICATE_ARN_PARAMETER) : ref(CERTIFICATE_ID);
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Comment: plan.comment,
        Aliases: plan.aliases,
        PriceClass: plan.priceClass,
        HttpVersion: plan.httpVersion,
        IPV6Enabled: plan.ipv6,
        ViewerCertificate: {
          AcmCertificateArn: certificateArn,
          SslSupportMethod: 'sni-only',
          MinimumProtocolVersion: plan.minimumTlsVersion,
        },
        Origins: plan.origins.map((originPlan) => origin(plan, originPlan)),
        DefaultCacheBehavior: behavior(plan, plan.defaultBehavior),
        ...(plan.additionalBehaviors.length > 0
          ? { CacheBehaviors: plan.additionalBehaviors.map((item) => behavior(plan, item)) }
          : {}),
        ...(plan.webAclArn !== null ? { WebACLId: plan.webAclArn } : {}),
        ...(plan.loggingBucket !== null
          ? {
              Logging: {
                Bucket: `${plan.loggingBucket}.s3.amazonaws.com`,
                IncludeCookies: false,
              },
            }
          : {}),
      },
    },
  };
}
