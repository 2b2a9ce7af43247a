import { HTTP_VERSIONS, PRICE_CLASSES, TLS_VERSIONS } from '../cdk-enum-members';
import { tsString } from '../emit/typescript';
import type {
  AllowedMethods,
  BehaviorPlan,
  CachePolicyPlan,
  DistributionPlan,
  OriginPlan,
  PolicyRef,
  ResponseHeadersPolicyPlan,
} from '../../model/legacy-plan';
import { camelCase } from './names';

/** Variable names the stack code uses for things the distribution refers to. */
export const VARS = {
  certificate: 'certificate',
  function: 'forwardHostFunction',
  secret: 'originVerifySecret',
  oac: 'appOriginAccessControl',
  distribution: 'distribution',
  zone: 'hostedZone',
} as const;

const ALLOWED_METHODS: Record<AllowedMethods, string> = {
  ALL: 'ALLOW_ALL',
  GET_HEAD: 'ALLOW_GET_HEAD',
  GET_HEAD_OPTIONS: 'ALLOW_GET_HEAD_OPTIONS',
};

export const originVar = (id: OriginPlan['id']): string => `${camelCase(id)}Origin`;
export const bucketVar = (key: string): string => `${camelCase(key)}Bucket`;
const cachePolicyVar = (key: string): string => `${camelCase(key)}CachePolicy`;
const responseHeadersPolicyVar = (key: string): string => `${camelCase(key)}ResponseHeadersPolicy`;

/** `new cloudfront.CachePolicy(...)` for each custom cache policy of the plan. */
export function cachePolicyCode(policy: CachePolicyPlan): string[] {
  const headers =
    policy.headers.length === 0
      ? 'cloudfront.CacheHeaderBehavior.none()'
      : `cloudfront.CacheHeaderBehavior.allowList(${policy.headers.map(tsString).join(', ')})`;
  return [
    `const ${cachePolicyVar(policy.key)} = new cloudfront.CachePolicy(this, ${tsString(`${policy.key}CachePolicy`)}, {`,
    `  cachePolicyName: ${tsString(policy.name)},`,
    `  comment: ${tsString(policy.comment)},`,
    `  minTtl: cdk.Duration.seconds(${policy.minTtl}),`,
    `  defaultTtl: cdk.Duration.seconds(${policy.defaultTtl}),`,
    `  maxTtl: cdk.Duration.seconds(${policy.maxTtl}),`,
    `  cookieBehavior: cloudfront.CacheCookieBehavior.${policy.cookies}(),`,
    `  queryStringBehavior: cloudfront.CacheQueryStringBehavior.${policy.queryStrings}(),`,
    `  headerBehavior: ${headers},`,
    `  enableAcceptEncodingGzip: ${policy.enableGzip},`,
    `  enableAcceptEncodingBrotli: ${policy.enableBrotli},`,
    '});',
  ];
}

export function responseHeadersPolicyCode(policy: ResponseHeadersPolicyPlan): string[] {
  const override = policy.override;
  return [
    `const ${responseHeadersPolicyVar(policy.key)} = new cloudfront.ResponseHeadersPolicy(this, ${tsString(`${policy.key}Policy`)}, {`,
    `  responseHeadersPolicyName: ${tsString(policy.name)},`,
    `  comment: ${tsString(policy.comment)},`,
    '  securityHeadersBehavior: {',
    '    strictTransportSecurity: {',
    `      accessControlMaxAge: cdk.Duration.seconds(${policy.hsts.maxAgeSeconds}),`,
    `      includeSubdomains: ${policy.hsts.includeSubdomains},`,
    `      preload: ${policy.hsts.preload},`,
    `      override: ${override},`,
    '    },',
    `    contentTypeOptions: { override: ${override} },`,
    `    frameOptions: { frameOption: cloudfront.HeadersFrameOption.${policy.frameOptions}, override: ${override} },`,
    '    referrerPolicy: {',
    '      referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,',
    `      override: ${override},`,
    '    },',
    '  },',
    '});',
  ];
}

