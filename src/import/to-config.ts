import { customHeaderProblem } from '../config/aws-limits';
import { ORIGINS, type OriginType } from '../config/origins';
import {
  CERTIFICATE_ARN_PATTERN,
  HOSTNAME_PATTERN,
  S3_BUCKET_NAME_PATTERN,
  WEB_ACL_ARN_PATTERN,
} from '../config/patterns';
import {
  HTTP_VERSIONS,
  MINIMUM_TLS_VERSIONS,
  PRICE_CLASSES,
  defaultConfig,
  parseConfig,
  type Config,
  type ConfigInput,
} from '../config/schema';
import { recoverValidPart } from '../config/valid-part';
import type { ExistingBehaviour, ExistingSetup, UnreadItem } from './existing-setup';
import { mapCaching, mapFileBehaviours, mapSecurityHeaders } from './to-config-behaviours';
import { forwardsViewerHost, viewerRequestFunction } from './selections';

/** A setting of the fixed config that differs from what the existing setup does, and why. */
export interface Adjustment {
  /** The config field (dotted path), e.g. `origin.hostStrategy`. */
  field: string;
  existing: string;
  fixed: string;
  why: string;
}

export interface ConfigMapping {
  /** The fixed configuration: what the existing setup does where that is right, the wizard's choice where not. */
  config: Config;
  /** Settings taken over as they are: field, value, and where in the input it came from. */
  mapped: { field: string; value: string; from: string }[];
  adjustments: Adjustment[];
  /** What the existing setup has that a wizard config cannot hold. */
  notMapped: UnreadItem[];
}

/** What a mapping step records: settings taken over, changed, or left out. */
export class MappingLog {
  readonly mapped: ConfigMapping['mapped'] = [];
  readonly adjustments: Adjustment[] = [];
  readonly notMapped: UnreadItem[] = [];
  take(field: string, value: unknown, from: string): void {
    this.mapped.push({ field, value: typeof value === 'string' ? value : JSON.stringify(value), from });
  }
  adjust(field: string, existing: string, fixed: string, why: string): void {
    this.adjustments.push({ field, existing, fixed, why });
  }
  leave(path: string, value: string, why: string): void {
    this.notMapped.push({ path, value, why });
  }
}

/** A short project name from the primary domain: `www.example.com` → `example`. */
function projectNameOf(domain: string): string {
  const label = domain.split('.').find((part) => part !== 'www') ?? 'mysite';
  const name = label
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(name) ? name : 'mysite';
}

/** The app origin: the one the default behaviour sends requests to. */
export function appOriginOf(setup: ExistingSetup) {
  const { origins, defaultBehaviour } = setup.distribution;
  return origins.find((origin) => origin.id === defaultBehaviour.targetOriginId) ?? origins[0]!;
}

function mapDomains(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const names: string[] = [];
  for (const alias of setup.distribution.aliases) {
    if (alias.includes('*'))
      log.leave('Aliases', alias, 'a wildcard name: the wizard lists each name; add the names you use');
    else if (!HOSTNAME_PATTERN.test(alias)) log.leave('Aliases', alias, 'not a valid domain name');
    else if (!names.includes(alias)) names.push(alias);
  }
  if (names.length === 0) {
    log.leave(
      'Aliases',
      '(none)',
      'the distribution has no alternate domain name: enter your domain in the wizard',
    );
    return;
  }
  input.domains = { primary: names[0]!, additional: names.slice(1, 21) };
  input.projectName = projectNameOf(names[0]!);
  log.take('domains.primary', names[0], 'Aliases');
  if (names.length > 1) log.take('domains.additional', names.slice(1, 21), 'Aliases');
  if (names.length > 21)
    log.leave(
      'Aliases',
      names.slice(21).join(', '),
      'more than 21 names: the wizard takes at most 20 extra names',
    );
}

function mapCertificate(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const certificate = setup.distribution.certificate;
  if (certificate.kind === 'acm' && CERTIFICATE_ARN_PATTERN.test(certificate.arn)) {
    input.certificate = { source: 'existing-arn', arn: certificate.arn };
    log.take('certificate.arn', certificate.arn, 'ViewerCertificate.ACMCertificateArn');
    return;
  }
  const what =
    certificate.kind === 'cloudfront-default'
      ? 'the default *.cloudfront.net certificate (no custom domain can be served with it)'
      : certificate.kind === 'iam'
        ? `an IAM server certificate (${certificate.id}): the wizard uses ACM`
        : certificate.kind === 'created-or-computed'
          ? `a certificate the template creates or computes (${certificate.expression})`
          : certificate.kind === 'acm'
            ? `${certificate.arn}, which is not an ACM certificate ARN`
            : 'no viewer certificate';
  log.leave(
    'ViewerCertificate',
    what,
    'enter the ARN of an ACM certificate in us-east-1 in the wizard, or let the stack create one',
  );
}

