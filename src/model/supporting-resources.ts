import type { Config } from '../config/schema';
import { allDomains } from '../config/schema';
import { ACM_FIRST_NAME_MAX } from '../config/aws-limits';
import { CLOUDFRONT_CONTROL_REGION, CLOUDFRONT_SERVICE_PRINCIPAL } from './aws-constants';
import type {
  BucketPlan,
  BucketPolicyStatementPlan,
  CertificatePlan,
  DnsRecordPlan,
  HostedZonePlan,
  LambdaPermissionPlan,
  OriginAccessControlPlan,
  OriginSecretPlan,
  StackKey,
} from './deployment';
import { fileBehavioursOf } from './distribution';
import { urlPrefixOf } from './django-settings';
import { uniquePascalIds } from './names';

/**
 * What a private bucket's policy says, for every target alike: CloudFront (this distribution only, through
 * origin access control) may read objects, and nobody may use the bucket over plain HTTP.
 */
export const BUCKET_POLICY: readonly BucketPolicyStatementPlan[] = [
  {
    sid: 'AllowCloudFrontServicePrincipalReadOnly',
    effect: 'Allow',
    principal: { service: CLOUDFRONT_SERVICE_PRINCIPAL },
    actions: ['s3:GetObject'],
    resources: ['objects'],
    condition: { test: 'StringEquals', variable: 'AWS:SourceArn', value: 'distribution-arn' },
  },
  {
    sid: 'DenyInsecureTransport',
    effect: 'Deny',
    principal: '*',
    actions: ['s3:*'],
    resources: ['bucket', 'objects'],
    condition: { test: 'Bool', variable: 'aws:SecureTransport', value: 'false' },
  },
];

/**
 * The key prefix of a bucket's objects: the S3 origin has no origin path, so CloudFront asks S3 for the viewer's
 * path without its leading slash (`/static/css/app.css` → key `static/css/app.css`).
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath
 */
export function objectKeyPrefixOf(pathPattern: string): string {
  return urlPrefixOf(pathPattern).replace(/^\//, '');
}

export function bucketsFor(config: Config): BucketPlan[] {
  return fileBehavioursOf(config)
    .filter((files) => files.s3)
    .map((files) => ({
      stack: 'main',
      key: files.key,
      purpose: files.purpose,
      namePrefix: `${config.projectName.slice(0, 24)}-${files.key === 'StaticFiles' ? 'static' : 'media'}-`,
      encryption: 'SSE-S3',
      blockPublicAccess: true,
      objectOwnership: 'BucketOwnerEnforced',
      retainOnDelete: true,
      objectKeyPrefix: objectKeyPrefixOf(files.pathPattern),
      pathPattern: files.pathPattern,
      policy: [...BUCKET_POLICY],
    }));
}

export function originAccessControlsFor(config: Config, buckets: BucketPlan[]): OriginAccessControlPlan[] {
  const controls: OriginAccessControlPlan[] = buckets.map((bucket) => ({
    stack: 'main',
    key: bucket.key,
    name: `${config.projectName}-${bucket.key.toLowerCase()}`,
    description: `CloudFront reads ${bucket.purpose} from S3`,
    originType: 's3',
    signingBehavior: 'always',
    signingProtocol: 'sigv4',
  }));
  if (config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac') {
    controls.push({
      stack: 'main',
      key: 'LambdaUrl',
      name: `${config.projectName}-lambda-url`,
      description: 'CloudFront signs requests to the Lambda function URL (SigV4)',
      originType: 'lambda',
      signingBehavior: 'always',
      signingProtocol: 'sigv4',
    });
  }
  return controls;
}

/**
 * Both grants an OAC-signed function URL needs: `lambda:InvokeFunctionUrl`, and since October 2025 also
 * `lambda:InvokeFunction` limited to calls through the function URL; each only for this distribution.
 */
export function lambdaPermissionsFor(config: Config, stack: StackKey): LambdaPermissionPlan[] {
  if (config.origin.type !== 'lambda-url' || config.origin.lambdaUrlAuth !== 'oac') return [];
  const common = {
    stack,
    functionArn: config.origin.lambdaFunctionArn,
    principal: CLOUDFRONT_SERVICE_PRINCIPAL,
    sourceArn: 'distribution-arn' as const,
  };
  return [
    {
      ...common,
      key: 'InvokeFunctionUrl',
      action: 'lambda:InvokeFunctionUrl',
      functionUrlAuthType: 'AWS_IAM',
      invokedViaFunctionUrl: false,
    },
    {
      ...common,
      key: 'InvokeFunction',
      action: 'lambda:InvokeFunction',
      functionUrlAuthType: null,
      invokedViaFunctionUrl: true,
    },
  ];
}

/** A created certificate's subject is the first name ACM can put there (at most 64 characters); the rest are SANs. */
export function certificateFor(config: Config): CertificatePlan {
  if (config.certificate.source === 'existing-arn') return { kind: 'existing', arn: config.certificate.arn };
  const names = allDomains(config);
  const subject =
    names.find((name) => name.length <= ACM_FIRST_NAME_MAX) ?? names[0] ?? config.domains.primary;
  return {
    kind: 'created',
    stack: 'main',
    domainName: subject,
    subjectAlternativeNames: names.filter((name) => name !== subject),
    validation: 'dns',
  };
}

export function hostedZoneFor(config: Config): HostedZonePlan | null {
  const needed = config.dns.createRecords || config.certificate.source === 'create-dns-validated';
  return needed ? { id: config.dns.hostedZoneId, name: config.dns.hostedZoneName } : null;
}

export function dnsRecordsFor(config: Config): DnsRecordPlan[] {
  if (!config.dns.createRecords) return [];
  const names = allDomains(config);
  const ids = uniquePascalIds(names);
  return names.flatMap((name, index) =>
    (config.distribution.ipv6 ? (['A', 'AAAA'] as const) : (['A'] as const)).map((type) => ({
      stack: 'main' as const,
      name,
      type,
      id: ids[index] ?? `Record${index + 1}`,
    })),
  );
}

/** The Secrets Manager secret with the origin header's value: in us-east-1, beside the stack that reads it. */
export function originSecretFor(config: Config): OriginSecretPlan | null {
  if (!config.originProtection.secretHeader) return null;
  return {
    headerName: config.originProtection.headerName,
    secretName: `${config.projectName}/cloudfront-origin-verify`,
    secretRegion: CLOUDFRONT_CONTROL_REGION,
    versionId: {
      parameter: 'OriginHeaderVersionId',
      variable: 'origin_header_version_id',
      shellVariable: 'ORIGIN_HEADER_VERSION_ID',
      pattern: '^[A-Za-z0-9-]{32,64}$',
      description:
        'The version id of the origin secret CloudFront sends (its AWSCURRENT version when you deploy); a new id after a rotation updates the distribution',
      stage: 'AWSCURRENT',
    },
  };
}
