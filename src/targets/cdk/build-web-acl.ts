import type { CreatedWebAclPlan, WafRulePlan, WafStatement, WafVisibility, WebAclPlan } from '../../model';
import {
  array,
  attribute,
  bool,
  num,
  prop,
  str,
  struct,
  type CdkProp,
  type CdkStatement,
  type CdkValue,
} from './graph';
import { VARIABLES } from './variables';

/**
 * The created web ACL as the L1 `CfnWebACL` (aws-cdk-lib has no L2 for WAFv2), every rule and statement as the
 * model has it, each nested value with its jsii struct type so Python writes the same structs.
 */
const wafStruct = (type: string, props: CdkProp[]): CdkValue => struct('wafv2', `CfnWebACL.${type}`, props);
/** An empty JSON object (a property aws-cdk-lib types as `any`, such as `uriPath` or `none`). */
const EMPTY: CdkValue = { kind: 'map', entries: [] };

export function webAclStatement(plan: CreatedWebAclPlan): CdkStatement {
  return {
    kind: 'construct',
    name: VARIABLES.webAcl,
    module: 'wafv2',
    type: 'CfnWebACL',
    id: 'WebACL',
    props: [
      prop('name', str(plan.name)),
      prop('description', str(plan.description)),
      prop('scope', str(plan.scope), 'generated.webAcl.created'),
      prop(
        'defaultAction',
        wafStruct('DefaultActionProperty', [prop('allow', wafStruct('AllowActionProperty', []))]),
        'generated.webAcl.created',
      ),
      prop('visibilityConfig', visibilityValue(plan.visibility)),
      prop('rules', array(plan.rules.map(ruleValue))),
    ],
    keys: [],
    comment: 'AWS WAF for CloudFront: CLOUDFRONT scope, made in us-east-1 (this stack’s region).',
  };
}

/** The distribution's `webAclId`: the user's web ACL ARN, or the created one's (WAFv2 takes the ARN). */
export function webAclIdProp(webAcl: WebAclPlan | null): CdkProp | null {
  if (webAcl === null) return null;
  if (webAcl.kind === 'existing') return prop('webAclId', str(webAcl.arn), 'generated.webAcl');
  return prop('webAclId', attribute(VARIABLES.webAcl, 'attrArn'), 'generated.webAcl.created');
}

function visibilityValue(visibility: WafVisibility): CdkValue {
  return wafStruct('VisibilityConfigProperty', [
    prop('metricName', str(visibility.metricName)),
    prop('cloudWatchMetricsEnabled', bool(visibility.cloudWatchMetrics)),
    prop('sampledRequestsEnabled', bool(visibility.sampledRequests)),
  ]);
}

function ruleValue(rule: WafRulePlan): CdkValue {
  return wafStruct('RuleProperty', [
    prop('name', str(rule.name), rule.describedBy),
    prop('priority', num(rule.priority)),
    'action' in rule
      ? prop('action', wafStruct('RuleActionProperty', [prop('block', wafStruct('BlockActionProperty', []))]))
      : prop('overrideAction', wafStruct('OverrideActionProperty', [prop('none', EMPTY)])),
    prop('statement', statementValue(rule.statement)),
    prop('visibilityConfig', visibilityValue(rule.visibility)),
  ]);
}

function statementValue(node: WafStatement): CdkValue {
  return wafStruct('StatementProperty', [statementProp(node)]);
}

/** The one property of a StatementProperty that says which kind of statement it is. */
function statementProp(node: WafStatement): CdkProp {
  switch (node.kind) {
    case 'managed-rule-group':
      return prop(
        'managedRuleGroupStatement',
        wafStruct('ManagedRuleGroupStatementProperty', [
          prop('vendorName', str(node.vendorName)),
          prop('name', str(node.name)),
          ...(node.ruleActionOverrides.length > 0
            ? [
                prop(
                  'ruleActionOverrides',
                  array(
                    node.ruleActionOverrides.map((override) =>
                      wafStruct('RuleActionOverrideProperty', [
                        prop('name', str(override.name)),
                        prop(
                          'actionToUse',
                          wafStruct('RuleActionProperty', [
                            prop('count', wafStruct('CountActionProperty', [])),
                          ]),
                        ),
                      ]),
                    ),
                  ),
                ),
              ]
            : []),
        ]),
      );
    case 'label-match':
      return prop(
        'labelMatchStatement',
        wafStruct('LabelMatchStatementProperty', [
          prop('scope', str(node.scope)),
          prop('key', str(node.key)),
        ]),
      );
    case 'byte-match':
      return prop(
        'byteMatchStatement',
        wafStruct('ByteMatchStatementProperty', [
          prop('searchString', str(node.searchString)),
          prop('fieldToMatch', wafStruct('FieldToMatchProperty', [prop('uriPath', EMPTY)])),
          prop('positionalConstraint', str(node.positionalConstraint)),
          prop(
            'textTransformations',
            array(
              node.textTransformations.map((transformation) =>
                wafStruct('TextTransformationProperty', [
                  prop('priority', num(transformation.priority)),
                  prop('type', str(transformation.type)),
                ]),
              ),
            ),
          ),
        ]),
      );
    case 'and':
      return prop(
        'andStatement',
        wafStruct('AndStatementProperty', [prop('statements', array(node.statements.map(statementValue)))]),
      );
    case 'or':
      return prop(
        'orStatement',
        wafStruct('OrStatementProperty', [prop('statements', array(node.statements.map(statementValue)))]),
      );
    case 'not':
      return prop(
        'notStatement',
        wafStruct('NotStatementProperty', [prop('statement', statementValue(node.statement))]),
      );
    case 'rate-based':
      return prop(
        'rateBasedStatement',
        wafStruct('RateBasedStatementProperty', [
          prop('limit', num(node.limit)),
          prop('evaluationWindowSec', num(node.evaluationWindowSec)),
          prop('aggregateKeyType', str(node.aggregateKeyType)),
          prop('scopeDownStatement', statementValue(node.scopeDown)),
        ]),
      );
  }
}
