import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { distributionPlanFor, type BehaviorPlan, type PolicyRef } from '../../model/legacy-plan';
import { iacVariantConfigs } from '../iac-variants';
import { snakeCase } from '../terraform/names';
import { cdkPythonFiles } from './index';

/** Python's own parser reads the generated Distribution call back; it must say what the plan says. */
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'python-behaviors.py');
const root = mkdtempSync(join(tmpdir(), 'cdk-python-plan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const METHODS = { ALL: 'ALLOW_ALL', GET_HEAD: 'ALLOW_GET_HEAD', GET_HEAD_OPTIONS: 'ALLOW_GET_HEAD_OPTIONS' };

function policy(ref: PolicyRef | null, cdkClass: string, customSuffix: string): string | undefined {
  if (ref === null) return undefined;
  if (ref.kind === 'managed') return `cloudfront.${cdkClass}.${ref.policy.cdkMember}`;
  return `${snakeCase(ref.key)}_${customSuffix}`;
}

function expected(behavior: BehaviorPlan): Record<string, string | null | undefined> {
  return {
    path_pattern: behavior.pathPattern,
    origin: `${snakeCase(behavior.originId)}_origin`,
    viewer_protocol_policy: 'cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS',
    allowed_methods: `cloudfront.AllowedMethods.${METHODS[behavior.allowedMethods]}`,
    cached_methods: 'cloudfront.CachedMethods.CACHE_GET_HEAD',
    compress: 'True',
    cache_policy: policy(behavior.cachePolicy, 'CachePolicy', 'cache_policy'),
    origin_request_policy: policy(
      behavior.originRequestPolicy,
      'OriginRequestPolicy',
      'origin_request_policy',
    ),
    response_headers_policy: policy(
      behavior.responseHeadersPolicy,
      'ResponseHeadersPolicy',
      'response_headers_policy',
    ),
    function_associations: behavior.viewerRequestFunction
      ? '[cloudfront.FunctionAssociation(function=forward_host_function, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST)]'
      : undefined,
  };
}

const withoutUndefined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

describe('the CDK Python distribution renders the plan', () => {
  for (const { name, config } of iacVariantConfigs()) {
    it(`${name}: behaviours, aliases and certificate`, () => {
      const plan = distributionPlanFor(config);
      const stack = cdkPythonFiles(config).find((file) => file.path.endsWith('_stack.py'));
      const path = join(root, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}.py`);
      writeFileSync(path, stack?.contents ?? '');
      const read = JSON.parse(execFileSync('python3', [SCRIPT, path], { encoding: 'utf8' })) as {
        behaviors: Record<string, string | null>[];
        distribution: Record<string, string>;
      };
      expect(read.behaviors).toEqual(
        [plan.defaultBehavior, ...plan.additionalBehaviors].map((b) => withoutUndefined(expected(b))),
      );
      expect(read.distribution.domain_names).toBe(
        `[${plan.aliases.map((alias) => `'${alias}'`).join(', ')}]`,
      );
      expect(read.distribution.certificate).toBe('certificate');
      expect(read.distribution.enable_ipv6).toBe(plan.ipv6 ? 'True' : 'False');
    });
  }
});
