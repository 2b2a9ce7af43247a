import { DOCS } from '../../sources/doc-links';
import type { GeneratedExplanation, GeneratedKey } from '../types';

/** The Django-safe web ACL the main stack creates, rule by rule. */
export const GENERATED_WEB_ACL_EXPLANATIONS = {
  'generated.webAcl.created': {
    title: 'AWS WAF web ACL (created, CLOUDFRONT scope)',
    summary:
      'The stack creates an AWS WAF web ACL for CloudFront and attaches it by its ARN; requests no rule blocks are allowed.',
    body:
      'A web ACL for CloudFront has the CLOUDFRONT scope and is made in us-east-1, which is why it sits in the ' +
      'main stack. The distribution names it by its ARN (WebACLId, web_acl_id, webAclId). Every rule keeps ' +
      'CloudWatch metrics and sampled requests, so the console shows what each rule matched. AWS WAF is charged ' +
      'per web ACL, per rule and per inspected request; on a CloudFront flat-rate pricing plan, AWS WAF reports ' +
      'a DisallowedFeature for anything the plan does not include.',
    links: [DOCS.wafForCloudFront, DOCS.webAclSetting, DOCS.wafCost, DOCS.wafDisallowedFeature],
  },
  'generated.webAcl.managedRuleGroups': {
    title: 'AWS managed rule groups',
    summary:
      'AWS’s core rule set, known bad inputs and Amazon IP reputation list (and the SQL database group if chosen) block common attacks.',
    body:
      'The groups are AWS’s, kept up to date by AWS: the core rule set covers common web exploits (OWASP Top 10 ' +
      'kinds), known bad inputs blocks request patterns known to be malicious, the IP reputation list blocks ' +
      'addresses Amazon’s threat intelligence flags. Each rule of a group keeps its own action (override action ' +
      'none). The core rule set’s SizeRestrictions_BODY, which blocks every body over 8 KB, is set to Count when ' +
      'you name paths that take large bodies: it then only labels the request, for the rule after it.',
    links: [DOCS.wafCoreRuleSet, DOCS.wafIpReputation, DOCS.wafSqlDatabase, DOCS.wafOverrideAction],
  },
  'generated.webAcl.largeBodies': {
    title: 'Bodies over 8 KB only on the paths you named',
    summary:
      'A request body over 8 KB is blocked unless the path starts with one you named (the admin, the upload views).',
    body:
      'The core rule set blocks request bodies over 8 KB, which breaks Django admin forms and uploads. Its ' +
      'SizeRestrictions_BODY rule counts instead and adds the label ' +
      'awswaf:managed:aws:core-rule-set:SizeRestrictions_Body; this rule, evaluated after the group (a label is ' +
      'seen only by later rules), blocks a labelled request whose percent-decoded path starts with none of your ' +
      'paths: label match AND NOT path match. On those paths the other rules still inspect the first 16 KB of ' +
      'the body, what CloudFront forwards to AWS WAF by default.',
    links: [
      DOCS.wafCoreRuleSet,
      DOCS.wafLabels,
      DOCS.wafLabelMatchExamples,
      DOCS.wafAndNotStatement,
      DOCS.wafBodyInspectionLimit,
    ],
  },
  'generated.webAcl.loginRateLimit': {
    title: 'Rate limit on the login paths',
    summary:
      'Each IP address may send only so many requests to the login paths in the window; above that, it is blocked for a while.',
    body:
      'A rate-based rule counts, per client IP address, the requests whose percent-decoded path starts with one of ' +
      'the login paths (scope-down statement), over the evaluation window (60, 120, 300 or 600 seconds). An ' +
      'address over the limit gets 403 on those paths until its rate falls below the limit again: password ' +
      'guessing slows to a crawl while people who mistype a password are not affected. AWS WAF applies the ' +
      'limit approximately, and its lowest limit is 10.',
    links: [DOCS.wafRateBasedSettings],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
