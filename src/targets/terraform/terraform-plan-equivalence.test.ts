import { describe, expect, it } from 'vitest';
import {
  ALLOWED_METHOD_LISTS,
  distributionPlanFor,
  type BehaviorPlan,
  type PolicyRef,
} from '../../model/legacy-plan';
import { hclString } from '../emit/hcl';
import { iacVariantConfigs } from '../iac-variants';
import { terraformFiles } from './index';
import { snakeCase } from './names';

/** The body of each top-level `name {` block at two-space indent inside the distribution resource. */
function behaviorBlocks(mainTf: string): string[] {
  const distribution =
    /resource "aws_cloudfront_distribution" "this" \{\n([\s\S]*?)\n\}\n/.exec(mainTf)?.[1] ?? '';
  return [
    ...distribution.matchAll(
      /^ {2}(default_cache_behavior|ordered_cache_behavior) \{\n([\s\S]*?)\n {2}\}$/gm,
    ),
  ].map((match) => `${match[1]}\n${match[2]}`);
}

const attribute = (body: string, name: string) => new RegExp(`^ {4}${name}\\s+= (.*)$`, 'm').exec(body)?.[1];

function expectedPolicy(policy: PolicyRef | null, resourceType: string): string | undefined {
  if (policy === null) return undefined;
  if (policy.kind === 'managed') return `local.managed_policy_ids[${hclString(policy.policy.name)}]`;
  return `${resourceType}.${snakeCase(policy.key)}.id`;
}

function expectedBehavior(behavior: BehaviorPlan) {
  return {
    kind: behavior.pathPattern === null ? 'default_cache_behavior' : 'ordered_cache_behavior',
    pathPattern: behavior.pathPattern === null ? undefined : hclString(behavior.pathPattern),
    origin: hclString(behavior.originId),
    allowed: `[${ALLOWED_METHOD_LISTS[behavior.allowedMethods].map(hclString).join(', ')}]`,
    cache: expectedPolicy(behavior.cachePolicy, 'aws_cloudfront_cache_policy'),
    originRequest: expectedPolicy(behavior.originRequestPolicy, 'aws_cloudfront_origin_request_policy'),
    responseHeaders: expectedPolicy(behavior.responseHeadersPolicy, 'aws_cloudfront_response_headers_policy'),
    function: behavior.viewerRequestFunction,
  };
}

describe('the Terraform distribution renders the plan', () => {
  for (const { name, config } of iacVariantConfigs()) {
    it(`${name}: behaviours, path patterns, origins, policies and function associations`, () => {
      const plan = distributionPlanFor(config);
      const mainTf = terraformFiles(config).find((file) => file.path === 'terraform/main.tf')?.contents ?? '';
      const rendered = behaviorBlocks(mainTf).map((block) => ({
        kind: block.split('\n')[0],
        pathPattern: attribute(block, 'path_pattern'),
        origin: attribute(block, 'target_origin_id'),
        allowed: attribute(block, 'allowed_methods'),
        cache: attribute(block, 'cache_policy_id'),
        originRequest: attribute(block, 'origin_request_policy_id'),
        responseHeaders: attribute(block, 'response_headers_policy_id'),
        function: block.includes('function_association {'),
      }));
      expect(rendered).toEqual([plan.defaultBehavior, ...plan.additionalBehaviors].map(expectedBehavior));
      for (const managed of [plan.defaultBehavior, ...plan.additionalBehaviors].flatMap((b) =>
        [b.cachePolicy, b.originRequestPolicy, b.responseHeadersPolicy].filter((p) => p?.kind === 'managed'),
      )) {
        if (managed?.kind !== 'managed') continue;
        expect(mainTf).toContain(`${hclString(managed.policy.name)}`);
        expect(mainTf).toMatch(new RegExp(`${hclString(managed.policy.name)}\\s+= "${managed.policy.id}"`));
      }
    });
  }
});
