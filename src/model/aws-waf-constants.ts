/**
 * AWS WAF names the created web ACL uses, spelled exactly as AWS does: the managed rule groups (vendor AWS), the
 * core rule set's rule that blocks bodies over 8 KB, and the label that rule adds to every request it matches.
 * https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-baseline.html
 */
export interface ManagedRuleGroup {
  /** This table's own name for the group. */
  key: 'coreRuleSet' | 'knownBadInputs' | 'amazonIpReputation' | 'sqlDatabase';
  vendorName: 'AWS';
  /** The group's name in a ManagedRuleGroupStatement. */
  name: string;
  docUrl: string;
}

const WAF_GUIDE = 'https://docs.aws.amazon.com/waf/latest/developerguide';

export const MANAGED_RULE_GROUPS = {
  coreRuleSet: {
    key: 'coreRuleSet',
    vendorName: 'AWS',
    name: 'AWSManagedRulesCommonRuleSet',
    docUrl: `${WAF_GUIDE}/aws-managed-rule-groups-baseline.html#aws-managed-rule-groups-baseline-crs`,
  },
  knownBadInputs: {
    key: 'knownBadInputs',
    vendorName: 'AWS',
    name: 'AWSManagedRulesKnownBadInputsRuleSet',
    docUrl: `${WAF_GUIDE}/aws-managed-rule-groups-baseline.html`,
  },
  amazonIpReputation: {
    key: 'amazonIpReputation',
    vendorName: 'AWS',
    name: 'AWSManagedRulesAmazonIpReputationList',
    docUrl: `${WAF_GUIDE}/aws-managed-rule-groups-ip-rep.html#aws-managed-rule-groups-ip-rep-amazon`,
  },
  sqlDatabase: {
    key: 'sqlDatabase',
    vendorName: 'AWS',
    name: 'AWSManagedRulesSQLiRuleSet',
    docUrl: `${WAF_GUIDE}/aws-managed-rule-groups-use-case.html#aws-managed-rule-groups-use-case-sql-db`,
  },
} as const satisfies Record<string, ManagedRuleGroup>;

/** The core rule set's rule that blocks request bodies over 8 KB (8,192 bytes). */
export const CRS_BODY_SIZE_RULE = 'SizeRestrictions_BODY';

/** The label that rule adds to a request it matches, also when its action is overridden to Count. */
export const CRS_BODY_SIZE_LABEL = 'awswaf:managed:aws:core-rule-set:SizeRestrictions_Body';

/** The size above which the core rule set's body rule matches, in bytes. */
export const CRS_BODY_SIZE_LIMIT_BYTES = 8192;
