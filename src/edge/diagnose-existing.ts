import { ORIGINS } from '../config/origins';
import { defaultConfig } from '../config/schema';
import { appOriginOf, forwardsViewerHost, type ExistingSetup } from '../import';
import { existingDjangoSettings, type ExistingDjango } from './existing-django';
import { sortFindings, type ExistingFinding } from './existing-findings';
import { probeFindings } from './existing-probe-findings';
import { EXISTING_SOURCES } from './existing-sources';
import { traceExistingRequest, type ExistingTrace, type ExistingTraceOptions } from './existing-trace';
import { SOURCES } from './sources';

export type { ExistingFinding } from './existing-findings';

/** The requests the diagnosis sends through the imported setup, as a browser would. */
export interface ExistingProbes {
  anonymous: ExistingTrace;
  signedIn: ExistingTrace;
  formPost: ExistingTrace;
  spoofedHost: ExistingTrace;
  plainHttp: ExistingTrace;
  staticFile: ExistingTrace | null;
}

export interface ExistingDiagnosis {
  findings: ExistingFinding[];
  probes: ExistingProbes;
  django: ExistingDjango;
  /** Everything the traces had to assume, once each. */
  assumptions: string[];
}

export const SPOOFED_HOST = 'attacker.example';
const SESSION_COOKIE = 'sessionid=3kq9v0exampleSession; csrftoken=Xy7exampleCsrfToken';

function staticPathOf(setup: ExistingSetup): string | null {
  const url = setup.django?.staticUrl;
  const fromSettings = url?.kind === 'literal' ? url.value : undefined;
  const behaviour =
    setup.distribution.behaviours.find(
      (candidate) => fromSettings !== undefined && candidate.pathPattern.startsWith(fromSettings),
    ) ?? setup.distribution.behaviours.find((candidate) => /static/.test(candidate.pathPattern));
  const prefix = behaviour?.pathPattern.replace(/\*.*$/, '') ?? fromSettings;
  return prefix === undefined ? null : `${prefix.endsWith('/') ? prefix : `${prefix}/`}css/site.css`;
}

/** Sends the probe requests through the existing setup. */
export function probeExisting(
  setup: ExistingSetup,
  django: ExistingDjango,
  options: ExistingTraceOptions,
): ExistingProbes {
  const domain =
    setup.distribution.aliases.find((alias) => !alias.includes('*')) ?? 'd111111abcdef8.cloudfront.net';
  const site = `https://${domain}`;
  const trace = (method: string, url: string, headers: Record<string, string> = {}) =>
    traceExistingRequest(setup, django, { method, url, headers }, options);
  const staticPath = staticPathOf(setup);
  return {
    anonymous: trace('GET', `${site}/`),
    signedIn: trace('GET', `${site}/account/`, { cookie: SESSION_COOKIE }),
    formPost: trace('POST', `${site}/accounts/login/`, {
      cookie: SESSION_COOKIE,
      origin: site,
      referer: `${site}/accounts/login/`,
      'content-type': 'application/x-www-form-urlencoded',
    }),
    spoofedHost: trace('GET', `${site}/`, { 'x-forwarded-host': SPOOFED_HOST }),
    plainHttp: trace('GET', `http://${domain}/`),
    staticFile: staticPath === null ? null : trace('GET', `${site}${staticPath}`),
  };
}

