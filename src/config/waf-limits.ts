/**
 * The AWS WAF fields' values and bounds as plain data (no zod), so the form's first chunk can read them;
 * `waf-fields.ts` builds the schema from them.
 */
export const WAF_MODES = ['none', 'own-arn', 'create'] as const;
export type WafMode = (typeof WAF_MODES)[number];

/** The evaluation windows a rate-based rule takes, in seconds (AWS WAF: 60, 120, 300 or 600; 300 by default). */
export const WAF_RATE_WINDOWS = [60, 120, 300, 600] as const;
/** The lowest rate limit AWS WAF accepts (10 since August 2024; it was 100). */
export const WAF_RATE_LIMIT_MIN = 10;
/** The wizard's own ceiling: a login rate limit above this per IP protects nothing. */
export const WAF_RATE_LIMIT_MAX = 100_000;
/** The wizard's own bounds on the path lists: short enough for a share link, far more than a Django site needs. */
export const WAF_PATHS_MAX = 8;
export const WAF_PATH_MAX = 64;

/**
 * A path prefix the rules match the start of the (URL-decoded) path with, e.g. /admin/: a slash, then segments of
 * unreserved URL characters (RFC 3986), each followed by a slash but the last. No wildcard, query or percent sign.
 */
export const WAF_PATH_PREFIX_PATTERN = /^\/(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/;
