/** The viewer-request function and the custom cache and response headers policies, as graph statements. */
import type { CachePolicyPlan, ResponseHeadersPolicyPlan, ViewerRequestFunctionPlan } from '../../model';
import { CACHE_KEY_BEHAVIORS, FRAME_OPTIONS, FUNCTION_RUNTIMES, REFERRER_POLICIES } from './enum-members';
import {
  array,
  bool,
  member,
  prop,
  props,
  seconds,
  staticCall,
  str,
  struct,
  type CdkStatement,
} from './graph';
import { VARIABLES } from './variables';

/** The viewer-request function (a CloudFront Function with the model's code, one line per string). */
export function functionStatement(fn: ViewerRequestFunctionPlan): CdkStatement {
  return {
    kind: 'construct',
    name: VARIABLES.function,
    module: 'cloudfront',
    type: 'Function',
    id: 'ViewerRequestFunction',
    props: props(
      prop('functionName', str(fn.name)),
      prop('comment', str(fn.comment)),
      prop(
        'runtime',
        member('cloudfront', 'FunctionRuntime', FUNCTION_RUNTIMES[fn.runtime]),
        'generated.functionRuntime',
      ),
      prop(
        'code',
        staticCall('cloudfront', 'FunctionCode', 'fromInline', [
          { kind: 'lines', lines: fn.code.split('\n') },
        ]),
      ),
    ),
    keys: ['generated.forwardedHostFunction'],
  };
}

export function cachePolicyStatement(policy: CachePolicyPlan): CdkStatement {
  return {
    kind: 'construct',
    name: VARIABLES.cachePolicy(policy.key),
    module: 'cloudfront',
    type: 'CachePolicy',
    id: `${policy.key}CachePolicy`,
    props: props(
      prop('cachePolicyName', str(policy.name)),
      prop('comment', str(policy.comment)),
      prop('minTtl', seconds(policy.minTtl)),
      prop('defaultTtl', seconds(policy.defaultTtl)),
      prop('maxTtl', seconds(policy.maxTtl)),
      prop(
        'cookieBehavior',
        staticCall('cloudfront', 'CacheCookieBehavior', CACHE_KEY_BEHAVIORS[policy.cookies]),
        'generated.cacheKey',
      ),
      prop(
        'queryStringBehavior',
        staticCall('cloudfront', 'CacheQueryStringBehavior', CACHE_KEY_BEHAVIORS[policy.queryStrings]),
        'generated.cacheKey',
      ),
      prop(
        'headerBehavior',
        policy.headers.length === 0
          ? staticCall('cloudfront', 'CacheHeaderBehavior', 'none')
          : staticCall('cloudfront', 'CacheHeaderBehavior', 'allowList', policy.headers.map(str)),
        'generated.cacheKey',
      ),
      prop('enableAcceptEncodingGzip', bool(policy.enableGzip)),
      prop('enableAcceptEncodingBrotli', bool(policy.enableBrotli)),
    ),
    keys: ['generated.cachePolicy.dynamicPages'],
  };
}

export function responseHeadersPolicyStatement(policy: ResponseHeadersPolicyPlan): CdkStatement {
  const override = prop('override', bool(policy.override));
  const csp = policy.csp;
  // Enforced CSP is a security header; report-only is a custom header (the security headers have no such one).
  const enforcedCsp =
    csp !== null &&
    !csp.reportOnly &&
    prop(
      'contentSecurityPolicy',
      struct('cloudfront', 'ResponseHeadersContentSecurityPolicy', [
        prop('contentSecurityPolicy', str(csp.value)),
        override,
      ]),
      'generated.securityHeaders.csp',
    );
  const reportOnlyCsp =
    csp !== null &&
    csp.reportOnly &&
    prop(
      'customHeadersBehavior',
      struct('cloudfront', 'ResponseCustomHeadersBehavior', [
        prop(
          'customHeaders',
          array([
            struct('cloudfront', 'ResponseCustomHeader', [
              prop('header', str(csp.header)),
              prop('value', str(csp.value)),
              override,
            ]),
          ]),
        ),
      ]),
      'generated.securityHeaders.csp',
    );
  return {
    kind: 'construct',
    name: VARIABLES.responseHeadersPolicy(policy.key),
    module: 'cloudfront',
    type: 'ResponseHeadersPolicy',
    id: `${policy.key}Policy`,
    props: props(
      prop('responseHeadersPolicyName', str(policy.name)),
      prop('comment', str(policy.comment)),
      prop(
        'securityHeadersBehavior',
        struct(
          'cloudfront',
          'ResponseSecurityHeadersBehavior',
          props(
            enforcedCsp,
            prop(
              'strictTransportSecurity',
              struct('cloudfront', 'ResponseHeadersStrictTransportSecurity', [
                prop('accessControlMaxAge', seconds(policy.hsts.maxAgeSeconds)),
                prop('includeSubdomains', bool(policy.hsts.includeSubdomains)),
                prop('preload', bool(policy.hsts.preload)),
                override,
              ]),
            ),
            prop('contentTypeOptions', struct('cloudfront', 'ResponseHeadersContentTypeOptions', [override])),
            prop(
              'frameOptions',
              struct('cloudfront', 'ResponseHeadersFrameOptions', [
                prop(
                  'frameOption',
                  member('cloudfront', 'HeadersFrameOption', FRAME_OPTIONS[policy.frameOptions]),
                ),
                override,
              ]),
            ),
            prop(
              'referrerPolicy',
              struct('cloudfront', 'ResponseHeadersReferrerPolicy', [
                prop(
                  'referrerPolicy',
                  member('cloudfront', 'HeadersReferrerPolicy', REFERRER_POLICIES[policy.referrerPolicy]),
                ),
                override,
              ]),
            ),
          ),
        ),
      ),
      reportOnlyCsp,
    ),
    keys: ['generated.securityHeaders.custom'],
  };
}
