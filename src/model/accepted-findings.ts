import type { Config } from '../config/schema';
import type { BucketPlan, WebAclPlan } from './deployment';

/**
 * What a security review's automated checks report on this deployment that it accepts on purpose, each with the
 * reason printed beside the resource (the CDK apps acknowledge them for cdk-nag's AwsSolutions pack; the rule ids
 * are the CDK layer's, `targets/cdk/nag-rules.ts`). A check the deployment passes is not listed: every entry
 * must match a finding, or the suite fails (`cdk-app.contract.test.ts`).
 */
export interface AcceptedFindingPlan {
  resource: { of: 'distribution' } | { of: 'bucket'; bucket: BucketPlan['key'] };
  check: ReviewCheck;
  reason: string;
}

/** Target-neutral names of the checks (cdk-nag's CFR1, CFR2, CFR3 and S1). */
export type ReviewCheck = 'geo-restriction' | 'web-acl' | 'access-logs' | 'bucket-access-logs';

// Plain ASCII without quotes: the reasons are printed as string literals into TypeScript and Python.
const ACCESS_LOGS_FIELD = 'the Access logs field of the wizard (distribution.accessLogs)';

/**
 * The findings accepted for these resources. Geo restriction: a public site serves every country. WAF: only
 * when no web ACL is attached, and the reason names the choice that attaches one. Access logs: standard logging v2
 * is the fix (the check reads only the legacy property, cdklabs/cdk-nag#1876); off is the user's choice, which
 * the `no-access-logs` warning already flags. S3 server access logs on the files buckets: every viewer read comes
 * through CloudFront, whose access logs record it (S3 would log CloudFront's fetches again); writes are API calls
 * CloudTrail data events record (S3 User Guide: server access logging, CloudTrail data events).
 */
export function acceptedFindingsFor(
  config: Config,
  webAcl: WebAclPlan | null,
  buckets: BucketPlan[],
): AcceptedFindingPlan[] {
  const onDistribution = (check: ReviewCheck, reason: string): AcceptedFindingPlan => ({
    resource: { of: 'distribution' },
    check,
    reason,
  });
  const logs = config.distribution.accessLogs;
  const findings: AcceptedFindingPlan[] = [
    onDistribution(
      'geo-restriction',
      'A public website: CloudFront serves viewers in every country. Add a geoRestriction to the distribution ' +
        'only if the site must be limited to some countries.',
    ),
  ];
  if (webAcl === null)
    findings.push(
      onDistribution(
        'web-acl',
        'No AWS WAF web ACL is attached, as chosen in the AWS WAF field of the wizard (distribution.waf: none). ' +
          'Choose the Django-safe web ACL the stack creates, or the ARN of your own, to attach one.',
      ),
    );
  if (logs === 'cloudwatch-logs')
    findings.push(
      onDistribution(
        'access-logs',
        'Access logs go to CloudWatch Logs through standard logging v2 (the AccessLogDelivery resources of this ' +
          'stack); the check reads only the legacy Logging property (cdklabs/cdk-nag issue 1876).',
      ),
    );
  if (logs === 'off')
    findings.push(
      onDistribution(
        'access-logs',
        `Access logs are off, as chosen in ${ACCESS_LOGS_FIELD}: no viewer request is recorded. Choose ` +
          'CloudWatch Logs there to turn them on.',
      ),
    );
  const reads =
    logs === 'off'
      ? `the access logs of the distribution are off, as chosen in ${ACCESS_LOGS_FIELD}, so reads are not recorded`
      : 'the access logs of the distribution record each of those requests (S3 would log them again, as fetches by CloudFront)';
  for (const bucket of buckets)
    findings.push({
      resource: { of: 'bucket', bucket: bucket.key },
      check: 'bucket-access-logs',
      reason:
        `Viewers read ${bucket.purpose} only through CloudFront (origin access control), and ${reads}. ` +
        'Writes are S3 API calls: AWS CloudTrail data events log them when an object-level audit trail is needed.',
    });
  return findings;
}
