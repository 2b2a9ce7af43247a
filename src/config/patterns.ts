import type { OriginType } from './schema';

/** The patterns every identifier in a Config must match: what keeps hostile strings out of generated code. */

const HOSTNAME_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
export const HOSTNAME_PATTERN = new RegExp(`^(?=.{1,253}$)${HOSTNAME_LABEL}(?:\\.${HOSTNAME_LABEL})+$`);

/** ACM certificate ARNs for CloudFront must be in us-east-1; the region is checked separately for a clearer message. */
export const CERTIFICATE_ARN_PATTERN =
  /^arn:aws(?:-cn|-us-gov)?:acm:([a-z0-9-]+):\d{12}:certificate\/[0-9a-f-]{36}$/;
export const HOSTED_ZONE_ID_PATTERN = /^Z[A-Z0-9]{1,31}$/;
export const WEB_ACL_ARN_PATTERN =
  /^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[A-Za-z0-9_-]{1,128}\/[0-9a-f-]{36}$/;
export const LAMBDA_FUNCTION_ARN_PATTERN =
  /^arn:aws(?:-cn|-us-gov)?:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]{1,128})?$/;
export const S3_BUCKET_NAME_PATTERN = /^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** An HTTP header name CloudFront accepts as an origin custom header (RFC 9110 token, kept conservative). */
export const HEADER_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
/** A path pattern for a cache behaviour, e.g. /static/* (CloudFront allows a small character set). */
export const PATH_PATTERN = /^\/[A-Za-z0-9_\-./]*\*$/;
export const ORIGIN_PATH_PATTERN = /^(?:\/[A-Za-z0-9_\-.]+)*$/;
export const PROJECT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

/** Header names CloudFront does not let an origin custom header set (add-origin-custom-headers.html). */
export const FORBIDDEN_CUSTOM_HEADER =
  /^(host|via|x-real-ip|x-forwarded-proto|x-amz-.*|x-edge-.*|x-amzn-.*|cloudfront-.*)$/i;

/** What an origin endpoint of each type looks like, with the message a person sees otherwise. */
export const ENDPOINT_RULES: Record<OriginType, { pattern: RegExp; message: string }> = {
  'apigw-http': {
    pattern: /^[a-z0-9]+\.execute-api\.[a-z]{2}(?:-[a-z]+)+-\d\.amazonaws\.com$/,
    message: 'An HTTP API endpoint looks like abc123defg.execute-api.eu-west-1.amazonaws.com',
  },
  'apigw-rest': {
    pattern: /^[a-z0-9]+\.execute-api\.[a-z]{2}(?:-[a-z]+)+-\d\.amazonaws\.com$/,
    message: 'A REST API endpoint looks like abc123defg.execute-api.eu-west-1.amazonaws.com',
  },
  'lambda-url': {
    pattern: /^[a-z0-9]+\.lambda-url\.[a-z]{2}(?:-[a-z]+)+-\d\.on\.aws$/,
    message: 'A function URL looks like abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
  },
  alb: {
    pattern: HOSTNAME_PATTERN,
    message: 'The load balancer’s DNS name or a name pointing at it, e.g. origin.example.com',
  },
  'custom-https': {
    pattern: HOSTNAME_PATTERN,
    message: 'The origin’s DNS name, e.g. origin.example.com',
  },
};
