import type { BehaviorPlan, Deployment, GeneratedKey, OriginPlan, PolicyRef } from '../../model';
import { ALLOWED_METHOD_LISTS } from '../../model';
import { getAtt, ref, secretsManagerVersionReference } from '../emit/cloudformation';
import { explained } from '../emit/explained';
import { LOGICAL_IDS } from './logical-ids';
import { vpcOriginConfig } from './private-origin-resources';
import { policyId } from './references';
import type { CfnResource } from './template-types';

/** Wraps a value in one `Explained` per key (none: the value itself). */
function tagged(keys: readonly GeneratedKey[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => explained(key, inner), value);
}

export function distribution(deployment: Deployment): CfnResource {
  const plan = deployment.distribution;
  const certificate = deployment.certificate;
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Comment: plan.comment,
        Aliases: explained('generated.aliases', plan.aliases),
        PriceClass: explained('generated.priceClass', plan.priceClass),
        HttpVersion: explained('generated.httpVersion', plan.httpVersion),
        IPV6Enabled: explained('generated.ipv6', plan.ipv6),
        ViewerCertificate: {
          AcmCertificateArn:
            certificate.kind === 'existing'
              ? explained('generated.certificate.existing', certificate.arn)
              : explained('generated.certificate.dnsValidated', ref(LOGICAL_IDS.certificate)),
          SslSupportMethod: plan.sslSupportMethod,
          MinimumProtocolVersion: explained('generated.minimumTlsVersion', plan.minimumTlsVersion),
        },
        Origins: plan.origins.map((origin) => originConfig(deployment, origin)),
        DefaultCacheBehavior: behavior(deployment, plan.defaultBehavior),
        ...(plan.additionalBehaviors.length > 0
          ? { CacheBehaviors: plan.additionalBehaviors.map((item) => behavior(deployment, item)) }
          : {}),
        ...webAclId(deployment),
        ...(plan.logging !== null
          ? {
              Logging: explained('generated.logging', {
                Bucket: plan.logging.bucketDomainName,
                IncludeCookies: plan.logging.includeCookies,
              }),
            }
          : {}),
      },
    },
  };
}

/** The web ACL by ARN: the user's, or the created one's (a WAFv2 web ACL is named by its ARN, not its ID). */
function webAclId(deployment: Deployment): { WebACLId?: unknown } {
  const webAcl = deployment.webAcl;
  if (webAcl === null) return {};
  if (webAcl.kind === 'existing') return { WebACLId: explained('generated.webAcl', webAcl.arn) };
  return { WebACLId: explained('generated.webAcl.created', getAtt(LOGICAL_IDS.webAcl, 'Arn')) };
}

/** The header CloudFront adds, its value resolved from Secrets Manager by CloudFormation (never a parameter). */
function secretHeaders(deployment: Deployment): Record<string, unknown>[] {
  const secret = deployment.originSecret;
  if (secret === null) throw new Error('The app origin sends a secret header the deployment does not have');
  const stackRegion = deployment.stacks.find((stack) => stack.key === deployment.distribution.stack)?.region;
  // A dynamic reference by name reads the secret in the stack's own region.
  if (secret.secretRegion !== stackRegion)
    throw new Error(`The origin secret is in ${secret.secretRegion}, not beside the distribution's stack`);
  return [
    {
      HeaderName: secret.headerName,
      HeaderValue: secretsManagerVersionReference(secret.secretName, secret.versionId.parameter),
    },
  ];
}

function originConfig(deployment: Deployment, origin: OriginPlan): Record<string, unknown> {
  if (origin.kind === 's3') {
    return {
      Id: origin.id,
      DomainName: explained(
        'generated.s3FilesOrigin',
        getAtt(LOGICAL_IDS.bucket(origin.bucket), 'RegionalDomainName'),
      ),
      // Origin access control signs the requests; the legacy origin access identity stays empty.
      S3OriginConfig: { OriginAccessIdentity: '' },
      OriginAccessControlId: getAtt(LOGICAL_IDS.originAccessControl(origin.originAccessControl), 'Id'),
    };
  }
  if (origin.kind === 'vpc') return vpcAppOrigin(deployment, origin);
  return {
    Id: origin.id,
    DomainName: tagged(origin.describedBy === null ? [] : [origin.describedBy], origin.domainName),
    ...(origin.originPath !== '' ? { OriginPath: origin.originPath } : {}),
    CustomOriginConfig: {
      OriginProtocolPolicy: explained('generated.originProtocol', origin.protocolPolicy),
      OriginSSLProtocols: origin.sslProtocols,
      HTTPSPort: origin.httpsPort,
      HTTPPort: origin.httpPort,
    },
    ...(origin.secretHeader
      ? { OriginCustomHeaders: explained('generated.originSecretHeader', secretHeaders(deployment)) }
      : {}),
    ...(origin.originAccessControl !== null
      ? {
          OriginAccessControlId: explained(
            'generated.lambdaOriginAccessControl',
            getAtt(LOGICAL_IDS.originAccessControl(origin.originAccessControl), 'Id'),
          ),
        }
      : {}),
  };
}

