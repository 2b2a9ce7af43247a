import type { Config } from '../config/schema';
import {
  CRS_BODY_SIZE_LABEL,
  CRS_BODY_SIZE_RULE,
  MANAGED_RULE_GROUPS,
  type ManagedRuleGroup,
} from './aws-waf-constants';
import type { WafRulePlan, WafStatement, WafVisibility, WebAclPlan } from './web-acl-plan';

/** Metric names and rule names are the same here: letters, digits, hyphens (AWS WAF allows those). */
const visibility = (metricName: string): WafVisibility => ({
  metricName,
  cloudWatchMetrics: true,
  sampledRequests: true,
});

/**
 * Fixed priorities, so a rule keeps its number whether or not the optional ones are there. The body-size rule
 * comes after the core rule set because it reads the label that group adds.
 */
const PRIORITY = {
  loginRateLimit: 0,
  amazonIpReputation: 1,
  coreRuleSet: 2,
  knownBadInputs: 3,
  sqlDatabase: 4,
  largeBodies: 5,
} as const;

/** Paths starting with any of these, compared with the percent-decoded path (as Django routes it). */
function pathStartsWithAny(paths: readonly string[]): WafStatement {
  const matches: WafStatement[] = paths.map((path) => ({
    kind: 'byte-match',
    fieldToMatch: 'uri-path',
    positionalConstraint: 'STARTS_WITH',
    searchString: path,
    textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
  }));
  const [only] = matches;
  if (only === undefined) throw new Error('A path match needs at least one path');
  return matches.length === 1 ? only : { kind: 'or', statements: matches };
}

function managedGroupRule(
  group: ManagedRuleGroup,
  priority: number,
  countRules: readonly string[] = [],
): WafRulePlan {
  const name = `AWS-${group.name}`;
  return {
    name,
    priority,
    overrideAction: 'none',
    statement: {
      kind: 'managed-rule-group',
      vendorName: group.vendorName,
      name: group.name,
      ruleActionOverrides: countRules.map((rule) => ({ name: rule, actionToUse: 'count' })),
    },
    visibility: visibility(name),
    describedBy: 'generated.webAcl.managedRuleGroups',
  };
}

/**
 * The web ACL the distribution uses: the user's own (by ARN), the Django-safe one the main stack creates, or none.
 * The created one runs AWS's core rule set, known bad inputs and Amazon IP reputation list (and the SQL database
 * group when asked). The core rule set blocks every request body over 8 KB, which breaks Django's admin forms and
 * uploads; so its SizeRestrictions_BODY rule only counts (and labels), and a rule after it blocks a labelled
 * request unless its path starts with one the user names. A rate-based rule limits requests per IP to the login
 * paths. Requests no rule blocks are allowed.
 */
export function webAclFor(config: Config): WebAclPlan | null {
  const { distribution } = config;
  if (distribution.waf === 'none') return null;
  if (distribution.waf === 'own-arn') return { kind: 'existing', arn: distribution.webAclArn };
  const largeBodyPaths = distribution.wafLargeBodyPaths;
  const loginPaths = distribution.wafLoginPaths;
  const rules: WafRulePlan[] = [];
  if (loginPaths.length > 0)
    rules.push({
      name: 'RateLimitLogins',
      priority: PRIORITY.loginRateLimit,
      action: 'block',
      statement: {
        kind: 'rate-based',
        limit: distribution.wafRateLimit,
        evaluationWindowSec: distribution.wafRateWindowSeconds,
        aggregateKeyType: 'IP',
        scopeDown: pathStartsWithAny(loginPaths),
      },
      visibility: visibility('RateLimitLogins'),
      describedBy: 'generated.webAcl.loginRateLimit',
    });
  rules.push(
    managedGroupRule(MANAGED_RULE_GROUPS.amazonIpReputation, PRIORITY.amazonIpReputation),
    managedGroupRule(
      MANAGED_RULE_GROUPS.coreRuleSet,
      PRIORITY.coreRuleSet,
      // Without paths to let large bodies through, the core rule set blocks them itself.
      largeBodyPaths.length > 0 ? [CRS_BODY_SIZE_RULE] : [],
    ),
    managedGroupRule(MANAGED_RULE_GROUPS.knownBadInputs, PRIORITY.knownBadInputs),
  );
  if (distribution.wafSqlRules)
    rules.push(managedGroupRule(MANAGED_RULE_GROUPS.sqlDatabase, PRIORITY.sqlDatabase));
  if (largeBodyPaths.length > 0)
    rules.push({
      name: 'LargeBodiesOnlyOnNamedPaths',
      priority: PRIORITY.largeBodies,
      action: 'block',
      statement: {
        kind: 'and',
        statements: [
          { kind: 'label-match', scope: 'LABEL', key: CRS_BODY_SIZE_LABEL },
          { kind: 'not', statement: pathStartsWithAny(largeBodyPaths) },
        ],
      },
      visibility: visibility('LargeBodiesOnlyOnNamedPaths'),
      describedBy: 'generated.webAcl.largeBodies',
    });
  return {
    kind: 'created',
    stack: 'main',
    name: `${config.projectName}-django`,
    description: webAclDescription(config.projectName, largeBodyPaths.length > 0, loginPaths.length > 0),
    scope: 'CLOUDFRONT',
    defaultAction: 'allow',
    visibility: visibility(`${config.projectName}-django`),
    rules,
  };
}

/** Under 256 characters, of a conservative set (word characters, spaces, `:,-`); no user text but the project name. */
function webAclDescription(projectName: string, largeBodies: boolean, loginLimit: boolean): string {
  const parts = [
    'AWS managed rule groups',
    ...(largeBodies ? ['bodies over 8 KB on named paths only'] : []),
    ...(loginLimit ? ['a rate limit on logins'] : []),
  ];
  return `Django-safe web ACL of ${projectName}: ${parts.join(', ')}`;
}
