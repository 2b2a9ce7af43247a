import { CSP_MAX_LENGTH } from '../../../src/config/csp';
import fc from 'fast-check';
import { DISTRIBUTION_COMMENT_MAX, DNS_NAME_MAX, URL_PATH_MAX } from '../../../src/config/aws-limits';
import { HOSTED_ZONE_ID_PATTERN } from '../../../src/config/patterns';
import { parseConfig, type Config } from '../../../src/config/schema';
import { WAF_PATH_MAX, WAF_PATHS_MAX } from '../../../src/config/waf-fields';
import { acceptableText } from './text';

/**
 * Configs at the schema's limits: every free field as long as it may be, filled with characters that do not
 * compress (what makes the longest share link), for the "every valid config's link opens" properties.
 */

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomOf = (alphabet: string, length: number) =>
  fc
    .array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length })
    .map((characters) => characters.join(''));

/** A DNS name of exactly `length` characters: labels of up to 63, ending in `suffix`. */
const dnsName = (length: number, suffix: string) =>
  randomOf(ALPHANUMERIC, length).map((characters) => {
    const room = length - suffix.length - 1;
    const labels: string[] = [];
    for (let at = 0; at < room; at += 64) labels.push(characters.slice(at, Math.min(at + 63, room)));
    return `${labels.filter((label) => label !== '').join('.')}.${suffix}`.slice(-length);
  });

const urlPath = (length: number, last: string) =>
  randomOf(`${ALPHANUMERIC}ABCDEFGHIJKLMNOPQRSTUVWXYZ_-`, length).map((characters) => {
    const segments = characters.match(/.{1,20}/g) ?? [];
    return `/${segments.join('/')}`.slice(0, length - last.length) + last;
  });

/** Characters of 3 UTF-8 bytes each (CJK), the most a comment's 128 units can weigh in the link's JSON. */
const heavyComment = fc
  .array(fc.integer({ min: 0x4e00, max: 0x9fff }), {
    minLength: DISTRIBUTION_COMMENT_MAX,
    maxLength: DISTRIBUTION_COMMENT_MAX,
  })
  .map((codes) => acceptableText(String.fromCodePoint(...codes)));

/** A config input with every length-limited field at (or next to) its limit. */
export const extremeConfigInput = fc
  .record({
    project: randomOf('abcdefghijklmnopqrstuvwxyz0123456789-', 30),
    primary: dnsName(DNS_NAME_MAX, 'example.com'),
    additional: fc.uniqueArray(dnsName(DNS_NAME_MAX, 'example.org'), { minLength: 20, maxLength: 20 }),
    zone: dnsName(DNS_NAME_MAX, 'example.net'),
    zoneId: randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 31),
    apiId: randomOf(ALPHANUMERIC, DNS_NAME_MAX - '.execute-api.eu-west-1.amazonaws.com'.length),
    originPath: urlPath(URL_PATH_MAX, ''),
    staticPattern: urlPath(URL_PATH_MAX, '/*'),
    mediaPattern: urlPath(URL_PATH_MAX, '/*'),
    header: randomOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-', 63),
    aclName: randomOf(`${ALPHANUMERIC}_-`, 128),
    functionName: randomOf(`${ALPHANUMERIC}_-`, 64),
    functionQualifier: randomOf(`${ALPHANUMERIC}_-`, 128),
    bucket: randomOf(ALPHANUMERIC, 63),
    comment: heavyComment,
    // Web ACL path prefixes: as many as allowed, each as long as allowed (kept whatever the web ACL choice).
    wafPaths: fc.uniqueArray(randomOf(`${ALPHANUMERIC}._~-`, WAF_PATH_MAX - 1), {
      minLength: 2 * WAF_PATHS_MAX,
      maxLength: 2 * WAF_PATHS_MAX,
    }),
  })
  .map((parts) => ({
    projectName: `p${parts.project}z`,
    domains: { primary: parts.primary, additional: parts.additional },
    certificate: {
      source: 'existing-arn',
      arn: 'arn:aws:acm:us-east-1:123456789012:certificate/6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b',
    },
    dns: { createRecords: false, hostedZoneId: `Z${parts.zoneId}`, hostedZoneName: parts.zone },
    origin: {
      type: 'apigw-rest',
      endpoint: `${parts.apiId}.execute-api.eu-west-1.amazonaws.com`,
      path: parts.originPath,
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${parts.functionName}:${parts.functionQualifier}`,
    },
    dynamicCaching: { mode: 'all-cookies-and-query-strings', defaultTtlSeconds: 31_535_999 },
    staticFiles: { enabled: true, pathPattern: parts.staticPattern, source: 's3' },
    mediaFiles: { enabled: true, pathPattern: parts.mediaPattern, source: 's3' },
    securityHeaders: {
      mode: 'custom',
      hstsMaxAgeSeconds: 63_071_999,
      hstsIncludeSubdomains: true,
      cspReportOnly: false,
      cspPolicy: longestCspPolicy(),
    },
    originProtection: { secretHeader: true, headerName: `X${parts.header}` },
    distribution: {
      priceClass: 'PriceClass_100',
      httpVersion: 'http2',
      ipv6: false,
      minimumTlsVersion: 'TLSv1.2_2018',
      webAclArn: `arn:aws:wafv2:us-east-1:123456789012:global/webacl/${parts.aclName}/00000000-0000-4000-8000-000000000000`,
      loggingBucket: parts.bucket,
      comment: parts.comment,
      wafLargeBodyPaths: parts.wafPaths.slice(0, WAF_PATHS_MAX).map((path) => `/${path}`),
      wafLoginPaths: parts.wafPaths.slice(WAF_PATHS_MAX).map((path) => `/${path}`),
      wafRateLimit: 99_999,
    },
    django: { secureSslRedirect: true },
    output: { cloudFormationFormat: 'json' },
  }));

/** The same configs, parsed (they are all valid: a test fails here if the schema changed under them). */
export const extremeConfig: fc.Arbitrary<Config> = extremeConfigInput.map((input) => {
  const parsed = parseConfig(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`extreme config is invalid: ${issues.join('; ')}`);
  }
  if (!HOSTED_ZONE_ID_PATTERN.test(parsed.data.dns.hostedZoneId)) throw new Error('zone id');
  return parsed.data;
});

/** A valid policy of exactly CSP_MAX_LENGTH characters: many hosts, then padding in the last one's path. */
function longestCspPolicy(): string {
  const start = "default-src 'self'; img-src 'self' data:; script-src 'self'";
  const hosts: string[] = [];
  while (start.length + hosts.join('').length + 40 < CSP_MAX_LENGTH)
    hosts.push(` https://h${hosts.length}.example.com`);
  const policy = `${start}${hosts.join('')} https://x.example.com/`;
  return policy + 'p'.repeat(CSP_MAX_LENGTH - policy.length);
}
