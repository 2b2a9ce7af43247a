/**
 * Test support: an `aws_wafv2_web_acl` block read back (through the real HCL parser) into the inventory's web ACL
 * facts. Every block the module writes is checked to be the only one of its kind where AWS WAF takes one.
 */
import type { ResourceFacts, WafStatementFacts, WebAclFacts } from '../inventory/inventory';
import { child, children, flag, literal, type Body } from './hcl-module';

/** The name of the one block `body` holds of those in `names` (an action, a statement kind), which must be empty. */
function onlyBlock(body: Body, names: readonly string[], what: string): string {
  const present = names.filter((name) => children(body, name).length > 0);
  const [name] = present;
  if (name === undefined || present.length !== 1 || children(body, name).length !== 1)
    throw new Error(`${what}: expected one of ${names.join(', ')}, got ${JSON.stringify(body)}`);
  return name;
}

const ACTIONS = ['allow', 'block', 'count', 'captcha', 'challenge'] as const;
const STATEMENTS = [
  'managed_rule_group_statement',
  'label_match_statement',
  'byte_match_statement',
  'and_statement',
  'or_statement',
  'not_statement',
  'rate_based_statement',
  'geo_match_statement',
  'ip_set_reference_statement',
  'regex_match_statement',
  'size_constraint_statement',
  'sqli_match_statement',
  'xss_match_statement',
] as const;

function visibility(body: Body): WebAclFacts['visibility'] {
  const config = child(body, 'visibility_config');
  return {
    metricName: literal(config.metric_name, 'metric_name'),
    cloudWatchMetrics: flag(config.cloudwatch_metrics_enabled),
    sampledRequests: flag(config.sampled_requests_enabled),
  };
}

/** The statement a `statement` or `scope_down_statement` block holds. */
function statement(body: Body): WafStatementFacts {
  const kind = onlyBlock(body, STATEMENTS, 'statement');
  const inner = child(body, kind);
  const nested = () => children(inner, 'statement').map(statement);
  switch (kind) {
    case 'managed_rule_group_statement':
      return {
        managedRuleGroup: {
          vendorName: literal(inner.vendor_name, 'vendor_name'),
          name: literal(inner.name, 'rule group name'),
          countRules: children(inner, 'rule_action_override')
            .map((override) => {
              const name = literal(override.name, 'rule_action_override name');
              if (onlyBlock(child(override, 'action_to_use'), ACTIONS, name) !== 'count')
                throw new Error(`${name} is overridden to something else than count`);
              return name;
            })
            .sort(),
        },
      };
    case 'label_match_statement':
      return { labelMatch: { scope: literal(inner.scope, 'scope'), key: literal(inner.key, 'key') } };
    case 'byte_match_statement': {
      onlyBlock(
        child(inner, 'field_to_match'),
        ['uri_path', 'body', 'query_string', 'single_header'],
        'field',
      );
      if (children(child(inner, 'field_to_match'), 'uri_path').length !== 1)
        throw new Error('A byte match on something else than the URI path');
      return {
        byteMatch: {
          field: 'uri-path',
          positionalConstraint: literal(inner.positional_constraint, 'positional_constraint'),
          searchString: literal(inner.search_string, 'search_string'),
          // A set in Terraform: the order AWS applies them in is their priority.
          textTransformations: children(inner, 'text_transformation')
            .map((item) => ({ priority: Number(item.priority), type: literal(item.type, 'type') }))
            .sort((a, b) => a.priority - b.priority)
            .map((item) => `${item.priority}:${item.type}`),
        },
      };
    }
    case 'and_statement':
      return { and: nested() };
    case 'or_statement':
      return { or: nested() };
    case 'not_statement': {
      const [only, ...more] = nested();
      if (only === undefined || more.length > 0) throw new Error('not_statement holds one statement');
      return { not: only };
    }
    case 'rate_based_statement':
      return {
        rateBased: {
          limit: Number(inner.limit),
          evaluationWindowSec: Number(inner.evaluation_window_sec ?? 300),
          aggregateKeyType: literal(inner.aggregate_key_type ?? 'IP', 'aggregate_key_type'),
          scopeDown: statement(child(inner, 'scope_down_statement')),
        },
      };
    default:
      throw new Error(`A ${kind} the inventory does not know`);
  }
}

export function webAclBlockFacts(body: Body): ResourceFacts {
  const rules = children(body, 'rule').map((rule) => {
    const name = literal(rule.name, 'rule name');
    const hasAction = children(rule, 'action').length > 0;
    const action = hasAction
      ? onlyBlock(child(rule, 'action'), ACTIONS, `${name} action`)
      : `override:${onlyBlock(child(rule, 'override_action'), ['none', 'count'], `${name} override_action`)}`;
    return {
      name,
      priority: Number(rule.priority),
      action,
      statement: statement(child(rule, 'statement')),
      visibility: visibility(rule),
    };
  });
  return {
    kind: 'web-acl',
    facts: {
      name: literal(body.name, 'web ACL name'),
      description: literal(body.description ?? '', 'web ACL description'),
      scope: literal(body.scope, 'scope'),
      defaultAction: onlyBlock(child(body, 'default_action'), ['allow', 'block'], 'default_action'),
      visibility: visibility(body),
      rules: rules.sort((a, b) => a.priority - b.priority),
    },
  };
}
