import type { CachePolicyPlan, DistributionPlan, ResponseHeadersPolicyPlan } from '../../model/legacy-plan';
import { attributes, block, comment, expr, type HclItem, type HclValue } from '../emit/hcl-document';
import { hclString } from '../emit/hcl';
import { distributionBlock } from './distribution-tf';
import { snakeCase, VIEWER_REQUEST_FILE } from './names';
import { bucketBlocks, certificateBlocks, lambdaOriginAccessBlocks } from './supporting-tf';

/** Every resource of main.tf, each a group of top-level items (separated by blank lines when written). */
export function mainTfBlocks(plan: DistributionPlan): HclItem[][] {
  const groups: HclItem[][] = [managedPolicyLocals(plan)];
  if (plan.viewerRequestFunction !== null) {
    groups.push([
      comment(
        'Copies the viewer Host into X-Forwarded-Host (viewer-request); the code is in viewer-request.js.',
      ),
      block(
        'resource',
        ['aws_cloudfront_function', 'viewer_request'],
        [
          ...attributes({
            name: projectScopedName(plan.viewerRequestFunction.name, plan.projectName),
            runtime: plan.viewerRequestFunction.runtime,
            comment: plan.viewerRequestFunction.comment,
            publish: true,
            code: expr(`file("\${path.module}/${VIEWER_REQUEST_FILE}")`),
          }),
        ],
      ),
    ]);
  }
  for (const policy of plan.cachePolicies) groups.push(cachePolicyBlock(policy, plan.projectName));
  if (plan.responseHeadersPolicy !== null) {
    groups.push(responseHeadersPolicyBlock(plan.responseHeadersPolicy, plan.projectName));
  }
  for (const bucket of plan.buckets) groups.push(...bucketBlocks(bucket, plan.projectName));
  if (plan.lambdaOriginAccess !== null) groups.push(...lambdaOriginAccessBlocks());
  if (plan.certificate.kind === 'create-dns-validated') groups.push(...certificateBlocks());
  groups.push(distributionBlock(plan));
  if (plan.dnsRecords !== null) {
    for (const type of plan.dnsRecords.ipv6 ? ['A', 'AAAA'] : ['A']) {
      groups.push([
        block(
          'resource',
          ['aws_route53_record', `alias_${type.toLowerCase()}`],
          [
            ...attributes({
              for_each: expr('toset(var.domain_names)'),
              zone_id: expr('var.hosted_zone_id'),
              name: expr('each.value'),
              type,
            }),
            block(
              'alias',
              [],
              [
                ...attributes({
                  name: expr('aws_cloudfront_distribution.this.domain_name'),
                  zone_id: expr('aws_cloudfront_distribution.this.hosted_zone_id'),
                  evaluate_target_health: false,
                }),
              ],
            ),
          ],
        ),
      ]);
    }
  }
  return groups;
}

/** Managed policy IDs used by the behaviours, named; IDs need no AWS call at plan time (README explains). */
function managedPolicyLocals(plan: DistributionPlan): HclItem[] {
  const managed = new Map<string, string>();
  for (const behavior of [plan.defaultBehavior, ...plan.additionalBehaviors]) {
    for (const policy of [
      behavior.cachePolicy,
      behavior.originRequestPolicy,
      behavior.responseHeadersPolicy,
    ]) {
      if (policy?.kind === 'managed') managed.set(policy.policy.name, policy.policy.id);
    }
  }
  return [
    comment(
      [
        'AWS managed CloudFront policies by ID. The IDs are fixed by AWS and documented; looking them up with',
        'data "aws_cloudfront_cache_policy" { name = "Managed-..." } would need AWS credentials at plan time.',
      ].join('\n'),
    ),
    block('locals', [], attributes({ managed_policy_ids: Object.fromEntries(managed) })),
  ];
}

/**
 * A plan name such as `mysite-django-pages` written as `"${var.project_name}-django-pages"`, so renaming the
 * project through the variable renames every resource; a name not built from the project name stays literal.
 */
function projectScopedName(name: string, projectName: string): HclValue {
  if (!name.startsWith(`${projectName}-`)) return name;
  return expr(`"\${var.project_name}-${hclString(name.slice(projectName.length + 1)).slice(1, -1)}"`);
}

function cachePolicyBlock(policy: CachePolicyPlan, projectName: string): HclItem[] {
  return [
    block(
      'resource',
      ['aws_cloudfront_cache_policy', snakeCase(policy.key)],
      [
        ...attributes({
          name: projectScopedName(policy.name, projectName),
          comment: policy.comment,
          min_ttl: policy.minTtl,
          default_ttl: policy.defaultTtl,
          max_ttl: policy.maxTtl,
        }),
        block(
          'parameters_in_cache_key_and_forwarded_to_origin',
          [],
          [
            ...attributes({
              enable_accept_encoding_gzip: policy.enableGzip,
              enable_accept_encoding_brotli: policy.enableBrotli,
            }),
            block('cookies_config', [], attributes({ cookie_behavior: policy.cookies })),
            block('query_strings_config', [], attributes({ query_string_behavior: policy.queryStrings })),
            block(
              'headers_config',
              [],
              [
                ...attributes({ header_behavior: policy.headers.length > 0 ? 'whitelist' : 'none' }),
                ...(policy.headers.length > 0
                  ? [block('headers', [], attributes({ items: policy.headers }))]
                  : []),
              ],
            ),
          ],
        ),
      ],
    ),
  ];
}

function responseHeadersPolicyBlock(policy: ResponseHeadersPolicyPlan, projectName: string): HclItem[] {
  return [
    block(
      'resource',
      ['aws_cloudfront_response_headers_policy', snakeCase(policy.key)],
      [
        ...attributes({
          name: projectScopedName(policy.name, projectName),
          comment: policy.comment,
        }),
        block(
          'security_headers_config',
          [],
          [
            block(
              'strict_transport_security',
              [],
              [
                ...attributes({
                  access_control_max_age_sec: policy.hsts.maxAgeSeconds,
                  include_subdomains: policy.hsts.includeSubdomains,
                  preload: policy.hsts.preload,
                  override: policy.override,
                }),
              ],
            ),
            block('content_type_options', [], attributes({ override: policy.override })),
            block(
              'frame_options',
              [],
              attributes({ frame_option: policy.frameOptions, override: policy.override }),
            ),
            block(
              'referrer_policy',
              [],
              attributes({ referrer_policy: policy.referrerPolicy, override: policy.override }),
            ),
          ],
        ),
      ],
    ),
  ];
}
