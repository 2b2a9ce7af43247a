import type { CreatedWebAclPlan, WafRulePlan, WafStatement, WafVisibility } from '../../model';
import { explained } from '../emit/explained';
import type { CfnResource } from './template-types';

/**
 * The created web ACL as an `AWS::WAFv2::WebACL` (CLOUDFRONT scope: the main stack is in us-east-1); each rule
 * and statement is the model's, written in CloudFormation's spelling of the WAFv2 API.
 */
export function webAclResource(plan: CreatedWebAclPlan): CfnResource {
  return {
    Type: 'AWS::WAFv2::WebACL',
    Properties: {
      Name: plan.name,
      Description: plan.description,
      Scope: explained('generated.webAcl.created', plan.scope),
      DefaultAction: explained('generated.webAcl.created', { Allow: {} }),
      VisibilityConfig: visibilityConfig(plan.visibility),
      Rules: plan.rules.map(ruleProperties),
    },
  };
}

function visibilityConfig(visibility: WafVisibility): Record<string, unknown> {
  return {
    MetricName: visibility.metricName,
    CloudWatchMetricsEnabled: visibility.cloudWatchMetrics,
    SampledRequestsEnabled: visibility.sampledRequests,
  };
}

function ruleProperties(rule: WafRulePlan): Record<string, unknown> {
  return {
    Name: explained(rule.describedBy, rule.name),
    Priority: rule.priority,
    ...('action' in rule ? { Action: { Block: {} } } : { OverrideAction: { None: {} } }),
    Statement: statement(rule.statement),
    VisibilityConfig: visibilityConfig(rule.visibility),
  };
}

function statement(node: WafStatement): Record<string, unknown> {
  switch (node.kind) {
    case 'managed-rule-group':
      return {
        ManagedRuleGroupStatement: {
          VendorName: node.vendorName,
          Name: node.name,
          ...(node.ruleActionOverrides.length > 0
            ? {
                RuleActionOverrides: node.ruleActionOverrides.map((override) => ({
                  Name: override.name,
                  ActionToUse: { Count: {} },
                })),
              }
            : {}),
        },
      };
    case 'label-match':
      return { LabelMatchStatement: { Scope: node.scope, Key: node.key } };
    case 'byte-match':
      return {
        ByteMatchStatement: {
          SearchString: node.searchString,
          FieldToMatch: { UriPath: {} },
          PositionalConstraint: node.positionalConstraint,
          TextTransformations: node.textTransformations.map((transformation) => ({
            Priority: transformation.priority,
            Type: transformation.type,
          })),
        },
      };
    case 'and':
      return { AndStatement: { Statements: node.statements.map(statement) } };
    case 'or':
      return { OrStatement: { Statements: node.statements.map(statement) } };
    case 'not':
      return { NotStatement: { Statement: statement(node.statement) } };
    case 'rate-based':
      return {
        RateBasedStatement: {
          Limit: node.limit,
          EvaluationWindowSec: node.evaluationWindowSec,
          AggregateKeyType: node.aggregateKeyType,
          ScopeDownStatement: statement(node.scopeDown),
        },
      };
  }
}