function hostStrategyFor(
  type: OriginType,
  behaviour: ExistingBehaviour,
  log: MappingLog,
): Config['origin']['hostStrategy'] {
  const descriptor = ORIGINS[type];
  const forwardsHost = forwardsViewerHost(behaviour);
  const fn = viewerRequestFunction(behaviour);
  if (forwardsHost && descriptor.foreignHost === null && fn === undefined) {
    log.take('origin.hostStrategy', 'forward-host', 'DefaultCacheBehavior (the viewer’s Host is forwarded)');
    return 'forward-host';
  }
  if (forwardsHost && descriptor.foreignHost !== null) {
    log.adjust(
      'origin.hostStrategy',
      'the viewer’s Host is forwarded to the origin',
      'AllViewerExceptHostHeader and a function that copies Host into X-Forwarded-Host',
      `the origin (${descriptor.label}) answers ${descriptor.foreignHost.response.status} to any Host but its own`,
    );
  } else if (fn === undefined) {
    log.adjust(
      'origin.hostStrategy',
      'no viewer-request function sets X-Forwarded-Host',
      'the generated function copies Host into X-Forwarded-Host',
      'Django needs the name the viewer used, and the origin receives its own name in Host',
    );
  } else {
    log.adjust(
      'origin.hostStrategy',
      `the viewer-request function ${fn.name}`,
      'the generated function, which overwrites any X-Forwarded-Host the viewer sent',
      'the wizard replaces your function with its own, tested one',
    );
  }
  return 'x-forwarded-host-function';
}

function mapOrigin(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const origin = appOriginOf(setup);
  const behaviour = setup.distribution.defaultBehaviour;
  if (origin.kind === 's3') {
    log.leave(
      `Origins ${origin.id}`,
      origin.domainName,
      'the default behaviour goes to an S3 bucket: the wizard needs the origin Django runs behind; enter it',
    );
    return;
  }
  if (origin.kind === 'vpc')
    log.leave(
      `Origins ${origin.id}`,
      origin.domainName,
      'a VPC origin: the wizard does not build VPC origins yet; taken as a public load balancer',
    );
  const type: OriginType = origin.originType ?? (origin.kind === 'vpc' ? 'alb' : 'custom-https');
  const descriptor = ORIGINS[type];
  // The origin's input type is the preprocessed one (unknown): build it as a plain record.
  const result: Record<string, string> = { type };
  log.take('origin.type', type, `Origins ${origin.id}: ${origin.originTypeReason}`);
  if (origin.domainName !== '' && descriptor.endpoint.pattern.test(origin.domainName)) {
    result.endpoint = origin.domainName;
    log.take('origin.endpoint', origin.domainName, `Origins ${origin.id}.DomainName`);
  } else {
    result.endpoint = descriptor.endpoint.example;
    log.leave(
      `Origins ${origin.id}.DomainName`,
      origin.domainExpression ?? origin.domainName,
      origin.domainExpression !== null
        ? 'computed by CloudFormation at deploy time: enter the origin endpoint in the wizard (the example one is a placeholder)'
        : `${descriptor.endpoint.message}: enter it in the wizard`,
    );
  }
  if (origin.originPath !== '') {
    if (descriptor.originPath.rule === 'forbidden')
      log.adjust('origin.path', origin.originPath, '(none)', descriptor.originPath.message);
    else {
      result.path = origin.originPath;
      log.take('origin.path', origin.originPath, `Origins ${origin.id}.OriginPath`);
    }
  }
  result.hostStrategy = hostStrategyFor(type, behaviour, log);
  if (origin.protocolPolicy !== null && origin.protocolPolicy !== 'https-only')
    log.adjust(
      'origin (protocol)',
      origin.protocolPolicy,
      'https-only',
      origin.protocolPolicy === 'http-only'
        ? 'over HTTP the origin and Django cannot tell the request was HTTPS, and the hop is unencrypted'
        : 'match-viewer sends plain HTTP to the origin whenever the viewer used it',
    );
  const headers = origin.customHeaders.map((header) => header.name);
  let secretHeader = false;
  if (headers.length > 0) {
    const name = headers.find((header) => customHeaderProblem(header) === null);
    if (name !== undefined) {
      input.originProtection = { secretHeader: true, headerName: name };
      secretHeader = true;
      log.take(
        'originProtection.headerName',
        name,
        `Origins ${origin.id} custom header (its value is never read)`,
      );
    }
    for (const other of headers.filter((header) => header !== name))
      log.leave(
        `Origins ${origin.id} custom header`,
        other,
        'the wizard sends one secret origin header: add the others yourself',
      );
  }
  if (type === 'lambda-url' && origin.originAccessControl !== null) {
    result.lambdaUrlAuth = 'none-with-secret-header';
    if (!secretHeader) input.originProtection = { secretHeader: true };
    log.adjust(
      'origin.lambdaUrlAuth',
      'origin access control (SigV4)',
      'auth type NONE with a secret origin header',
      'with origin access control every POST or PUT body needs an x-amz-content-sha256 header that browser forms never send: Django forms get 403',
    );
  } else if (origin.originAccessControl !== null) {
    log.leave(
      `Origins ${origin.id}.OriginAccessControlId`,
      origin.originAccessControl,
      `origin access control for a ${descriptor.label} is not something the wizard sets`,
    );
  }
  input.origin = result as ConfigInput['origin'];
}