/** Findings about the distribution's own settings, with no request to trace (TLS, logging, Lambda@Edge…). */
function settingFindings(setup: ExistingSetup, django: ExistingDjango): ExistingFinding[] {
  const findings: ExistingFinding[] = [];
  const distribution = setup.distribution;
  const tls = distribution.minimumTlsVersion;
  if (distribution.certificate.kind === 'cloudfront-default' || (tls !== null && !/^TLSv1\.[23]_/.test(tls)))
    findings.push({
      id: 'weak-tls-policy',
      severity: 'risk',
      title: 'Viewers may connect with old TLS versions',
      existing:
        distribution.certificate.kind === 'cloudfront-default'
          ? 'ViewerCertificate uses the default *.cloudfront.net certificate, which fixes the security policy at TLSv1'
          : `ViewerCertificate.MinimumProtocolVersion is ${tls}`,
      consequence:
        'A browser (or an attacker downgrading it) can use TLS 1.0 or 1.1 and their weak ciphers with your site.',
      fix: `The fixed config uses an ACM certificate with the ${defaultConfig().distribution.minimumTlsVersion} policy (TLS 1.2 and 1.3 only, AEAD ciphers).`,
      field: 'distribution.minimumTlsVersion',
      source: EXISTING_SOURCES.securityPolicy,
    });
  if (distribution.logging?.includeCookies)
    findings.push({
      id: 'logs-include-cookies',
      severity: 'risk',
      title: 'Access logs record cookies',
      existing: `Logging.IncludeCookies is true (bucket ${distribution.logging.bucket})`,
      consequence:
        'Every request’s sessionid and csrftoken are written to the log bucket: anyone who can read the logs can sign in as your users.',
      fix: 'The fixed config logs without cookies.',
      field: 'distribution.loggingBucket',
      source: EXISTING_SOURCES.logging,
    });
  for (const behaviour of [distribution.defaultBehaviour, ...distribution.behaviours]) {
    if (behaviour.lambdaEdge.length === 0) continue;
    findings.push({
      id: 'lambda-edge',
      severity: 'note',
      title: 'Lambda@Edge functions are attached',
      existing: behaviour.lambdaEdge
        .map((association) => `${association.eventType}: ${association.arn}`)
        .join('; '),
      consequence: 'The request flow here does not run Lambda@Edge: what they change is not in the findings.',
      fix: 'The fixed config has no Lambda@Edge; add yours back if you still need it.',
      source: SOURCES.functionRestrictions,
    });
    break;
  }
  const unknownFunction = distribution.defaultBehaviour.functions.find(
    (association) => association.eventType === 'viewer-request' && association.code === null,
  );
  if (unknownFunction !== undefined)
    findings.push({
      id: 'function-not-checked',
      severity: 'note',
      title: 'The viewer-request function could not be checked',
      existing: `the default behaviour runs the CloudFront Function ${unknownFunction.name} on viewer-request; its code is not in this export`,
      consequence:
        'The requests here assume it copies Host into X-Forwarded-Host and overwrites any the viewer sent. If it only fills a missing header, a viewer chooses the host Django uses; if it does nothing, Django answers 400 DisallowedHost.',
      fix: `The fixed config replaces it with the generated function. To check yours: aws cloudfront get-function --name ${unknownFunction.name} function.js`,
      field: 'origin.hostStrategy',
      source: SOURCES.functionEvent,
    });
  const app = appOriginOf(setup);
  if (app.kind === 'custom' && app.customHeaders.length === 0 && app.originAccessControl === null)
    findings.push({
      id: 'origin-open',
      severity: 'risk',
      title: 'The origin answers requests that skip CloudFront',
      existing: `Origin ${app.id} (${app.domainName || app.domainExpression}) has no secret custom header and no origin access control`,
      consequence: django.settings.useXForwardedHost
        ? `Anyone can call ${app.domainName || 'the origin'} directly with X-Forwarded-Host: ${distribution.aliases[0] ?? 'your domain'} and reach Django without CloudFront (and its WAF).`
        : `Anyone can call ${app.domainName || 'the origin'} directly and reach Django without CloudFront (and its WAF).`,
      fix: 'Turn on “Require a secret header at the origin” in the wizard: CloudFront adds it and Django refuses requests without it.',
      field: 'originProtection.secretHeader',
      source: SOURCES.originCustomHeaders,
    });
  const hosts = setup.django?.allowedHosts;
  if (hosts?.kind === 'literal' && hosts.value.includes('*'))
    findings.push({
      id: 'allowed-hosts-any',
      severity: 'risk',
      title: 'ALLOWED_HOSTS accepts any host',
      existing: `ALLOWED_HOSTS = ${JSON.stringify(hosts.value)} (settings line ${hosts.line})`,
      consequence:
        'Django builds absolute URLs (password reset links, redirects) from whatever host a request names: host header poisoning.',
      fix: 'The fixed Django settings list your domain names only.',
      source: SOURCES.djangoAllowedHosts,
    });
  const policy = distribution.defaultBehaviour.responseHeadersPolicy;
  const hsts = setup.django?.secureHstsSeconds;
  const cloudFrontHsts =
    policy !== null &&
    ((policy.kind === 'managed' && policy.hsts) || (policy.kind === 'template' && policy.hsts !== null));
  if (cloudFrontHsts && hsts?.kind === 'literal' && hsts.value > 0)
    findings.push({
      id: 'hsts-twice',
      severity: 'note',
      title: 'HSTS is set in two places',
      existing: `the response headers policy sends Strict-Transport-Security and SECURE_HSTS_SECONDS = ${hsts.value} (settings line ${hsts.line})`,
      consequence:
        'Responses can carry two different Strict-Transport-Security values; which one a browser keeps is not yours to choose.',
      fix: 'The fixed config sets HSTS in one place (CloudFront’s policy, with override; Django’s SECURE_HSTS_SECONDS = 0).',
      field: 'securityHeaders.mode',
      source: EXISTING_SOURCES.hsts,
    });
  const type = app.originType;
  if (
    type !== null &&
    forwardsViewerHost(distribution.defaultBehaviour) &&
    ORIGINS[type].foreignHost === null &&
    django.settings.useXForwardedHost
  )
    findings.push({
      id: 'forwarded-host-trusted-with-host',
      severity: 'note',
      title: 'Host is forwarded and X-Forwarded-Host is trusted too',
      existing: 'the origin receives the viewer’s Host and Django has USE_X_FORWARDED_HOST = True',
      consequence:
        'Django reads X-Forwarded-Host when present, and with Host forwarded nothing overwrites it: see the spoofing finding.',
      fix: 'With Host forwarded, the fixed Django settings leave USE_X_FORWARDED_HOST off.',
      source: SOURCES.djangoForwardedHost,
    });
  return findings;
}

/**
 * Diagnoses an existing setup: traces a browser's requests through it (the home page, a signed-in page, a form
 * POST, a spoofed X-Forwarded-Host, plain HTTP, a static file) and reads its settings, and says for each problem
 * what the setup does, what happens to a request because of it, and what the fixed config does instead.
 */
export function diagnoseExisting(setup: ExistingSetup, options: ExistingTraceOptions): ExistingDiagnosis {
  const django = existingDjangoSettings(setup);
  const probes = probeExisting(setup, django, options);
  const findings = sortFindings([...probeFindings(setup, probes), ...settingFindings(setup, django)]);
  const assumptions = [
    ...new Set(Object.values(probes).flatMap((trace) => (trace === null ? [] : trace.assumptions))),
  ];
  return { findings, probes, django, assumptions };
}
