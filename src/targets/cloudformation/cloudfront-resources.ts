import type {
  CachePolicyPlan,
  OriginAccessControlPlan,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from '../../model';
import { explained } from '../emit/explained';
import type { CfnResource } from './template-types';

/** The viewer-request function, published on every deploy so the distribution always runs the current code. */
export function viewerRequestFunction(plan: ViewerRequestFunctionPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::Function',
    Properties: {
      Name: plan.name,
      AutoPublish: true,
      FunctionConfig: {
        Comment: plan.comment,
        Runtime: explained('generated.functionRuntime', plan.runtime),
      },
      FunctionCode: explained('generated.forwardedHostFunction', plan.code),
    },
  };
}

export function cachePolicy(plan: CachePolicyPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::CachePolicy',
    Properties: {
      CachePolicyConfig: explained('generated.cachePolicy.dynamicPages', {
        Name: plan.name,
        Comment: plan.comment,
        MinTTL: plan.minTtl,
        DefaultTTL: plan.defaultTtl,
        MaxTTL: plan.maxTtl,
        ParametersInCacheKeyAndForwardedToOrigin: {
          CookiesConfig: { CookieBehavior: plan.cookies },
          QueryStringsConfig: { QueryStringBehavior: plan.queryStrings },
          HeadersConfig: explained(
            'generated.cacheKey',
            plan.headers.length > 0
              ? { HeaderBehavior: 'whitelist', Headers: plan.headers }
              : { HeaderBehavior: 'none' },
          ),
          EnableAcceptEncodingGzip: plan.enableGzip,
          EnableAcceptEncodingBrotli: plan.enableBrotli,
        },
      }),
    },
  };
}

export function responseHeadersPolicy(plan: ResponseHeadersPolicyPlan): CfnResource {
  const csp = plan.csp;
  // Enforced CSP is a security header; report-only is a custom header (the security headers have no such one).
  const enforced =
    csp !== null && !csp.reportOnly
      ? {
          ContentSecurityPolicy: explained('generated.securityHeaders.csp', {
            ContentSecurityPolicy: csp.value,
            Override: plan.override,
          }),
        }
      : {};
  const reportOnly =
    csp !== null && csp.reportOnly
      ? {
          CustomHeadersConfig: explained('generated.securityHeaders.csp', {
            Items: [{ Header: csp.header, Value: csp.value, Override: plan.override }],
          }),
        }
      : {};
  return {
    Type: 'AWS::CloudFront::ResponseHeadersPolicy',
    Properties: {
      ResponseHeadersPolicyConfig: explained('generated.securityHeaders.custom', {
        Name: plan.name,
        Comment: plan.comment,
        ...reportOnly,
        SecurityHeadersConfig: {
          ...enforced,
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: plan.hsts.maxAgeSeconds,
            IncludeSubdomains: plan.hsts.includeSubdomains,
            Preload: plan.hsts.preload,
            Override: plan.override,
          },
          ContentTypeOptions: { Override: plan.override },
          FrameOptions: { FrameOption: plan.frameOptions, Override: plan.override },
          ReferrerPolicy: { ReferrerPolicy: plan.referrerPolicy, Override: plan.override },
        },
      }),
    },
  };
}

export function originAccessControl(plan: OriginAccessControlPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::OriginAccessControl',
    Properties: {
      OriginAccessControlConfig: explained(
        plan.originType === 'lambda' ? 'generated.lambdaOriginAccessControl' : 'generated.s3FilesOrigin',
        {
          Name: plan.name,
          Description: plan.description,
          OriginAccessControlOriginType: plan.originType,
          SigningBehavior: plan.signingBehavior,
          SigningProtocol: plan.signingProtocol,
        },
      ),
    },
  };
}
