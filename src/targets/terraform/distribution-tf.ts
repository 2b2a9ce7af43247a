import type { BehaviorPlan, DistributionPlan, OriginPlan, PolicyRef } from '../../model/legacy-plan';
import { ALLOWED_METHOD_LISTS } from '../../model/legacy-plan';
import { attributes, block, expr, type HclItem } from '../emit/hcl-document';
import { hclString } from '../emit/hcl';
import { snakeCase } from './names';

function policyReference(policy: PolicyRef, resourceType: string): ReturnType<typeof expr> {
  if (policy.kind === 'managed') return expr(`local.managed_policy_ids[${hclString(policy.policy.name)}]`);
  return expr(`${resourceType}.${snakeCase(policy.key)}.id`);
}

function behaviorBody(plan: DistributionPlan, behavior: BehaviorPlan): HclItem[] {
  return [
    ...attributes({
      path_pattern: behavior.pathPattern ?? undefined,
      target_origin_id: behavior.originId,
      viewer_protocol_policy: behavior.viewerProtocolPolicy,
      allowed_methods: ALLOWED_METHOD_LISTS[behavior.allowedMethods],
      cached_methods: ALLOWED_METHOD_LISTS[behavior.cachedMethods],
      compress: behavior.compress,
      cache_policy_id: policyReference(behavior.cachePolicy, 'aws_cloudfront_cache_policy'),
      origin_request_policy_id:
        behavior.originRequestPolicy === null
          ? undefined
          : policyReference(behavior.originRequestPolicy, 'aws_cloudfront_origin_request_policy'),
      response_headers_policy_id:
        behavior.responseHeadersPolicy === null
          ? undefined
          : policyReference(behavior.responseHeadersPolicy, 'aws_cloudfront_response_headers_policy'),
    }),
    ...(behavior.viewerRequestFunction && plan.viewerRequestFunction !== null
      ? [
          block(
            'function_association',
            [],
            [
              ...attributes({
                event_type: 'viewer-request',
                function_arn: expr('aws_cloudfront_function.viewer_request.arn'),
              }),
            ],
          ),
        ]
      : []),
  ];
}

function originBlock(plan: DistributionPlan, origin: OriginPlan): HclItem {
  if (origin.kind === 's3') {
    const name = snakeCase(origin.bucketKey);
    return block(
      'origin',
      [],
      [
        ...attributes({
          origin_id: origin.id,
          domain_name: expr(`aws_s3_bucket.${name}.bucket_regional_domain_name`),
          origin_access_control_id: expr(`aws_cloudfront_origin_access_control.${name}.id`),
        }),
      ],
    );
  }
  return block(
    'origin',
    [],
    [
      ...attributes({
        origin_id: origin.id,
        domain_name: expr('var.origin_domain_name'),
        origin_path: expr('var.origin_path'),
        origin_access_control_id:
          origin.originAccessControl === 'lambda'
            ? expr('aws_cloudfront_origin_access_control.lambda.id')
            : undefined,
      }),
      block(
        'custom_origin_config',
        [],
        [
          ...attributes({
            // Required by the provider even though the origin is only reached over HTTPS.
            http_port: 80,
            https_port: 443,
            origin_protocol_policy: origin.protocolPolicy,
            origin_ssl_protocols: origin.sslProtocols,
          }),
        ],
      ),
      ...(plan.originSecretHeader !== null
        ? [
            block(
              'custom_header',
              [],
              [
                ...attributes({
                  name: plan.originSecretHeader.name,
                  value: expr('var.origin_verify_secret'),
                }),
              ],
            ),
          ]
        : []),
    ],
  );
}

export function distributionBlock(plan: DistributionPlan): HclItem[] {
  const certificateArn =
    plan.certificate.kind === 'existing'
      ? expr('var.certificate_arn')
      : expr('aws_acm_certificate_validation.this.certificate_arn');
  return [
    block(
      'resource',
      ['aws_cloudfront_distribution', 'this'],
      [
        ...attributes({
          enabled: true,
          comment: expr('var.distribution_comment'),
          aliases: expr('var.domain_names'),
          price_class: plan.priceClass,
          http_version: plan.httpVersion,
          is_ipv6_enabled: plan.ipv6,
          web_acl_id: plan.webAclArn ?? undefined,
        }),
        ...plan.origins.map((origin) => originBlock(plan, origin)),
        block('default_cache_behavior', [], behaviorBody(plan, plan.defaultBehavior)),
        ...plan.additionalBehaviors.map((behavior) =>
          block('ordered_cache_behavior', [], behaviorBody(plan, behavior)),
        ),
        block('restrictions', [], [block('geo_restriction', [], attributes({ restriction_type: 'none' }))]),
        block(
          'viewer_certificate',
          [],
          [
            ...attributes({
              acm_certificate_arn: certificateArn,
              ssl_support_method: 'sni-only',
              minimum_protocol_version: plan.minimumTlsVersion,
            }),
          ],
        ),
        ...(plan.loggingBucket !== null
          ? [
              block(
                'logging_config',
                [],
                [
                  ...attributes({
                    bucket: `${plan.loggingBucket}.s3.amazonaws.com`,
                    include_cookies: false,
                  }),
                ],
              ),
            ]
          : []),
      ],
    ),
  ];
}