/** The origins: the app over HTTPS only (with secret header / Lambda OAC), and S3 buckets through OAC. */
export function originCode(plan: DistributionPlan, origin: OriginPlan): string[] {
  if (origin.kind === 's3') {
    return [
      `const ${originVar(origin.id)} = origins.S3BucketOrigin.withOriginAccessControl(${bucketVar(origin.bucketKey)});`,
    ];
  }
  const props = [
    '  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,',
    '  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],',
  ];
  if (origin.originPath !== '') props.push(`  originPath: ${tsString(origin.originPath)},`);
  if (plan.originSecretHeader) {
    props.push(
      `  customHeaders: { [${tsString(plan.originSecretHeader.name)}]: ${VARS.secret}.valueAsString },`,
    );
  }
  if (origin.originAccessControl === 'lambda') {
    props.push(`  originAccessControlId: ${VARS.oac}.originAccessControlId,`);
  }
  return [
    `const ${originVar(origin.id)} = new origins.HttpOrigin(${tsString(origin.domainName)}, {`,
    ...props,
    '});',
  ];
}

function policyExpression(
  ref: PolicyRef,
  cdkClass: 'CachePolicy' | 'OriginRequestPolicy' | 'ResponseHeadersPolicy',
): string {
  if (ref.kind === 'managed') return `cloudfront.${cdkClass}.${ref.policy.cdkMember}`;
  return cdkClass === 'CachePolicy' ? cachePolicyVar(ref.key) : responseHeadersPolicyVar(ref.key);
}

/** A BehaviorOptions object literal, as lines to indent under its key. */
export function behaviorCode(behavior: BehaviorPlan): string[] {
  const lines = [
    `origin: ${originVar(behavior.originId)},`,
    'viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,',
    `allowedMethods: cloudfront.AllowedMethods.${ALLOWED_METHODS[behavior.allowedMethods]},`,
    'cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,',
    `compress: ${behavior.compress},`,
    `cachePolicy: ${policyExpression(behavior.cachePolicy, 'CachePolicy')},`,
  ];
  if (behavior.originRequestPolicy) {
    lines.push(
      `originRequestPolicy: ${policyExpression(behavior.originRequestPolicy, 'OriginRequestPolicy')},`,
    );
  }
  if (behavior.responseHeadersPolicy) {
    lines.push(
      `responseHeadersPolicy: ${policyExpression(behavior.responseHeadersPolicy, 'ResponseHeadersPolicy')},`,
    );
  }
  if (behavior.viewerRequestFunction) {
    lines.push(
      'functionAssociations: [',
      `  { function: ${VARS.function}, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },`,
      '],',
    );
  }
  return lines;
}

const indent = (lines: string[], by: string): string[] => lines.map((line) => `${by}${line}`);

/** `new cloudfront.Distribution(...)` with every option of the plan. */
export function distributionCode(plan: DistributionPlan): string[] {
  const lines = [
    `const ${VARS.distribution} = new cloudfront.Distribution(this, 'Distribution', {`,
    `  comment: ${tsString(plan.comment)},`,
    `  domainNames: [${plan.aliases.map(tsString).join(', ')}],`,
    `  certificate: ${VARS.certificate},`,
    '  sslSupportMethod: cloudfront.SSLMethod.SNI,',
    `  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.${TLS_VERSIONS[plan.minimumTlsVersion]},`,
    `  priceClass: cloudfront.PriceClass.${PRICE_CLASSES[plan.priceClass]},`,
    `  httpVersion: cloudfront.HttpVersion.${HTTP_VERSIONS[plan.httpVersion]},`,
    `  enableIpv6: ${plan.ipv6},`,
  ];
  if (plan.webAclArn) lines.push(`  webAclId: ${tsString(plan.webAclArn)},`);
  if (plan.loggingBucket) {
    // CloudFront's logging configuration names the bucket by its global endpoint (bucket.s3.amazonaws.com).
    lines.push(
      '  enableLogging: true,',
      "  logBucket: s3.Bucket.fromBucketAttributes(this, 'AccessLogBucket', {",
      `    bucketName: ${tsString(plan.loggingBucket)},`,
      `    bucketRegionalDomainName: ${tsString(`${plan.loggingBucket}.s3.amazonaws.com`)},`,
      '  }),',
    );
  }
  lines.push('  defaultBehavior: {', ...indent(behaviorCode(plan.defaultBehavior), '    '), '  },');
  if (plan.additionalBehaviors.length > 0) {
    lines.push('  additionalBehaviors: {');
    for (const behavior of plan.additionalBehaviors) {
      lines.push(
        `    ${tsString(behavior.pathPattern)}: {`,
        ...indent(behaviorCode(behavior), '      '),
        '    },',
      );
    }
    lines.push('  },');
  }
  lines.push('});');
  return lines;
}
