import { HTTP_VERSIONS, PRICE_CLASSES, TLS_VERSIONS } from '../cdk-enum-members';
import type {
  AllowedMethods,
  BehaviorPlan,
  CachePolicyPlan,
  DistributionPlan,
  OriginPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
} from '../../model/legacy-plan';
import { call, dict, list, lit, raw, type PyExpr } from '../emit/python-code';
import { snakeCase } from '../terraform/names';

/** Python variable names for what the distribution refers to. */
export const PY_VARS = {
  certificate: 'certificate',
  function: 'forward_host_function',
  secret: 'origin_verify_secret',
  oac: 'app_origin_access_control',
  distribution: 'distribution',
  zone: 'hosted_zone',
} as const;

export const originVar = (id: OriginPlan['id']) => `${snakeCase(id)}_origin`;
export const bucketVar = (key: string) => `${snakeCase(key)}_bucket`;
export const cachePolicyVar = (key: string) => `${snakeCase(key)}_cache_policy`;
export const responseHeadersPolicyVar = (key: string) => `${snakeCase(key)}_response_headers_policy`;

const seconds = (value: number) => call('cdk.Duration.seconds', [lit(value)]);

export function cachePolicyExpr(policy: CachePolicyPlan): PyExpr {
  return call('cloudfront.CachePolicy', [raw('self'), lit(`${policy.key}CachePolicy`)], {
    cache_policy_name: lit(policy.name),
    comment: lit(policy.comment),
    min_ttl: seconds(policy.minTtl),
    default_ttl: seconds(policy.defaultTtl),
    max_ttl: seconds(policy.maxTtl),
    cookie_behavior: call(`cloudfront.CacheCookieBehavior.${policy.cookies}`),
    query_string_behavior: call(`cloudfront.CacheQueryStringBehavior.${policy.queryStrings}`),
    header_behavior:
      policy.headers.length === 0
        ? call('cloudfront.CacheHeaderBehavior.none')
        : call('cloudfront.CacheHeaderBehavior.allow_list', policy.headers.map(lit)),
    enable_accept_encoding_gzip: lit(policy.enableGzip),
    enable_accept_encoding_brotli: lit(policy.enableBrotli),
  });
}

export function responseHeadersPolicyExpr(policy: ResponseHeadersPolicyPlan): PyExpr {
  const override = lit(policy.override);
  return call('cloudfront.ResponseHeadersPolicy', [raw('self'), lit(`${policy.key}Policy`)], {
    response_headers_policy_name: lit(policy.name),
    comment: lit(policy.comment),
    security_headers_behavior: call('cloudfront.ResponseSecurityHeadersBehavior', [], {
      strict_transport_security: call('cloudfront.ResponseHeadersStrictTransportSecurity', [], {
        access_control_max_age: seconds(policy.hsts.maxAgeSeconds),
        include_subdomains: lit(policy.hsts.includeSubdomains),
        preload: lit(policy.hsts.preload),
        override,
      }),
      content_type_options: call('cloudfront.ResponseHeadersContentTypeOptions', [], { override }),
      frame_options: call('cloudfront.ResponseHeadersFrameOptions', [], {
        frame_option: raw(`cloudfront.HeadersFrameOption.${policy.frameOptions}`),
        override,
      }),
      referrer_policy: call('cloudfront.ResponseHeadersReferrerPolicy', [], {
        referrer_policy: raw('cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN'),
        override,
      }),
    }),
  });
}

export function originExpr(plan: DistributionPlan, origin: OriginPlan): PyExpr {
  if (origin.kind === 's3') {
    return call('origins.S3BucketOrigin.with_origin_access_control', [raw(bucketVar(origin.bucketKey))]);
  }
  return call('origins.HttpOrigin', [lit(origin.domainName)], {
    protocol_policy: raw('cloudfront.OriginProtocolPolicy.HTTPS_ONLY'),
    origin_ssl_protocols: list([raw('cloudfront.OriginSslPolicy.TLS_V1_2')]),
    origin_path: origin.originPath !== '' ? lit(origin.originPath) : undefined,
    custom_headers:
      plan.originSecretHeader !== null
        ? dict([[lit(plan.originSecretHeader.name), raw(`${PY_VARS.secret}.value_as_string`)]])
        : undefined,
    origin_access_control_id:
      origin.originAccessControl === 'lambda' ? raw(`${PY_VARS.oac}.origin_access_control_id`) : undefined,
  });
}

