import { describe, expect, it } from 'vitest';
import { parseConfig, type ConfigInput } from '../config/schema';
import { CRS_BODY_SIZE_LABEL, CRS_BODY_SIZE_RULE, MANAGED_RULE_GROUPS } from './aws-waf-constants';
import { deploymentFor } from './deployment-for';
import type { CreatedWebAclPlan, WafStatement } from './web-acl-plan';

const ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/mysite/00000000-0000-4000-8000-000000000000';

function webAclOf(distribution: Record<string, unknown>, extra: ConfigInput = {}) {
  const parsed = parseConfig({ ...extra, distribution });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return deploymentFor(parsed.data).webAcl;
}
function created(distribution: Record<string, unknown>, extra: ConfigInput = {}): CreatedWebAclPlan {
  const plan = webAclOf({ waf: 'create', ...distribution }, extra);
  if (plan?.kind !== 'created') throw new Error('no created web ACL');
  return plan;
}
const ruleNamed = (plan: CreatedWebAclPlan, name: string) => plan.rules.find((rule) => rule.name === name);
const startsWith = (path: string): WafStatement => ({
  kind: 'byte-match',
  fieldToMatch: 'uri-path',
  positionalConstraint: 'STARTS_WITH',
  searchString: path,
  textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
});

describe('the web ACL plan', () => {
  it('is none, the user’s ARN, or the created one', () => {
    expect(webAclOf({})).toBeNull();
    expect(webAclOf({ waf: 'own-arn', webAclArn: ARN })).toEqual({ kind: 'existing', arn: ARN });
    expect(created({})).toMatchObject({
      stack: 'main',
      name: 'mysite-django',
      scope: 'CLOUDFRONT',
      defaultAction: 'allow',
    });
  });

  it('lives in the main stack, in us-east-1, even when another stack is in the origin’s region', () => {
    const parsed = parseConfig({
      origin: {
        type: 'lambda-url',
        endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
      },
      distribution: { waf: 'create' },
    });
    if (!parsed.success) throw new Error('invalid');
    const deployment = deploymentFor(parsed.data);
    expect(deployment.stacks.map((stack) => stack.region)).toEqual(['us-east-1', 'eu-west-1']);
    expect(deployment.webAcl).toMatchObject({ kind: 'created', stack: 'main' });
  });

  it('runs AWS’s groups by their exact names, in unique priorities, each rule keeping its own action', () => {
    const plan = created({ wafSqlRules: true });
    expect(plan.rules.map((rule) => [rule.priority, rule.name])).toEqual([
      [0, 'RateLimitLogins'],
      [1, 'AWS-AWSManagedRulesAmazonIpReputationList'],
      [2, 'AWS-AWSManagedRulesCommonRuleSet'],
      [3, 'AWS-AWSManagedRulesKnownBadInputsRuleSet'],
      [4, 'AWS-AWSManagedRulesSQLiRuleSet'],
      [5, 'LargeBodiesOnlyOnNamedPaths'],
    ]);
    const groups = plan.rules.flatMap((rule) =>
      rule.statement.kind === 'managed-rule-group' ? [[rule.statement.name, 'overrideAction' in rule]] : [],
    );
    expect(groups).toEqual(
      [
        MANAGED_RULE_GROUPS.amazonIpReputation,
        MANAGED_RULE_GROUPS.coreRuleSet,
        MANAGED_RULE_GROUPS.knownBadInputs,
        MANAGED_RULE_GROUPS.sqlDatabase,
      ].map((group) => [group.name, true]),
    );
    expect(created({}).rules.map((rule) => rule.name)).not.toContain('AWS-AWSManagedRulesSQLiRuleSet');
  });

  it('counts SizeRestrictions_BODY and blocks its label after the group, except on the named paths', () => {
    const plan = created({ wafLargeBodyPaths: ['/admin/', '/upload/'] });
    const crs = ruleNamed(plan, 'AWS-AWSManagedRulesCommonRuleSet');
    expect(crs?.statement).toMatchObject({
      ruleActionOverrides: [{ name: CRS_BODY_SIZE_RULE, actionToUse: 'count' }],
    });
    const rule = ruleNamed(plan, 'LargeBodiesOnlyOnNamedPaths');
    expect(rule).toMatchObject({ action: 'block', describedBy: 'generated.webAcl.largeBodies' });
    expect(rule?.statement).toEqual({
      kind: 'and',
      statements: [
        { kind: 'label-match', scope: 'LABEL', key: CRS_BODY_SIZE_LABEL },
        {
          kind: 'not',
          statement: { kind: 'or', statements: [startsWith('/admin/'), startsWith('/upload/')] },
        },
      ],
    });
    // A label is seen only by rules evaluated after the one that adds it.
    expect(rule!.priority).toBeGreaterThan(crs!.priority);
  });

  it('without large-body paths leaves the core rule set to block large bodies itself', () => {
    const plan = created({ wafLargeBodyPaths: [] });
    expect(ruleNamed(plan, 'LargeBodiesOnlyOnNamedPaths')).toBeUndefined();
    expect(ruleNamed(plan, 'AWS-AWSManagedRulesCommonRuleSet')?.statement).toMatchObject({
      ruleActionOverrides: [],
    });
  });

  it('rate-limits each IP on the login paths, one path without an OR', () => {
    expect(
      ruleNamed(
        created({ wafLoginPaths: ['/login/'], wafRateLimit: 10, wafRateWindowSeconds: 60 }),
        'RateLimitLogins',
      ),
    ).toMatchObject({
      action: 'block',
      statement: {
        kind: 'rate-based',
        limit: 10,
        evaluationWindowSec: 60,
        aggregateKeyType: 'IP',
        scopeDown: startsWith('/login/'),
      },
    });
    expect(ruleNamed(created({ wafLoginPaths: [] }), 'RateLimitLogins')).toBeUndefined();
  });

  it('names every metric as AWS WAF allows and fits the description in its limit and characters', () => {
    const plan = created({ wafSqlRules: true }, { projectName: `p${'x'.repeat(30)}9` });
    for (const visibility of [plan.visibility, ...plan.rules.map((rule) => rule.visibility)]) {
      expect(visibility.metricName).toMatch(/^[\w-]{1,128}$/);
      expect(visibility).toMatchObject({ cloudWatchMetrics: true, sampledRequests: true });
    }
    expect(plan.name).toMatch(/^[\w-]{1,128}$/);
    expect(plan.description.length).toBeLessThanOrEqual(256);
    // A conservative character set: word characters, spaces, colon, comma and hyphen.
    expect(plan.description).toMatch(/^[\w:,-][\w :,-]*[\w:,-]$/);
  });
});
