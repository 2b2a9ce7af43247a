import type {
  CachePolicyPlan,
  Deployment,
  GeneratedKey,
  OriginAccessControlPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from '../../model';
import { snakeCase } from '../../model/names';
import { explained } from '../emit/explained';
import { attributes, block, comment, expr, type HclItem, type HclValue } from '../emit/hcl-document';
import { hclString } from '../emit/hcl';
import { LABELS, providerArgument, VIEWER_REQUEST_FILE } from './names';

/** The three kinds of policy a behaviour names. */
export type PolicyRole = 'cache' | 'originRequest' | 'responseHeaders';

const RESOURCE_TYPES: Record<PolicyRole, string> = {
  cache: 'aws_cloudfront_cache_policy',
  originRequest: 'aws_cloudfront_origin_request_policy',
  responseHeaders: 'aws_cloudfront_response_headers_policy',
};

/** The explanation of a behaviour's policy, or null when the wizard has none for it (a managed files policy). */
export function policyKey(role: PolicyRole, policy: PolicyRef): GeneratedKey | null {
  if (role === 'cache') {
    if (policy.kind === 'custom') return 'generated.cachePolicy.dynamicPages';
    if (policy.policy.key === 'cachingDisabled') return 'generated.cachePolicy.cachingDisabled';
    return 'generated.filesBehaviour';
  }
  if (role === 'originRequest') {
    if (policy.kind === 'managed' && policy.policy.key === 'allViewerExceptHostHeader')
      return 'generated.originRequestPolicy.allViewerExceptHostHeader';
    if (policy.kind === 'managed' && policy.policy.key === 'allViewer')
      return 'generated.originRequestPolicy.allViewer';
    return null;
  }
  return policy.kind === 'managed' ? 'generated.securityHeaders.managed' : 'generated.securityHeaders.custom';
}

/** A behaviour's policy ID: a managed one from `local.managed_policy_ids`, a custom one from its resource. */
export function policyId(role: PolicyRole, policy: PolicyRef): HclValue {
  const reference =
    policy.kind === 'managed'
      ? expr(`local.managed_policy_ids[${hclString(policy.policy.name)}]`)
      : expr(`${RESOURCE_TYPES[role]}.${snakeCase(policy.key)}.id`);
  const key = policyKey(role, policy);
  return key === null ? reference : explained(key, reference);
}

/** Every policy the behaviours use, with its role. */
function behaviourPolicies(deployment: Deployment): { role: PolicyRole; policy: PolicyRef }[] {
  const { defaultBehavior, additionalBehaviors } = deployment.distribution;
  return [defaultBehavior, ...additionalBehaviors].flatMap((behavior) => [
    { role: 'cache' as const, policy: behavior.cachePolicy },
    ...(behavior.originRequestPolicy === null
      ? []
      : [{ role: 'originRequest' as const, policy: behavior.originRequestPolicy }]),
    ...(behavior.responseHeadersPolicy === null
      ? []
      : [{ role: 'responseHeaders' as const, policy: behavior.responseHeadersPolicy }]),
  ]);
}

/** Managed policy IDs used by the behaviours, named; IDs need no AWS call at plan time (README explains). */
export function managedPolicyLocals(deployment: Deployment): HclItem[] {
  const managed: Record<string, HclValue> = {};
  for (const { role, policy } of behaviourPolicies(deployment)) {
    if (policy.kind !== 'managed') continue;
    const key = policyKey(role, policy);
    managed[policy.policy.name] = key === null ? policy.policy.id : explained(key, policy.policy.id);
  }
  return [
    comment('AWS managed CloudFront policies by ID: fixed and documented by AWS, so no lookup at plan time.'),
    block('locals', [], attributes({ managed_policy_ids: managed })),
  ];
}

export function viewerRequestFunctionBlock(plan: ViewerRequestFunctionPlan): HclItem[] {
  return [
    comment(
      `Copies the viewer Host into X-Forwarded-Host (viewer-request); the code is ${VIEWER_REQUEST_FILE}.`,
    ),
    block(
      'resource',
      ['aws_cloudfront_function', LABELS.function],
      attributes({
        provider: providerArgument(plan.stack),
        name: plan.name,
        runtime: explained('generated.functionRuntime', plan.runtime),
        comment: plan.comment,
        publish: true,
        code: expr(`file("\${path.module}/${VIEWER_REQUEST_FILE}")`),
      }),
      ['generated.forwardedHostFunction'],
    ),
  ];
}

export function cachePolicyBlock(policy: CachePolicyPlan): HclItem[] {
  const headers = policy.headers;
  return [
    block(
      'resource',
      ['aws_cloudfront_cache_policy', snakeCase(policy.key)],
      [
        ...attributes({
          provider: providerArgument(policy.stack),
          name: policy.name,
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
                ...attributes({ header_behavior: headers.length > 0 ? 'whitelist' : 'none' }),
                ...(headers.length > 0 ? [block('headers', [], attributes({ items: headers }))] : []),
              ],
            ),
          ],
          ['generated.cacheKey'],
        ),
      ],
      ['generated.cachePolicy.dynamicPages'],
    ),
  ];
}

export function responseHeadersPolicyBlock(policy: ResponseHeadersPolicyPlan): HclItem[] {
  const override = policy.override;
  const csp = policy.csp;
  // Enforced CSP is a security header; report-only is a custom header (the security headers have no such one).
  const enforced =
    csp !== null && !csp.reportOnly
      ? [
          block('content_security_policy', [], attributes({ content_security_policy: csp.value, override }), [
            'generated.securityHeaders.csp',
          ]),
        ]
      : [];
  const reportOnly =
    csp !== null && csp.reportOnly
      ? [
          block(
            'custom_headers_config',
            [],
            [block('items', [], attributes({ header: csp.header, value: csp.value, override }))],
            ['generated.securityHeaders.csp'],
          ),
        ]
      : [];
  return [
    block(
      'resource',
      ['aws_cloudfront_response_headers_policy', snakeCase(policy.key)],
      [
        ...attributes({
          provider: providerArgument(policy.stack),
          name: policy.name,
          comment: policy.comment,
        }),
        ...reportOnly,
        block(
          'security_headers_config',
          [],
          [
            ...enforced,
            block(
              'strict_transport_security',
              [],
              attributes({
                access_control_max_age_sec: policy.hsts.maxAgeSeconds,
                include_subdomains: policy.hsts.includeSubdomains,
                preload: policy.hsts.preload,
                override,
              }),
            ),
            block('content_type_options', [], attributes({ override })),
            block('frame_options', [], attributes({ frame_option: policy.frameOptions, override })),
            block('referrer_policy', [], attributes({ referrer_policy: policy.referrerPolicy, override })),
          ],
        ),
      ],
      ['generated.securityHeaders.custom'],
    ),
  ];
}

const OAC_KEYS: Record<OriginAccessControlPlan['originType'], GeneratedKey> = {
  s3: 'generated.s3FilesOrigin',
  lambda: 'generated.lambdaOriginAccessControl',
};

export function originAccessControlBlock(control: OriginAccessControlPlan): HclItem[] {
  return [
    block(
      'resource',
      ['aws_cloudfront_origin_access_control', snakeCase(control.key)],
      attributes({
        provider: providerArgument(control.stack),
        name: control.name,
        description: control.description,
        origin_access_control_origin_type: control.originType,
        signing_behavior: control.signingBehavior,
        signing_protocol: control.signingProtocol,
      }),
      [OAC_KEYS[control.originType]],
    ),
  ];
}
