/**
 * Permalink format versions. A link is `c=<version>.<payload>`: the payload is the JSON of the settings that
 * differ from the defaults of that version's schema, deflated with that version's dictionary, in base64url.
 *
 * When the schema changes in a way old links would misread (a field renamed, moved, or its meaning changed), bump
 * `currentVersion`, add `migrations[old]` turning an old payload into the next version's shape, and give the new
 * version a dictionary entry (reuse the old string unless compression needs new words). Never edit a published
 * dictionary or migration: links already shared depend on the exact bytes.
 */

/** Turns the decoded JSON of a version-n link into the JSON of version n + 1. Must not throw on odd input. */
export type PermalinkMigration = (input: Record<string, unknown>) => Record<string, unknown>;

export interface PermalinkFormat {
  currentVersion: number;
  /** The first version whose payload ends with a CRC-32 of its JSON (format 1 links carry none). */
  checksumFromVersion: number;
  /** Preset deflate dictionary per version: the words configs repeat, so a typical link stays short. */
  dictionaries: Readonly<Record<number, string>>;
  /** migrations[n]: version n → n + 1. */
  migrations: Readonly<Record<number, PermalinkMigration>>;
}

// Version 1's dictionary (frozen). Deflate finds matches here; the most common words sit last (shortest distances).
const DICTIONARY_V1 =
  '"PriceClass_100""PriceClass_200""http2""TLSv1.2_2019""TLSv1.2_2018""json""managed""custom"' +
  '"hstsMaxAgeSeconds":"hstsIncludeSubdomains":true"hstsPreload":true"securityHeaders":{"mode":' +
  '"distribution":{"priceClass":"httpVersion":"ipv6":false"minimumTlsVersion":"webAclArn":"arn:aws:wafv2:us-east-1:' +
  ':global/webacl/"loggingBucket":"comment":"django":{"secureSslRedirect":true}"output":{"cloudFormationFormat":' +
  '"originProtection":{"secretHeader":true"headerName":"X-Origin-Verify"' +
  '"dynamicCaching":{"mode":"origin-cache-control""all-cookies-and-query-strings""defaultTtlSeconds":"maxTtlSeconds":' +
  '"mediaFiles":{"enabled":true"pathPattern":"/media/*""source":"s3"}"staticFiles":{"enabled":false"pathPattern":"/static/*"' +
  '"dns":{"createRecords":true"hostedZoneId":"Z"hostedZoneName":"' +
  '"lambdaUrlAuth":"oac""lambdaFunctionArn":"arn:aws:lambda:us-east-1:eu-west-1::function:"hostStrategy":"forward-host"' +
  '"type":"apigw-rest""apigw-http""lambda-url"".lambda-url.eu-central-1.on.aws""alb""custom-https""path":"/prod"' +
  '"certificate":{"source":"create-dns-validated""arn":"arn:aws:acm:us-east-1:"' +
  '"origin":{"endpoint":".execute-api.eu-west-1.us-east-1.amazonaws.com"' +
  ':certificate/"projectName":".org.net.io.co.uk.com"domains":{"primary":"www.","additional":["';

/** A JSON object's member as an object (a fresh one when absent or not an object), for migrations. */
function objectAt(input: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = input[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

/**
 * 1 → 2: a format 1 link left out what equalled format 1's defaults, and some defaults changed with format 2
 * (TLSv1.2_2021 → TLSv1.2_2025; no access logs unless a log bucket was named → standard logging v2; security
 * headers left to Django → a custom policy with HSTS starting at one hour; no CSP → a report-only one). Writing the old defaults in keeps an
 * old link opening as the setup its author saw.
 */
export function formatOneDefaults(input: Record<string, unknown>): Record<string, unknown> {
  const distribution = objectAt(input, 'distribution');
  distribution.minimumTlsVersion ??= 'TLSv1.2_2021';
  const bucket = distribution.loggingBucket;
  distribution.accessLogs ??= typeof bucket === 'string' && bucket.trim() !== '' ? 'legacy-s3' : 'off';
  const securityHeaders = objectAt(input, 'securityHeaders');
  securityHeaders.mode ??= 'none';
  securityHeaders.hstsMaxAgeSeconds ??= 31_536_000;
  // Format 1 had no Content-Security-Policy: an old link with the custom policy keeps sending none.
  securityHeaders.csp ??= 'none';
  return { ...input, distribution, securityHeaders };
}

export const PERMALINK_FORMAT: PermalinkFormat = {
  // 2: the same dictionary as 1, a CRC-32 of the JSON after it, so a damaged link is refused (issue 13), and
  // the 2026 defaults (formatOneDefaults writes format 1's into old links).
  currentVersion: 2,
  checksumFromVersion: 2,
  dictionaries: { 1: DICTIONARY_V1, 2: DICTIONARY_V1 },
  migrations: { 1: formatOneDefaults },
};

/** Brings a decoded payload from `version` up to the format's current version, or says why it cannot. */
export function migratePayload(
  version: number,
  input: Record<string, unknown>,
  format: PermalinkFormat,
): { ok: true; input: Record<string, unknown> } | { ok: false; error: string } {
  let current = input;
  for (let step = version; step < format.currentVersion; step += 1) {
    const migration = format.migrations[step];
    if (migration === undefined) {
      return { ok: false, error: `This link uses format version ${version}, which can no longer be read.` };
    }
    try {
      current = migration(current);
    } catch {
      return { ok: false, error: `This link (format version ${version}) could not be upgraded.` };
    }
  }
  return { ok: true, input: current };
}
