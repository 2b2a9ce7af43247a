import type { DocLink } from './doc-links';

const link = (title: string, url: string): DocLink => ({ title, url });
const WAF = 'https://docs.aws.amazon.com/waf/latest/developerguide';

/**
 * The pages the created web ACL rests on (issue 11: a Django-safe AWS WAF web ACL). Spread into DOCS; kept apart
 * so parallel work merges cleanly. Each was found with the docs search.
 */
export const WAF_DOCS = {
  wafCoreRuleSet: link(
    'AWS WAF: core rule set (CRS), SizeRestrictions_BODY blocks bodies over 8 KB, its labels',
    `${WAF}/aws-managed-rule-groups-baseline.html#aws-managed-rule-groups-baseline-crs`,
  ),
  wafIpReputation: link(
    'AWS WAF: Amazon IP reputation list managed rule group',
    `${WAF}/aws-managed-rule-groups-ip-rep.html#aws-managed-rule-groups-ip-rep-amazon`,
  ),
  wafSqlDatabase: link(
    'AWS WAF: SQL database managed rule group',
    `${WAF}/aws-managed-rule-groups-use-case.html#aws-managed-rule-groups-use-case-sql-db`,
  ),
  wafLabels: link(
    'AWS WAF: web request labels (seen by the rules evaluated after the one that adds them)',
    `${WAF}/waf-labels.html`,
  ),
  wafLabelMatchExamples: link(
    'AWS WAF: label match examples (matching a managed rule group’s label)',
    `${WAF}/waf-rule-label-match-examples.html`,
  ),
  wafAndNotStatement: link(
    'AWS WAF: AND rule statement (AND with NOT to leave out false positives)',
    `${WAF}/waf-rule-statement-type-and.html`,
  ),
  wafOverrideAction: link(
    'AWS WAF API: OverrideAction (to count one rule of a group, use a rule action override)',
    'https://docs.aws.amazon.com/waf/latest/APIReference/API_OverrideAction.html',
  ),
  wafRateBasedSettings: link(
    'AWS WAF: rate-based rule settings (evaluation window 60 to 600 seconds, lowest limit 10)',
    `${WAF}/waf-rule-statement-type-rate-based-high-level-settings.html`,
  ),
  wafBodyInspectionLimit: link(
    'CloudFormation: AWS::WAFv2::WebACL Body (CloudFront forwards the first 16 KB of a body to AWS WAF)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-wafv2-webacl-body.html',
  ),
  wafCost: link(
    'Guidelines for implementing AWS WAF: cost (charged per web ACL, rule and inspected request)',
    'https://docs.aws.amazon.com/whitepapers/latest/guidelines-for-implementing-aws-waf/cost-considerations.html',
  ),
  wafDisallowedFeature: link(
    'AWS WAF API: DisallowedFeature (a feature the flat-rate pricing plan lacks)',
    'https://docs.aws.amazon.com/waf/latest/APIReference/API_DisallowedFeature.html',
  ),
} as const satisfies Record<string, DocLink>;
