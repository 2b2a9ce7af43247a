// Temporary: the plan shape the targets had before the deployment model, derived from it, so each target can
// move to `deploymentFor` on its own. Deleted once no target imports it.
import type { Config } from '../config/schema';
import { ORIGINS } from '../config/schema';
import type {
  AllowedMethods,
  BehaviorPlan,
  CachePolicyPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from './deployment';
import { ALLOWED_METHOD_LISTS } from './deployment';
import { deploymentFor } from './deployment-for';

export type {
  AllowedMethods,
  BehaviorPlan,
  CachePolicyPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
};
export { ALLOWED_METHOD_LISTS };

export const ORIGIN_SECRET_PARAMETER = 'OriginVerifySecret';

export interface BucketPlan {
  key: 'StaticFiles' | 'MediaFiles';
  purpose: string;
}

export type CertificatePlan =
  | { kind: 'existing'; arn: string }
  | {
      kind: 'create-dns-validated';
      domainName: string;
      subjectAlternativeNames: string[];
      hostedZoneId: string;
      hostedZoneName: string;
    };

export type OriginPlan =
  | {
      id: 'App';
      kind: 'https';
      domainName: string;
      originPath: string;
      protocolPolicy: 'https-only';
      sslProtocols: ['TLSv1.2'];
      originAccessControl: 'lambda' | null;
    }
  | { id: 'StaticFiles' | 'MediaFiles'; kind: 's3'; bucketKey: 'StaticFiles' | 'MediaFiles' };

export interface DistributionPlan {
  projectName: string;
  aliases: string[];
  certificate: CertificatePlan;
  dnsRecords: { hostedZoneId: string; hostedZoneName: string; names: string[]; ipv6: boolean } | null;
  viewerRequestFunction: ViewerRequestFunctionPlan | null;
  origins: OriginPlan[];
  defaultBehavior: BehaviorPlan;
  additionalBehaviors: (BehaviorPlan & { pathPattern: string })[];
  cachePolicies: CachePolicyPlan[];
  responseHeadersPolicy: ResponseHeadersPolicyPlan | null;
  buckets: BucketPlan[];
  originSecretHeader: { name: string; parameterName: string } | null;
  lambdaOriginAccess: { functionArn: string; region: string | undefined } | null;
  priceClass: Config['distribution']['priceClass'];
  httpVersion: Config['distribution']['httpVersion'];
  ipv6: boolean;
  minimumTlsVersion: Config['distribution']['minimumTlsVersion'];
  webAclArn: string | null;
  loggingBucket: string | null;
  comment: string;
}

export function distributionPlanFor(config: Config): DistributionPlan {
  const d = deploymentFor(config);
  const zone = d.hostedZone;
  const lambda = d.lambdaPermissions[0];
  return {
    projectName: d.projectName,
    aliases: d.distribution.aliases,
    certificate:
      d.certificate.kind === 'existing'
        ? d.certificate
        : {
            kind: 'create-dns-validated',
            domainName: d.certificate.domainName,
            subjectAlternativeNames: d.certificate.subjectAlternativeNames,
            hostedZoneId: zone?.id ?? '',
            hostedZoneName: zone?.name ?? '',
          },
    dnsRecords:
      d.dnsRecords.length > 0 && zone !== null
        ? {
            hostedZoneId: zone.id,
            hostedZoneName: zone.name,
            names: d.distribution.aliases,
            ipv6: d.distribution.ipv6,
          }
        : null,
    viewerRequestFunction: d.viewerRequestFunction,
    origins: d.distribution.origins.map((origin) =>
      origin.kind === 's3'
        ? { id: origin.id, kind: 's3', bucketKey: origin.bucket }
        : {
            id: 'App',
            kind: 'https',
            domainName: origin.domainName,
            originPath: origin.originPath,
            protocolPolicy: 'https-only',
            sslProtocols: ['TLSv1.2'],
            originAccessControl: origin.originAccessControl === null ? null : 'lambda',
          },
    ),
    defaultBehavior: d.distribution.defaultBehavior,
    additionalBehaviors: d.distribution.additionalBehaviors,
    cachePolicies: d.cachePolicies,
    responseHeadersPolicy: d.responseHeadersPolicy,
    buckets: d.buckets.map((bucket) => ({ key: bucket.key, purpose: bucket.purpose })),
    originSecretHeader:
      d.originSecret === null
        ? null
        : { name: d.originSecret.headerName, parameterName: ORIGIN_SECRET_PARAMETER },
    lambdaOriginAccess:
      lambda === undefined
        ? null
        : { functionArn: lambda.functionArn, region: ORIGINS['lambda-url'].regionOf(config.origin.endpoint) },
    priceClass: d.distribution.priceClass,
    httpVersion: d.distribution.httpVersion,
    ipv6: d.distribution.ipv6,
    minimumTlsVersion: d.distribution.minimumTlsVersion,
    webAclArn: d.distribution.webAclArn,
    loggingBucket: d.distribution.logging?.bucket ?? null,
    comment: d.distribution.comment,
  };
}
