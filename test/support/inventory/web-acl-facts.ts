/**
 * Test support: the web ACL facts every inventory shares, built from the model (the expectation) or read from a
 * CloudFormation-shaped `AWS::WAFv2::WebACL` (CloudFormation templates and CDK synth alike). Statements become a
 * small tree in the inventory's own spelling, so each reader proves its target wrote every node.
 */
import type { Deployment, WafRulePlan, WafStatement } from '../../../src/model';
import type { InventoryResource, ResourceFacts, WafStatementFacts, WebAclFacts } from './inventory';

type Props = Record<string, unknown>;
const isObject = (value: unknown): value is Props =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const isEmptyObject = (value: unknown) => isObject(value) && Object.keys(value).length === 0;

/** The model's statement in the inventory's spelling. */
function modelStatement(node: WafStatement): WafStatementFacts {
  switch (node.kind) {
    case 'managed-rule-group':
      return {
        managedRuleGroup: {
          vendorName: node.vendorName,
          name: node.name,
          countRules: node.ruleActionOverrides.map((override) => override.name).sort(),
        },
      };
    case 'label-match':
      return { labelMatch: { scope: node.scope, key: node.key } };
    case 'byte-match':
      return {
        byteMatch: {
          field: 'uri-path',
          positionalConstraint: node.positionalConstraint,
          searchString: node.searchString,
          textTransformations: node.textTransformations.map((item) => `${item.priority}:${item.type}`),
        },
      };
    case 'and':
      return { and: node.statements.map(modelStatement) };
    case 'or':
      return { or: node.statements.map(modelStatement) };
    case 'not':
      return { not: modelStatement(node.statement) };
    case 'rate-based':
      return {
        rateBased: {
          limit: node.limit,
          evaluationWindowSec: node.evaluationWindowSec,
          aggregateKeyType: node.aggregateKeyType,
          scopeDown: modelStatement(node.scopeDown),
        },
      };
  }
}

const ruleAction = (rule: WafRulePlan) => ('action' in rule ? 'block' : 'override:none');

/** The model's created web ACL, in its stack and region (nothing for none or an ARN of the user's). */
export function webAclModelFacts(deployment: Deployment): InventoryResource[] {
  const plan = deployment.webAcl;
  if (plan?.kind !== 'created') return [];
  const region = deployment.stacks.find((stack) => stack.key === plan.stack)?.region ?? '';
  return [
    {
      kind: 'web-acl',
      stack: plan.stack,
      region,
      facts: {
        name: plan.name,
        description: plan.description,
        scope: plan.scope,
        defaultAction: plan.defaultAction,
        visibility: { ...plan.visibility },
        rules: plan.rules.map((rule) => ({
          name: rule.name,
          priority: rule.priority,
          action: ruleAction(rule),
          statement: modelStatement(rule.statement),
          visibility: { ...rule.visibility },
        })),
      },
    },
  ];
}

/** The distribution's web ACL fact as the model has it: the user's ARN, or `created:<name>`. */
export function modelWebAclId(deployment: Deployment): string | null {
  const plan = deployment.webAcl;
  if (plan === null) return null;
  return plan.kind === 'existing' ? plan.arn : `created:${plan.name}`;
}

/** One of the web ACL's actions, `{ Block: {} }` and the like, by its only key (the value must be empty). */
function onlyKey(value: unknown, what: string): string {
  const keys = isObject(value) ? Object.keys(value) : [];
  const [key] = keys;
  if (key === undefined || keys.length !== 1 || !isEmptyObject((value as Props)[key]))
    throw new Error(`${what}: expected one empty action, got ${JSON.stringify(value)}`);
  return key;
}

function visibilityFacts(value: unknown): WebAclFacts['visibility'] {
  const config = value as Props;
  return {
    metricName: String(config.MetricName),
    cloudWatchMetrics: config.CloudWatchMetricsEnabled === true,
    sampledRequests: config.SampledRequestsEnabled === true,
  };
}

