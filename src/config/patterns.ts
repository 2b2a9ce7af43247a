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
