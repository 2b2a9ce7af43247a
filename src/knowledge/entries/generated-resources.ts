import { DOCS } from '../../sources/doc-links';
import type { GeneratedExplanation, GeneratedKey } from '../types';

/** What the stacks create around the distribution: certificate, buckets, records, and where each stack lives. */
export const GENERATED_RESOURCE_EXPLANATIONS = {
  'generated.certificate.existing': {
    title: 'Viewer certificate (existing, us-east-1)',
    summary: 'The distribution presents your ACM certificate to viewers, served with SNI.',
    body:
      'CloudFront only accepts ACM certificates from us-east-1, whatever region the rest of the stack is in, ' +
      'and the certificate must cover every alternate domain name.',
    links: [DOCS.cnamesAndHttps, DOCS.sslCertificateSetting],
  },
  'generated.certificate.dnsValidated': {
    title: 'Viewer certificate (created, DNS-validated, us-east-1)',
    summary:
      'The stack requests an ACM certificate for every domain name and proves you own them through DNS.',
    body:
      'The certificate is made in us-east-1, the only region CloudFront takes certificates from, and validated ' +
      'with DNS records in your hosted zone. ACM renews it automatically as long as those records stay.',
    links: [DOCS.acmDnsValidation, DOCS.cnamesAndHttps],
  },
  'generated.s3FilesOrigin': {
    title: 'Private S3 bucket behind origin access control',
    summary:
      'Static or media files live in a private, encrypted bucket that CloudFront reads by signing its requests.',
    body:
      'The bucket blocks all public access and enforces bucket-owner object ownership; CloudFront reads it with ' +
      'origin access control (SigV4). The bucket is kept when the stack is deleted, with its files.',
    links: [DOCS.s3Oac, DOCS.cacheBehaviorSettings],
  },
  'generated.bucketPolicy': {
    title: 'Bucket policy: this distribution only, HTTPS only',
    summary:
      'The bucket’s policy lets only this CloudFront distribution read files, and refuses every request that ' +
      'does not use HTTPS.',
    body:
      'The first statement allows s3:GetObject to the CloudFront service principal only when AWS:SourceArn is ' +
      'this distribution’s ARN, so no other distribution, in any account, can read the bucket through its own ' +
      'origin access control. The second denies every S3 action on the bucket and its objects to anyone when ' +
      'aws:SecureTransport is false: S3 accepts plain HTTP unless a policy refuses it.',
    links: [DOCS.s3Oac, DOCS.s3DenyInsecureTransport],
  },
  'generated.dnsRecords': {
    title: 'Route 53 alias records',
    summary: 'Each domain name gets an A alias record (and AAAA with IPv6) pointing at the distribution.',
    body:
      'Alias records to CloudFront always use the hosted zone ID Z2FDTNDATAQYW2; the apex can be an alias, ' +
      'where a CNAME would not be allowed.',
    links: [DOCS.route53AliasToCloudFront],
  },
  'generated.stackRegions': {
    title: 'Stack regions: us-east-1, and the function’s region for its permissions',
    summary:
      'Everything the distribution needs is made in one stack in us-east-1, whatever region ' +
      'Django runs in.',
    body:
      'CloudFront takes ACM certificates only from us-east-1, and a web ACL for CloudFront is made there too, ' +
      'so the distribution, its certificate, policies, function and buckets live together there. A Lambda ' +
      'permission is a statement in the function’s own policy, so with origin access control a second, small ' +
      'stack in the function’s region grants CloudFront the right to invoke it. CloudFormation cannot import ' +
      'an output across regions, so that stack is deployed after the main one and given its DistributionArn.',
    links: [
      DOCS.acmRegions,
      DOCS.wafForCloudFront,
      DOCS.lambdaPermissionResource,
      DOCS.crossRegionReferences,
    ],
  },
  'generated.accessLogDelivery': {
    title: 'Access logs: standard logging v2 to CloudWatch Logs, without cookies',
    summary:
      'CloudFront sends a JSON line per request to a CloudWatch Logs group the stack creates, kept for a set time.',
    body:
      'Standard logging v2 is three resources beside the distribution: a delivery source (the distribution, log ' +
      'type ACCESS_LOGS), a delivery destination (the log group) and the delivery, which lists the fields to ' +
      'write: every standard log field except cs(Cookie), so session and CSRF cookies (sessionid, csrftoken) ' +
      'never land in logs. The log group keeps lines for the retention you chose: they carry viewers’ IP ' +
      'addresses. CloudFront deliveries are made in us-east-1, the main stack’s region. The log group’s ' +
      'resource policy for the delivery service is added by CloudWatch Logs when the deploy creates the ' +
      'delivery (the deployer needs logs:PutResourcePolicy). The legacy S3 logging stays available.',
    links: [DOCS.standardLoggingV2, DOCS.standardLogFields, DOCS.logsDeliveryResource],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