/** The app origin behind a VPC origin: its name, the VPC origin it goes through, the headers CloudFront adds. */
function vpcAppOrigin(
  deployment: Deployment,
  origin: Extract<OriginPlan, { kind: 'vpc' }>,
): Record<string, unknown> {
  const vpc = deployment.privateOrigin?.vpcOrigin;
  if (vpc === undefined)
    throw new Error('The app origin goes through a VPC origin the deployment does not have');
  const headers = [
    ...origin.fixedHeaders.map((header) => ({ HeaderName: header.name, HeaderValue: header.value })),
    ...(origin.secretHeader ? secretHeaders(deployment) : []),
  ];
  const headerKeys: GeneratedKey[] = [
    ...(origin.fixedHeaders.length > 0 ? (['generated.viewerProtoHeader'] as const) : []),
    ...(origin.secretHeader ? (['generated.originSecretHeader'] as const) : []),
  ];
  return {
    Id: origin.id,
    DomainName: origin.domainName,
    ...(origin.originPath !== '' ? { OriginPath: origin.originPath } : {}),
    ...vpcOriginConfig(vpc),
    ...(headers.length > 0 ? { OriginCustomHeaders: tagged(headerKeys, headers) } : {}),
  };
}

function cachePolicyKeys(policy: PolicyRef): GeneratedKey[] {
  if (policy.kind === 'custom') return ['generated.cachePolicy.dynamicPages'];
  return policy.policy.key === 'cachingDisabled' ? ['generated.cachePolicy.cachingDisabled'] : [];
}

function originRequestPolicyKeys(policy: PolicyRef): GeneratedKey[] {
  if (policy.kind === 'managed' && policy.policy.key === 'allViewerExceptHostHeader')
    return ['generated.originRequestPolicy.allViewerExceptHostHeader'];
  if (policy.kind === 'managed' && policy.policy.key === 'allViewer')
    return ['generated.originRequestPolicy.allViewer'];
  return [];
}

const responseHeadersPolicyKey = (policy: PolicyRef): GeneratedKey =>
  policy.kind === 'managed' ? 'generated.securityHeaders.managed' : 'generated.securityHeaders.custom';

function behavior(deployment: Deployment, plan: BehaviorPlan): Record<string, unknown> {
  const { originRequestPolicy, responseHeadersPolicy } = plan;
  return {
    ...(plan.pathPattern !== null
      ? { PathPattern: explained('generated.filesBehaviour', plan.pathPattern) }
      : {}),
    TargetOriginId: plan.originId,
    ViewerProtocolPolicy: explained('generated.viewerProtocolPolicy', plan.viewerProtocolPolicy),
    AllowedMethods: explained('generated.allowedMethods', ALLOWED_METHOD_LISTS[plan.allowedMethods]),
    CachedMethods: ALLOWED_METHOD_LISTS[plan.cachedMethods],
    Compress: plan.compress,
    CachePolicyId: tagged(
      cachePolicyKeys(plan.cachePolicy),
      policyId(plan.cachePolicy, LOGICAL_IDS.cachePolicy),
    ),
    ...(originRequestPolicy !== null
      ? {
          OriginRequestPolicyId: tagged(
            originRequestPolicyKeys(originRequestPolicy),
            policyId(originRequestPolicy, noCustomOriginRequestPolicy),
          ),
        }
      : {}),
    ...(responseHeadersPolicy !== null
      ? {
          ResponseHeadersPolicyId: explained(
            responseHeadersPolicyKey(responseHeadersPolicy),
            policyId(responseHeadersPolicy, LOGICAL_IDS.responseHeadersPolicy),
          ),
        }
      : {}),
    ...(plan.viewerRequestFunction && deployment.viewerRequestFunction !== null
      ? {
          FunctionAssociations: explained('generated.forwardedHostFunction', [
            {
              EventType: 'viewer-request',
              FunctionARN: getAtt(LOGICAL_IDS.viewerRequestFunction, 'FunctionARN'),
            },
          ]),
        }
      : {}),
  };
}

/** The model has no custom origin request policy (every behaviour uses a managed one). */
function noCustomOriginRequestPolicy(key: string): never {
  throw new Error(`The deployment has no custom origin request policy resource for ${key}`);
}
