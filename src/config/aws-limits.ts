/**
 * Limits AWS enforces on what a config can ask for, checked at the field so a deploy never fails on them. Each
 * names the page that states it.
 */

/** CloudFront: a distribution's comment is at most 128 characters (DistributionConfig.Comment). */
export const DISTRIBUTION_COMMENT_MAX = 128;

/** A DNS name is at most 253 characters written out (255 octets on the wire, RFC 1035 section 2.3.4). */
export const DNS_NAME_MAX = 253;

/**
 * The wizard's own bound on an origin path and a cache behaviour's path pattern (AWS documents none that we
 * found): far longer than any API stage or URL prefix needs, and short enough that every valid configuration
 * fits in a share link the wizard can open again.
 */
export const URL_PATH_MAX = 255;

/**
 * The wizard's own bound on the identifiers the schema checks by pattern (ARNs, IDs, bucket and header names):
 * longer than any the patterns accept, so the JSON Schema says every string has a length limit.
 */
export const IDENTIFIER_MAX = 256;

/**
 * ACM puts the first domain name of a certificate in its subject's common name, which holds at most 64
 * characters ("The first domain name you enter cannot exceed 64 octets, including periods"; ACM User Guide,
 * "Request a public certificate"). Later names (SANs) may be up to 253.
 */
export const ACM_FIRST_NAME_MAX = 64;

/** ACM: 10 domain names per certificate by default (ACM quotas: "Domain names per ACM certificate"). */
export const ACM_NAMES_PER_CERTIFICATE_DEFAULT = 10;

/**
 * Headers CloudFront cannot add as origin custom headers ("Custom headers that CloudFront can't add to origin
 * requests", add-origin-custom-headers.html), lower case; plus the prefixes it refuses.
 */
export const CUSTOM_HEADER_DENYLIST: readonly string[] = [
  'cache-control',
  'connection',
  'content-length',
  'cookie',
  'host',
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'if-unmodified-since',
  'max-forwards',
  'pragma',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'range',
  'request-range',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  'x-real-ip',
];
export const CUSTOM_HEADER_DENIED_PREFIXES: readonly string[] = ['x-amz-', 'x-edge-'];

/**
 * Headers CloudFront would accept as a custom header but that break this setup, with the reason shown at the
 * field: the function writes X-Forwarded-Host, CloudFront manages the forwarding headers, and a secret sent in
 * Authorization would be overwritten by origin access control and mixed up with the app's own auth.
 */
export const CUSTOM_HEADER_CONFLICTS: Readonly<Record<string, string>> = {
  'x-forwarded-host': 'the CloudFront Function writes X-Forwarded-Host with the viewer’s host',
  'x-forwarded-for': 'CloudFront appends the viewer’s address to X-Forwarded-For',
  'x-forwarded-proto':
    'CloudFront removes X-Forwarded-Proto and the origin sets it; Django trusts it for HTTPS',
  'x-forwarded-port': 'the origin sets X-Forwarded-Port',
  authorization: 'Authorization carries your users’ credentials (and origin access control overwrites it)',
  forwarded: 'Forwarded is a proxy header the origin may read as the client’s address and scheme',
  // Literal rather than imported: the origin descriptors import this file (VIEWER_PROTO_HEADER, vpc-origin.ts).
  'x-viewer-proto': 'CloudFront sends X-Viewer-Proto: https to a VPC origin, and Django trusts it for HTTPS',
};

/** Why a name cannot be the secret origin header, or null when it can. */
export function customHeaderProblem(name: string): string | null {
  const lower = name.toLowerCase();
  if (
    CUSTOM_HEADER_DENYLIST.includes(lower) ||
    CUSTOM_HEADER_DENIED_PREFIXES.some((p) => lower.startsWith(p))
  )
    return `CloudFront does not allow ${name} as an origin custom header`;
  if (lower.startsWith('cloudfront-')) return `CloudFront sets the CloudFront-* headers itself`;
  const conflict = CUSTOM_HEADER_CONFLICTS[lower];
  return conflict === undefined ? null : `Not ${name}: ${conflict}`;
}