function mapDistributionSettings(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const existing = setup.distribution;
  const distribution: NonNullable<ConfigInput['distribution']> = {};
  if (existing.priceClass !== null) {
    if ((PRICE_CLASSES as readonly string[]).includes(existing.priceClass)) {
      distribution.priceClass = existing.priceClass as Config['distribution']['priceClass'];
      log.take('distribution.priceClass', existing.priceClass, 'PriceClass');
    } else log.leave('PriceClass', existing.priceClass, 'not a price class the wizard offers');
  }
  if (existing.httpVersion !== null) {
    if ((HTTP_VERSIONS as readonly string[]).includes(existing.httpVersion)) {
      distribution.httpVersion = existing.httpVersion as Config['distribution']['httpVersion'];
      log.take('distribution.httpVersion', existing.httpVersion, 'HttpVersion');
    } else
      log.adjust(
        'distribution.httpVersion',
        existing.httpVersion,
        'http2and3',
        'the wizard offers HTTP/2 with or without HTTP/3',
      );
  }
  if (existing.ipv6 !== null) {
    distribution.ipv6 = existing.ipv6;
    log.take('distribution.ipv6', existing.ipv6, 'IsIPV6Enabled');
  }
  const tls = existing.minimumTlsVersion;
  if (tls !== null && (MINIMUM_TLS_VERSIONS as readonly string[]).includes(tls)) {
    distribution.minimumTlsVersion = tls as Config['distribution']['minimumTlsVersion'];
    log.take('distribution.minimumTlsVersion', tls, 'ViewerCertificate.MinimumProtocolVersion');
  } else if (tls !== null && /_2025$/.test(tls)) {
    log.adjust(
      'distribution.minimumTlsVersion',
      tls,
      'TLSv1.2_2021',
      'the wizard does not offer the 2025 policies yet: set it again after deploying',
    );
  } else if (tls !== null) {
    log.adjust(
      'distribution.minimumTlsVersion',
      tls,
      'TLSv1.2_2021',
      'it lets viewers connect with TLS 1.0 or 1.1, or with weak ciphers',
    );
  }
  if (existing.webAclId !== null) {
    if (WEB_ACL_ARN_PATTERN.test(existing.webAclId)) {
      distribution.webAclArn = existing.webAclId;
      log.take('distribution.webAclArn', existing.webAclId, 'WebACLId');
    } else
      log.leave(
        'WebACLId',
        existing.webAclId,
        'not a WAFv2 web ACL ARN of CLOUDFRONT scope (a WAF Classic ID?): enter the ARN in the wizard',
      );
  }
  if (existing.logging !== null) {
    const bucket = existing.logging.bucket.replace(/\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/, '');
    if (S3_BUCKET_NAME_PATTERN.test(bucket)) {
      distribution.loggingBucket = bucket;
      log.take('distribution.loggingBucket', bucket, 'Logging.Bucket');
    } else log.leave('Logging.Bucket', existing.logging.bucket, 'not an S3 bucket name');
    if (existing.logging.includeCookies)
      log.adjust(
        'distribution.loggingBucket',
        'logs include cookies',
        'logs without cookies',
        'cookies in logs put session IDs and CSRF tokens in the log bucket',
      );
    if (existing.logging.prefix !== '')
      log.leave('Logging.Prefix', existing.logging.prefix, 'the wizard writes logs without a prefix');
  }
  if (existing.comment !== '') {
    distribution.comment = existing.comment.slice(0, 128);
    log.take('distribution.comment', existing.comment.slice(0, 128), 'Comment');
  }
  if (existing.enabled === false)
    log.leave('Enabled', 'false', 'the distribution is disabled: the wizard’s is enabled');
  input.distribution = distribution;
}

/**
 * The fixed config for an existing setup: every setting the wizard can express taken over where it works, the
 * wizard's choice where it does not (each such change listed with why), and what no config can hold listed apart.
 * The result always parses: a setting that still fails validation goes back to its default and is listed.
 */
export function fixedConfigFor(setup: ExistingSetup): ConfigMapping {
  const log = new MappingLog();
  const input: ConfigInput = {};
  mapDomains(setup, input, log);
  mapCertificate(setup, input, log);
  mapOrigin(setup, input, log);
  mapCaching(setup, input, log);
  mapFileBehaviours(setup, input, log);
  mapSecurityHeaders(setup, input, log);
  mapDistributionSettings(setup, input, log);
  const redirect = setup.django?.secureSslRedirect;
  if (redirect?.kind === 'literal') {
    input.django = { secureSslRedirect: redirect.value };
    log.take('django.secureSslRedirect', redirect.value, `settings line ${redirect.line}`);
  }
  const parsed = parseConfig(input);
  let config: Config;
  if (parsed.success) config = parsed.data;
  else {
    config = recoverValidPart(input);
    for (const issue of parsed.error.issues)
      log.leave(issue.path.join('.'), '', `${issue.message}: back to the wizard’s default`);
  }
  return {
    config: config ?? defaultConfig(),
    mapped: log.mapped,
    adjustments: log.adjustments,
    notMapped: log.notMapped,
  };
}
