import type { StackKey } from './deployment';
import type { ManagedRuleGroup } from './aws-waf-constants';

/**
 * The web ACL in front of the distribution: one of the user's, by its ARN, or the Django-safe one the main stack
 * creates. The statements are AWS WAF's own (AND, OR, NOT, byte match, label match, managed rule group,
 * rate-based), so every target prints the same tree node by node and decides nothing.
 */
export type WebAclPlan = { kind: 'existing'; arn: string } | CreatedWebAclPlan;

export interface CreatedWebAclPlan {
  kind: 'created';
  stack: StackKey;
  /** Unique per account and scope: includes the project name. */
  name: string;
  description: string;
  /** A web ACL for CloudFront has the CLOUDFRONT scope and is made in us-east-1 (the main stack's region). */
  scope: 'CLOUDFRONT';
  /** What happens to a request no rule blocks. */
  defaultAction: 'allow';
  visibility: WafVisibility;
  /** In priority order (lowest first: AWS WAF evaluates them in that order). */
  rules: WafRulePlan[];
}

/** CloudWatch metrics and sampled requests, on for the web ACL and every rule, under one metric name each. */
export interface WafVisibility {
  metricName: string;
  cloudWatchMetrics: true;
  sampledRequests: true;
}

/** What a rule does: the wizard's own rules block; a managed rule group's rules keep their own actions. */
export type WafRuleAction = { action: 'block' } | { overrideAction: 'none' };

export type WafRulePlan = WafRuleAction & {
  name: string;
  /** Unique in the web ACL; a label is seen only by rules of a higher priority than the one that adds it. */
  priority: number;
  statement: WafStatement;
  visibility: WafVisibility;
  /** The explanation of the rule, tagged on its lines in every target. */
  describedBy: WafRuleKey;
};

export type WafRuleKey =
  'generated.webAcl.managedRuleGroups' | 'generated.webAcl.largeBodies' | 'generated.webAcl.loginRateLimit';

/** A text transformation applied before matching (Django routes on the percent-decoded path). */
export interface WafTextTransformation {
  priority: number;
  type: 'URL_DECODE';
}

export type WafStatement =
  | {
      kind: 'managed-rule-group';
      vendorName: ManagedRuleGroup['vendorName'];
      name: string;
      /** Rules of the group whose action is replaced (Count: they only label and count). */
      ruleActionOverrides: { name: string; actionToUse: 'count' }[];
    }
  | { kind: 'label-match'; scope: 'LABEL'; key: string }
  | {
      kind: 'byte-match';
      fieldToMatch: 'uri-path';
      positionalConstraint: 'STARTS_WITH';
      searchString: string;
      textTransformations: WafTextTransformation[];
    }
  | { kind: 'and'; statements: WafStatement[] }
  | { kind: 'or'; statements: WafStatement[] }
  | { kind: 'not'; statement: WafStatement }
  | {
      kind: 'rate-based';
      /** Requests per evaluation window and aggregation instance (here: per client IP address). */
      limit: number;
      evaluationWindowSec: number;
      aggregateKeyType: 'IP';
      /** Only the requests this matches are counted and limited. */
      scopeDown: WafStatement;
    };