/** A CloudFormation `Statement` in the inventory's spelling; any statement kind the wizard never writes fails. */
export function cfnStatement(value: unknown): WafStatementFacts {
  const statement = value as Props;
  const kinds = Object.keys(statement);
  if (kinds.length !== 1) throw new Error(`A statement of ${kinds.length} kinds: ${JSON.stringify(value)}`);
  const body = statement[kinds[0]!] as Props;
  switch (kinds[0]) {
    case 'ManagedRuleGroupStatement':
      return {
        managedRuleGroup: {
          vendorName: String(body.VendorName),
          name: String(body.Name),
          countRules: list(body.RuleActionOverrides)
            .map((override) => {
              const { Name, ActionToUse } = override as Props;
              if (onlyKey(ActionToUse, 'rule action override') !== 'Count')
                throw new Error(`${String(Name)} is overridden to something else than Count`);
              return String(Name);
            })
            .sort(),
        },
      };
    case 'LabelMatchStatement':
      return { labelMatch: { scope: String(body.Scope), key: String(body.Key) } };
    case 'ByteMatchStatement': {
      const field = body.FieldToMatch as Props;
      if (Object.keys(field).join() !== 'UriPath' || !isEmptyObject(field.UriPath))
        throw new Error(`A byte match on something else than the URI path: ${JSON.stringify(field)}`);
      return {
        byteMatch: {
          field: 'uri-path',
          positionalConstraint: String(body.PositionalConstraint),
          searchString: String(body.SearchString),
          textTransformations: list(body.TextTransformations).map((item) => {
            const { Priority, Type } = item as Props;
            return `${Number(Priority)}:${String(Type)}`;
          }),
        },
      };
    }
    case 'AndStatement':
      return { and: list(body.Statements).map(cfnStatement) };
    case 'OrStatement':
      return { or: list(body.Statements).map(cfnStatement) };
    case 'NotStatement':
      return { not: cfnStatement(body.Statement) };
    case 'RateBasedStatement':
      return {
        rateBased: {
          limit: Number(body.Limit),
          // CloudFormation's default window is 300 seconds.
          evaluationWindowSec: Number(body.EvaluationWindowSec ?? 300),
          aggregateKeyType: String(body.AggregateKeyType),
          scopeDown: cfnStatement(body.ScopeDownStatement),
        },
      };
    default:
      throw new Error(`A ${kinds[0]} the inventory does not know`);
  }
}

/** An `AWS::WAFv2::WebACL`'s facts, its rules in priority order. */
export function webAclResourceFacts(properties: Props): ResourceFacts {
  const rules = list(properties.Rules).map((item) => {
    const rule = item as Props;
    const action =
      rule.Action !== undefined
        ? onlyKey(rule.Action, `${String(rule.Name)} action`).toLowerCase()
        : `override:${onlyKey(rule.OverrideAction, `${String(rule.Name)} override action`).toLowerCase()}`;
    return {
      name: String(rule.Name),
      priority: Number(rule.Priority),
      action,
      statement: cfnStatement(rule.Statement),
      visibility: visibilityFacts(rule.VisibilityConfig),
    };
  });
  return {
    kind: 'web-acl',
    facts: {
      name: String(properties.Name),
      description: String(properties.Description ?? ''),
      scope: String(properties.Scope),
      defaultAction: onlyKey(properties.DefaultAction, 'default action').toLowerCase(),
      visibility: visibilityFacts(properties.VisibilityConfig),
      rules: rules.sort((a, b) => a.priority - b.priority),
    },
  };
}

/**
 * The distribution's `WebACLId` as a fact: an ARN as written, or `created:<name>` when it is the `Arn` of a web ACL
 * of the same template (`resources` by logical id).
 */
export function cfnWebAclId(
  value: unknown,
  resources: Record<string, { Type: string; Properties?: Props } | undefined>,
): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  const getAtt = isObject(value) ? value['Fn::GetAtt'] : undefined;
  const [id, attribute] = Array.isArray(getAtt) ? getAtt : [];
  const target = typeof id === 'string' ? resources[id] : undefined;
  if (target?.Type !== 'AWS::WAFv2::WebACL' || attribute !== 'Arn')
    throw new Error(`WebACLId is not a web ACL's ARN: ${JSON.stringify(value)}`);
  return `created:${String(target.Properties?.Name)}`;
}