const ALLOWED_METHODS: Record<AllowedMethods, string> = {
  ALL: 'ALLOW_ALL',
  GET_HEAD: 'ALLOW_GET_HEAD',
  GET_HEAD_OPTIONS: 'ALLOW_GET_HEAD_OPTIONS',
};

function policyExpr(
  ref: PolicyRef,
  cdkClass: 'CachePolicy' | 'OriginRequestPolicy' | 'ResponseHeadersPolicy',
) {
  if (ref.kind === 'managed') return raw(`cloudfront.${cdkClass}.${ref.policy.cdkMember}`);
  return raw(cdkClass === 'CachePolicy' ? cachePolicyVar(ref.key) : responseHeadersPolicyVar(ref.key));
}

export function behaviorExpr(behavior: BehaviorPlan): PyExpr {
  return call('cloudfront.BehaviorOptions', [], {
    origin: raw(originVar(behavior.originId)),
    viewer_protocol_policy: raw('cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS'),
    allowed_methods: raw(`cloudfront.AllowedMethods.${ALLOWED_METHODS[behavior.allowedMethods]}`),
    cached_methods: raw('cloudfront.CachedMethods.CACHE_GET_HEAD'),
    compress: lit(behavior.compress),
    cache_policy: policyExpr(behavior.cachePolicy, 'CachePolicy'),
    origin_request_policy: behavior.originRequestPolicy
      ? policyExpr(behavior.originRequestPolicy, 'OriginRequestPolicy')
      : undefined,
    response_headers_policy: behavior.responseHeadersPolicy
      ? policyExpr(behavior.responseHeadersPolicy, 'ResponseHeadersPolicy')
      : undefined,
    function_associations: behavior.viewerRequestFunction
      ? list([
          call('cloudfront.FunctionAssociation', [], {
            function: raw(PY_VARS.function),
            event_type: raw('cloudfront.FunctionEventType.VIEWER_REQUEST'),
          }),
        ])
      : undefined,
  });
}

export function distributionExpr(plan: DistributionPlan): PyExpr {
  return call('cloudfront.Distribution', [raw('self'), lit('Distribution')], {
    comment: lit(plan.comment),
    domain_names: list(plan.aliases.map(lit)),
    certificate: raw(PY_VARS.certificate),
    ssl_support_method: raw('cloudfront.SSLMethod.SNI'),
    minimum_protocol_version: raw(
      `cloudfront.SecurityPolicyProtocol.${TLS_VERSIONS[plan.minimumTlsVersion]}`,
    ),
    price_class: raw(`cloudfront.PriceClass.${PRICE_CLASSES[plan.priceClass]}`),
    http_version: raw(`cloudfront.HttpVersion.${HTTP_VERSIONS[plan.httpVersion]}`),
    enable_ipv6: lit(plan.ipv6),
    web_acl_id: plan.webAclArn !== null ? lit(plan.webAclArn) : undefined,
    enable_logging: plan.loggingBucket !== null ? lit(true) : undefined,
    // CloudFront names the log bucket by its global endpoint (bucket.s3.amazonaws.com).
    log_bucket:
      plan.loggingBucket !== null
        ? call('s3.Bucket.from_bucket_attributes', [raw('self'), lit('AccessLogBucket')], {
            bucket_name: lit(plan.loggingBucket),
            bucket_regional_domain_name: lit(`${plan.loggingBucket}.s3.amazonaws.com`),
          })
        : undefined,
    default_behavior: behaviorExpr(plan.defaultBehavior),
    additional_behaviors:
      plan.additionalBehaviors.length > 0
        ? dict(
            plan.additionalBehaviors.map((behavior) => [lit(behavior.pathPattern), behaviorExpr(behavior)]),
          )
        : undefined,
  });
}
