import type { CreatedWebAclPlan, WafRulePlan, WafStatement, WafVisibility } from '../../model';
import { explained } from '../emit/explained';
import { attributes, block, comment, type HclItem } from '../emit/hcl-document';
import { LABELS, providerArgument } from './names';

/** waf.tf: the created web ACL, its rules and statements as the model has them, in the main stack's provider. */
export function webAclBlocks(plan: CreatedWebAclPlan): HclItem[][] {
  return [
    [
      comment('AWS WAF for CloudFront: CLOUDFRONT scope, made in us-east-1 (the default provider’s region).'),
      block(
        'resource',
        ['aws_wafv2_web_acl', LABELS.webAcl],
        [
          ...attributes({
            provider: providerArgument(plan.stack),
            name: plan.name,
            description: plan.description,
            scope: explained('generated.webAcl.created', plan.scope),
          }),
          block('default_action', [], [block('allow', [], [])], ['generated.webAcl.created']),
          ...plan.rules.map(ruleBlock),
          visibilityBlock(plan.visibility),
        ],
      ),
    ],
  ];
}

function visibilityBlock(visibility: WafVisibility): HclItem {
  return block(
    'visibility_config',
    [],
    attributes({
      cloudwatch_metrics_enabled: visibility.cloudWatchMetrics,
      metric_name: visibility.metricName,
      sampled_requests_enabled: visibility.sampledRequests,
    }),
  );
}

function ruleBlock(rule: WafRulePlan): HclItem {
  return block(
    'rule',
    [],
    [
      ...attributes({ name: rule.name, priority: rule.priority }),
      'action' in rule
        ? block('action', [], [block('block', [], [])])
        : block('override_action', [], [block('none', [], [])]),
      block('statement', [], statementBody(rule.statement)),
      visibilityBlock(rule.visibility),
    ],
    [rule.describedBy],
  );
}

/** The one `*_statement` block a `statement` (or `scope_down_statement`) block holds. */
function statementBody(node: WafStatement): HclItem[] {
  switch (node.kind) {
    case 'managed-rule-group':
      return [
        block(
          'managed_rule_group_statement',
          [],
          [
            ...attributes({ name: node.name, vendor_name: node.vendorName }),
            ...node.ruleActionOverrides.map((override) =>
              block(
                'rule_action_override',
                [],
                [
                  ...attributes({ name: override.name }),
                  block('action_to_use', [], [block('count', [], [])]),
                ],
              ),
            ),
          ],
        ),
      ];
    case 'label-match':
      return [block('label_match_statement', [], attributes({ scope: node.scope, key: node.key }))];
    case 'byte-match':
      return [
        block(
          'byte_match_statement',
          [],
          [
            ...attributes({
              search_string: node.searchString,
              positional_constraint: node.positionalConstraint,
            }),
            block('field_to_match', [], [block('uri_path', [], [])]),
            ...node.textTransformations.map((transformation) =>
              block(
                'text_transformation',
                [],
                attributes({ priority: transformation.priority, type: transformation.type }),
              ),
            ),
          ],
        ),
      ];
    case 'and':
    case 'or':
      return [
        block(
          `${node.kind}_statement`,
          [],
          node.statements.map((inner) => block('statement', [], statementBody(inner))),
        ),
      ];
    case 'not':
      return [block('not_statement', [], [block('statement', [], statementBody(node.statement))])];
    case 'rate-based':
      return [
        block(
          'rate_based_statement',
          [],
          [
            ...attributes({
              limit: node.limit,
              evaluation_window_sec: node.evaluationWindowSec,
              aggregate_key_type: node.aggregateKeyType,
            }),
            block('scope_down_statement', [], statementBody(node.scopeDown)),
          ],
        ),
      ];
  }
}
