import type {
  BucketPlan,
  CertificatePlan,
  DnsRecordPlan,
  HostedZonePlan,
  LambdaPermissionPlan,
  OriginAccessControlPlan,
  OriginSecretPlan,
  OutputPlan,
} from '../../model';
import { SIGNING } from './enum-members';
import {
  attribute,
  bool,
  member,
  newObject,
  prop,
  props,
  ref,
  staticCall,
  str,
  type CdkOutput,
  type CdkStatement,
  type CdkValue,
} from './graph';
import { VARIABLES, bucketVariable, oacVariable } from './variables';

const scope: CdkValue = { kind: 'scope' };

export function hostedZoneStatement(zone: HostedZonePlan): CdkStatement {
  return {
    kind: 'value',
    name: VARIABLES.hostedZone,
    value: staticCall(
      'route53',
      'HostedZone',
      'fromHostedZoneAttributes',
      [scope, str('HostedZone')],
      [prop('hostedZoneId', str(zone.id)), prop('zoneName', str(zone.name))],
    ),
    keys: [],
  };
}

export function certificateStatement(certificate: CertificatePlan): CdkStatement {
  if (certificate.kind === 'existing') {
    return {
      kind: 'value',
      name: VARIABLES.certificate,
      value: staticCall('acm', 'Certificate', 'fromCertificateArn', [
        scope,
        str('Certificate'),
        str(certificate.arn),
      ]),
      keys: ['generated.certificate.existing'],
    };
  }
  return {
    kind: 'construct',
    name: VARIABLES.certificate,
    module: 'acm',
    type: 'Certificate',
    id: 'Certificate',
    props: props(
      prop('domainName', str(certificate.domainName)),
      certificate.subjectAlternativeNames.length > 0 &&
        prop('subjectAlternativeNames', {
          kind: 'array',
          items: certificate.subjectAlternativeNames.map(str),
        }),
      prop(
        'validation',
        staticCall('acm', 'CertificateValidation', 'fromDns', [ref(VARIABLES.hostedZone)]),
        'generated.certificate.dnsValidated',
      ),
    ),
    keys: ['generated.certificate.dnsValidated'],
  };
}

/** The header value, as a dynamic reference CloudFormation resolves at deploy time (never in the template). */
export function originSecretStatement(secret: OriginSecretPlan): CdkStatement {
  return {
    kind: 'value',
    name: VARIABLES.secret,
    value: {
      kind: 'invoke',
      on: staticCall('core', 'SecretValue', 'secretsManager', [str(secret.secretName)]),
      method: 'unsafeUnwrap',
      args: [],
    },
    keys: ['generated.originSecretHeader'],
    comment: `CloudFront sends this value in ${secret.headerName}; it stays in Secrets Manager (a dynamic reference).`,
  };
}

export function bucketStatement(bucket: BucketPlan): CdkStatement {
  return {
    kind: 'construct',
    name: bucketVariable(bucket.key),
    module: 's3',
    type: 'Bucket',
    id: `${bucket.key}Bucket`,
    props: props(
      bucket.blockPublicAccess && prop('blockPublicAccess', member('s3', 'BlockPublicAccess', 'BLOCK_ALL')),
      prop('encryption', member('s3', 'BucketEncryption', 'S3_MANAGED')),
      // enforceSSL writes the DenyInsecureTransport statement of the model's bucket policy.
      prop(
        'enforceSSL',
        bool(bucket.policy.some((statement) => statement.effect === 'Deny')),
        'generated.bucketPolicy',
      ),
      prop('objectOwnership', member('s3', 'ObjectOwnership', 'BUCKET_OWNER_ENFORCED')),
      prop('removalPolicy', member('core', 'RemovalPolicy', bucket.retainOnDelete ? 'RETAIN' : 'DESTROY')),
    ),
    keys: ['generated.s3FilesOrigin'],
    comment: `${bucket.purpose}: private, read only by CloudFront.`,
  };
}

export function originAccessControlStatement(control: OriginAccessControlPlan): CdkStatement {
  const lambda = control.originType === 'lambda';
  return {
    kind: 'construct',
    name: oacVariable(control.key),
    module: 'cloudfront',
    type: lambda ? 'FunctionUrlOriginAccessControl' : 'S3OriginAccessControl',
    id: `${control.key}OriginAccessControl`,
    props: props(
      prop('originAccessControlName', str(control.name)),
      prop('description', str(control.description)),
      prop(
        'signing',
        member('cloudfront', 'Signing', SIGNING[`${control.signingBehavior}-${control.signingProtocol}`]),
      ),
    ),
    keys: lambda ? ['generated.lambdaOriginAccessControl'] : ['generated.s3FilesOrigin'],
  };
}

/** One grant of the function URL (both are needed since October 2025; aws-cdk issue 35872), for this distribution. */
export function lambdaPermissionStatement(
  permission: LambdaPermissionPlan,
  sourceArn: CdkValue,
): CdkStatement {
  return {
    kind: 'construct',
    name: null,
    module: 'lambda',
    type: 'CfnPermission',
    id: `${permission.key}Permission`,
    props: props(
      prop('action', str(permission.action)),
      prop('functionName', str(permission.functionArn)),
      prop('principal', str(permission.principal)),
      prop('sourceArn', sourceArn),
      permission.functionUrlAuthType !== null &&
        prop('functionUrlAuthType', str(permission.functionUrlAuthType)),
      permission.invokedViaFunctionUrl && prop('invokedViaFunctionUrl', bool(true)),
    ),
    keys: ['generated.lambdaInvokePermission'],
  };
}

export function aliasTargetStatement(): CdkStatement {
  return {
    kind: 'value',
    name: VARIABLES.aliasTarget,
    value: staticCall('route53', 'RecordTarget', 'fromAlias', [
      newObject('route53Targets', 'CloudFrontTarget', [ref(VARIABLES.distribution)]),
    ]),
    keys: [],
  };
}

export function dnsRecordStatement(record: DnsRecordPlan): CdkStatement {
  return {
    kind: 'construct',
    name: null,
    module: 'route53',
    type: record.type === 'A' ? 'ARecord' : 'AaaaRecord',
    id: `${record.id}${record.type === 'A' ? 'A' : 'Aaaa'}`,
    props: [
      prop('zone', ref(VARIABLES.hostedZone)),
      prop('recordName', str(record.name)),
      prop('target', ref(VARIABLES.aliasTarget)),
    ],
    keys: ['generated.dnsRecords'],
  };
}

const DISTRIBUTION_ATTRIBUTES = {
  id: 'distributionId',
  domainName: 'distributionDomainName',
  arn: 'distributionArn',
};

/** What an output (or a value another stack reads) is, in the stack that has the resource. */
export function outputValue(value: OutputPlan['value']): CdkValue {
  if (value.of === 'distribution')
    return attribute(VARIABLES.distribution, DISTRIBUTION_ATTRIBUTES[value.attribute]);
  return attribute(bucketVariable(value.bucket), 'bucketName');
}

export function outputOf(output: OutputPlan): CdkOutput {
  return { id: output.key, description: output.description, value: outputValue(output.value) };
}
