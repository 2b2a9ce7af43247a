import type { CertificatePlan, Deployment, DnsRecordPlan, LambdaPermissionPlan } from '../../model';
import { CLOUDFRONT_HOSTED_ZONE_ID } from '../../model/aws-constants';
import { getAtt } from '../emit/cloudformation';
import { explained } from '../emit/explained';
import { LOGICAL_IDS } from './logical-ids';
import { distributionArnIn } from './references';
import type { CfnResource } from './template-types';

/** One of CloudFront's grants on the function behind an OAC-signed URL, only for this distribution. */
export function lambdaPermission(deployment: Deployment, plan: LambdaPermissionPlan): CfnResource {
  return {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      FunctionName: plan.functionArn,
      Action: explained('generated.lambdaInvokePermission', plan.action),
      Principal: plan.principal,
      SourceArn: distributionArnIn(deployment, plan.stack),
      ...(plan.functionUrlAuthType !== null ? { FunctionUrlAuthType: plan.functionUrlAuthType } : {}),
      ...(plan.invokedViaFunctionUrl ? { InvokedViaFunctionUrl: true } : {}),
    },
  };
}

/** The hosted zone the model writes records to; a record or validation without one is a model error. */
function hostedZoneId(deployment: Deployment): string {
  if (deployment.hostedZone === null)
    throw new Error('The deployment writes DNS records without a hosted zone');
  return deployment.hostedZone.id;
}

/** A certificate validated by DNS records CloudFormation writes in the hosted zone. */
export function certificate(
  deployment: Deployment,
  plan: Extract<CertificatePlan, { kind: 'created' }>,
): CfnResource {
  const zone = hostedZoneId(deployment);
  return {
    Type: 'AWS::CertificateManager::Certificate',
    Properties: {
      DomainName: plan.domainName,
      ...(plan.subjectAlternativeNames.length > 0
        ? { SubjectAlternativeNames: plan.subjectAlternativeNames }
        : {}),
      ValidationMethod: explained('generated.certificate.dnsValidated', 'DNS'),
      DomainValidationOptions: [plan.domainName, ...plan.subjectAlternativeNames].map((name) => ({
        DomainName: name,
        HostedZoneId: zone,
      })),
    },
  };
}

/** An alias record pointing one name at the distribution. */
export function dnsRecord(deployment: Deployment, plan: DnsRecordPlan): CfnResource {
  return {
    Type: 'AWS::Route53::RecordSet',
    Properties: {
      HostedZoneId: hostedZoneId(deployment),
      Name: plan.name,
      Type: plan.type,
      AliasTarget: explained('generated.dnsRecords', {
        DNSName: getAtt(LOGICAL_IDS.distribution, 'DomainName'),
        HostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID,
        EvaluateTargetHealth: false,
      }),
    },
  };
}
