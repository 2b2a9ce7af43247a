import type {
  AllowedMethods,
  CachePolicyPlan,
  DistributionPlan,
  OriginAccessControlPlan,
  OriginPlan,
  ResponseHeadersPolicyPlan,
  ViewerRequestFunctionPlan,
} from '../../model';

/** aws-cdk-lib enum members (the same in TypeScript and Python) for the model's choices. */
export const PRICE_CLASSES: Record<DistributionPlan['priceClass'], string> = {
  PriceClass_All: 'PRICE_CLASS_ALL',
  PriceClass_200: 'PRICE_CLASS_200',
  PriceClass_100: 'PRICE_CLASS_100',
};
export const HTTP_VERSIONS: Record<DistributionPlan['httpVersion'], string> = {
  http2and3: 'HTTP2_AND_3',
  http2: 'HTTP2',
};
export const TLS_VERSIONS: Record<DistributionPlan['minimumTlsVersion'], string> = {
  'TLSv1.2_2021': 'TLS_V1_2_2021',
  'TLSv1.2_2019': 'TLS_V1_2_2019',
  'TLSv1.2_2018': 'TLS_V1_2_2018',
};
export const ALLOWED_METHODS: Record<AllowedMethods, string> = {
  ALL: 'ALLOW_ALL',
  GET_HEAD: 'ALLOW_GET_HEAD',
  GET_HEAD_OPTIONS: 'ALLOW_GET_HEAD_OPTIONS',
};
export const FUNCTION_RUNTIMES: Record<ViewerRequestFunctionPlan['runtime'], string> = {
  'cloudfront-js-2.0': 'JS_2_0',
};
export const FRAME_OPTIONS: Record<ResponseHeadersPolicyPlan['frameOptions'], string> = { DENY: 'DENY' };
export const REFERRER_POLICIES: Record<ResponseHeadersPolicyPlan['referrerPolicy'], string> = {
  'strict-origin-when-cross-origin': 'STRICT_ORIGIN_WHEN_CROSS_ORIGIN',
};
/** `cloudfront.Signing` members by signing behaviour and protocol. */
export const SIGNING: Record<
  `${OriginAccessControlPlan['signingBehavior']}-${OriginAccessControlPlan['signingProtocol']}`,
  string
> = { 'always-sigv4': 'SIGV4_ALWAYS' };
export const ORIGIN_SSL_PROTOCOLS: Record<
  Extract<OriginPlan, { kind: 'custom' }>['sslProtocols'][number],
  string
> = { 'TLSv1.2': 'TLS_V1_2' };
/** The factory method of `CacheCookieBehavior` / `CacheQueryStringBehavior` for the model's choice. */
export const CACHE_KEY_BEHAVIORS: Record<
  CachePolicyPlan['cookies'] | CachePolicyPlan['queryStrings'],
  string
> = {
  all: 'all',
  none: 'none',
};
