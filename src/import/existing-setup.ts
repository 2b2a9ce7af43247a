import type { OriginType } from '../config/origins';

/**
 * An existing CloudFront distribution (and, optionally, Django settings) as read from a foreign file: what it
 * does, in terms the request flow can play, whether or not a wizard Config can express it. Nothing here is
 * guessed: a value the file does not give (a custom policy known only by its ID, an endpoint CloudFormation
 * computes at deploy time) is marked unknown, and every field the reader did not use is listed in `unread`.
 */
export interface ExistingSetup {
  distribution: ExistingDistribution;
  /** The Django settings lines the person pasted, as read (never run); null when none were given. */
  django: ExistingDjangoSettings | null;
  /** Everything in the input this reader did not turn into a fact above, with why: nothing is silently lost. */
  unread: UnreadItem[];
}

export type ImportFormat = 'get-distribution-config' | 'cloudformation-json' | 'cloudformation-yaml';

/** One thing in the input that was not used, at its path in the input, and why. */
export interface UnreadItem {
  /** Where it is, e.g. `DistributionConfig.Restrictions` or `Resources.Site.Properties…` or `settings.py line 12`. */
  path: string;
  /** What it holds, shortened for display. */
  value: string;
  why: string;
}

export interface ExistingDistribution {
  format: ImportFormat;
  /** The ETag of a get-distribution-config export, or the logical ID in a template. */
  identifier: string;
  aliases: string[];
  origins: ExistingOrigin[];
  defaultBehaviour: ExistingBehaviour;
  /** Path-pattern behaviours in precedence order. */
  behaviours: (ExistingBehaviour & { pathPattern: string })[];
  certificate: ExistingCertificate;
  /** `ViewerCertificate.MinimumProtocolVersion`, e.g. TLSv1.2_2021; null when not given. */
  minimumTlsVersion: string | null;
  sslSupportMethod: string | null;
  webAclId: string | null;
  logging: { bucket: string; includeCookies: boolean; prefix: string } | null;
  priceClass: string | null;
  httpVersion: string | null;
  ipv6: boolean | null;
  comment: string;
  enabled: boolean | null;
}

export type ExistingCertificate =
  | { kind: 'acm'; arn: string }
  | { kind: 'iam'; id: string }
  | { kind: 'cloudfront-default' }
  /** A certificate the template creates (AWS::CertificateManager::Certificate) or a value known only at deploy time. */
  | { kind: 'created-or-computed'; expression: string }
  | { kind: 'none' };

export interface ExistingOrigin {
  id: string;
  /** The origin's DNS name; '' when the file computes it at deploy time (then `domainExpression` says how). */
  domainName: string;
  domainExpression: string | null;
  originPath: string;
  kind: 'custom' | 's3' | 'vpc';
  /** What its endpoint looks like, by the origin descriptors' endpoint rules; null for S3 and unknown names. */
  originType: OriginType | null;
  /** How the origin type was decided, in words (which endpoint rule matched, or why none did). */
  originTypeReason: string;
  protocolPolicy: 'http-only' | 'https-only' | 'match-viewer' | null;
  /** Origin custom headers: names only; a header's value (often a secret) is never kept. */
  customHeaders: { name: string }[];
  /** The origin access control's ID (or template expression), when one signs requests to this origin. */
  originAccessControl: string | null;
}

/** Which viewer values a policy includes: none, all, only the named ones, or all but the named ones. */
export type ValueSelection =
  | { mode: 'none' }
  | { mode: 'all' }
  | { mode: 'only'; names: string[] }
  | { mode: 'all-except'; names: string[] };

/** The cache settings of a behaviour: a managed policy, settings the file spells out, or a policy known only by ID. */
export type ExistingCachePolicy =
  | {
      kind: 'settings';
      /** The managed policy's name, the template's policy name, or "legacy cache settings". */
      name: string;
      from: 'managed' | 'template' | 'legacy';
      /** Set for a managed policy. */
      managedId?: string;
      minTtl: number;
      defaultTtl: number;
      maxTtl: number;
      cookies: ValueSelection;
      queryStrings: ValueSelection;
      headers: ValueSelection;
      /** What is not known about it (e.g. a managed policy whose key AWS documents only in part). */
      caveat?: string;
    }
  | { kind: 'unknown'; id: string; why: string };

/** What reaches the origin besides the cache key: a policy (or the legacy settings, which are both at once). */
export type ExistingOriginRequestPolicy =
  | {
      kind: 'settings';
      name: string;
      from: 'managed' | 'template' | 'legacy';
      managedId?: string;
      /** `all` here means every viewer header, Host included; CloudFront headers are listed apart. */
      headers: ValueSelection;
      cloudFrontHeaders: string[];
      cookies: ValueSelection;
      queryStrings: ValueSelection;
      caveat?: string;
    }
  | { kind: 'unknown'; id: string; why: string }
  | { kind: 'none' };

export interface ExistingFunctionAssociation {
  eventType: 'viewer-request' | 'viewer-response';
  /** The function's name, from its ARN or the template. */
  name: string;
  /** The function's code when the template holds it (AWS::CloudFront::Function FunctionCode); else null. */
  code: string | null;
}

export interface ExistingBehaviour {
  targetOriginId: string;
  viewerProtocolPolicy: 'allow-all' | 'redirect-to-https' | 'https-only';
  allowedMethods: string[];
  cachedMethods: string[];
  cachePolicy: ExistingCachePolicy;
  originRequestPolicy: ExistingOriginRequestPolicy;
  responseHeadersPolicy: ExistingResponseHeadersPolicy | null;
  functions: ExistingFunctionAssociation[];
  /** Lambda@Edge associations: the wizard does not model them; listed so the findings can say so. */
  lambdaEdge: { eventType: string; arn: string }[];
}

export type ExistingResponseHeadersPolicy =
  | { kind: 'managed'; id: string; name: string; hsts: boolean }
  | { kind: 'template'; name: string; hsts: { maxAgeSeconds: number; override: boolean } | null }
  | { kind: 'unknown'; id: string };

/** A Django setting as pasted: its value when it is a literal, else the source text and why it was not read. */
export type SettingValue<T> =
  { kind: 'literal'; value: T; line: number } | { kind: 'computed'; source: string; line: number };

export interface ExistingDjangoSettings {
  allowedHosts?: SettingValue<string[]>;
  useXForwardedHost?: SettingValue<boolean>;
  secureProxySslHeader?: SettingValue<[string, string] | null>;
  csrfTrustedOrigins?: SettingValue<string[]>;
  secureSslRedirect?: SettingValue<boolean>;
  sessionCookieSecure?: SettingValue<boolean>;
  csrfCookieSecure?: SettingValue<boolean>;
  secureHstsSeconds?: SettingValue<number>;
  debug?: SettingValue<boolean>;
  staticUrl?: SettingValue<string>;
  mediaUrl?: SettingValue<string>;
}
