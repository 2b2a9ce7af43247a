import type { ExistingSetup } from '../import';
import { appOriginOf, describeSelection, viewerRequestFunction } from '../import';
import type { ExistingProbes } from './diagnose-existing';
import type { ExistingFinding } from './existing-findings';
import type { ExistingTrace } from './existing-trace';
import { SOURCES } from './sources';

const SPOOF = 'attacker.example';

function requestOf(trace: ExistingTrace): NonNullable<ExistingFinding['request']> {
  const viewer = trace.hops[0]!;
  const hop = trace.hops[trace.hops.length - 1]!;
  return {
    method: viewer.request.method,
    url: trace.url,
    status: trace.response.status,
    answeredBy: trace.answeredBy === null ? 'Django (the view runs)' : hop.title,
  };
}

function outcome(trace: ExistingTrace): string {
  const request = requestOf(trace);
  return `${request.method} ${request.url} → ${request.status} from ${request.answeredBy}: ${trace.response.reason}`;
}

function policyName(setup: ExistingSetup): string {
  const policy = setup.distribution.defaultBehaviour.originRequestPolicy;
  return policy.kind === 'settings'
    ? policy.name
    : policy.kind === 'unknown'
      ? `policy ${policy.id}`
      : 'no origin request policy';
}

/** Findings read off the traced requests: each one's consequence is what the request flow shows happens. */
export function probeFindings(setup: ExistingSetup, probes: ExistingProbes): ExistingFinding[] {
  const findings: ExistingFinding[] = [];
  const app = appOriginOf(setup);
  const { anonymous, signedIn, formPost, spoofedHost, plainHttp, staticFile } = probes;
  const behaviour = setup.distribution.defaultBehaviour;

  if (
    anonymous.answeredBy === 'origin' &&
    anonymous.response.status === 403 &&
    /Host/.test(anonymous.response.reason)
  )
    findings.push({
      id: 'host-forwarded-to-origin',
      severity: 'broken',
      title: 'The origin refuses every request: it receives your domain as Host',
      existing: `DefaultCacheBehavior forwards the viewer’s Host (${policyName(setup)}) to ${app.domainName}`,
      consequence: outcome(anonymous),
      request: requestOf(anonymous),
      fix: 'The fixed config uses AllViewerExceptHostHeader (the origin gets its own name) and a CloudFront Function that puts your domain in X-Forwarded-Host.',
      field: 'origin.hostStrategy',
      source: anonymous.response.source,
    });
  const verdict = anonymous.django;
  if (
    verdict !== null &&
    verdict.host === null &&
    verdict.rawHost.from === 'Host' &&
    verdict.rawHost.value === app.domainName
  ) {
    const fn = viewerRequestFunction(behaviour);
    findings.push({
      id: 'no-forwarded-host',
      severity: 'broken',
      title: 'Django sees the origin’s name, not your domain: DisallowedHost',
      existing:
        fn === undefined
          ? `no viewer-request function sets X-Forwarded-Host, and the origin receives its own name ${app.domainName} as Host`
          : `the viewer-request function ${fn.name} did not set X-Forwarded-Host in the trace, and the origin receives ${app.domainName} as Host`,
      consequence: `${outcome(anonymous)} (Django raises DisallowedHost and answers 400)`,
      request: requestOf(anonymous),
      fix: 'The fixed config adds a viewer-request function that copies Host into X-Forwarded-Host, and Django settings with USE_X_FORWARDED_HOST = True and ALLOWED_HOSTS = your domains.',
      field: 'origin.hostStrategy',
      source: SOURCES.djangoForwardedHost,
    });
  } else if (verdict !== null && verdict.host !== null && verdict.host === app.domainName)
    findings.push({
      id: 'origin-name-as-host',
      severity: 'broken',
      title: 'Django builds URLs with the origin’s name',
      existing: `ALLOWED_HOSTS accepts the origin’s own name ${app.domainName}, which is what Django reads`,
      consequence: `Absolute URLs, redirects and the CSRF origin check use https://${app.domainName} instead of your domain.`,
      request: requestOf(anonymous),
      fix: 'The fixed config sends your domain in X-Forwarded-Host and Django trusts it (ALLOWED_HOSTS = your domains only).',
      field: 'origin.hostStrategy',
      source: SOURCES.djangoForwardedHost,
    });
  if (anonymous.django?.status === 301 && /loop/.test(anonymous.response.reason))
    findings.push({
      id: 'ssl-redirect-loop',
      severity: 'broken',
      title: 'Django redirects HTTPS requests to HTTPS: a redirect loop',
      existing: `SECURE_SSL_REDIRECT is on and Django does not see the request as secure (${anonymous.django.isSecureBecause})`,
      consequence: outcome(anonymous),
      request: requestOf(anonymous),
      fix: 'The fixed config reaches the origin over HTTPS and Django trusts X-Forwarded-Proto from it (SECURE_PROXY_SSL_HEADER).',
      field: 'django.secureSslRedirect',
      source: SOURCES.djangoSslRedirect,
    });
  const spoofedVerdict = spoofedHost.django;
  if (
    spoofedVerdict !== null &&
    spoofedVerdict.rawHost.value.includes(SPOOF) &&
    (anonymous.django?.status ?? 0) !== 400
  )
    findings.push({
      id: 'forwarded-host-spoofable',
      severity: 'risk',
      title: 'A viewer chooses the host Django uses',
      existing:
        'a viewer’s own X-Forwarded-Host reaches Django unchanged (nothing overwrites it) and Django trusts it',
      consequence: `${outcome(spoofedHost)}: Django read the host ${spoofedVerdict.rawHost.value} the viewer sent${spoofedVerdict.host === null ? '' : ', and accepted it'}.`,
      request: requestOf(spoofedHost),
      fix: 'The generated function always overwrites X-Forwarded-Host with the Host the viewer connected to.',
      field: 'origin.hostStrategy',
      source: SOURCES.djangoForwardedHost,
    });
  const cacheVerdict = signedIn.cache;
  if (cacheVerdict?.cacheable && /not in the cache key/.test(cacheVerdict.sharedWith))
    findings.push({
      id: 'signed-in-pages-shared',
      severity: 'broken',
      title: 'One user’s page can be served to another',
      existing: `the default behaviour caches with ${cacheVerdict.policyName}, whose key holds ${cacheVerdict.keyParts.join('; ')}`,
      consequence: `GET ${requestOf(signedIn).url} with a session cookie is cacheable for ${cacheVerdict.sharedWith}. ${cacheVerdict.why} The next visitor gets the signed-in user’s page (and any Set-Cookie in it).`,
      request: requestOf(signedIn),
      fix: 'The fixed config does not cache Django’s pages (CachingDisabled); static files get their own cached behaviour.',
      field: 'dynamicCaching.mode',
      source: cacheVerdict.source,
    });
  const cookiesAtDjango = signedIn.djangoRequest?.headers.cookie ?? '';
  if (signedIn.djangoRequest !== null && !/sessionid=/.test(cookiesAtDjango)) {
    const forwarded = behaviour.originRequestPolicy;
    findings.push({
      id: 'cookies-not-forwarded',
      severity: 'broken',
      title: 'Django never receives the session and CSRF cookies',
      existing: `the default behaviour forwards ${forwarded.kind === 'settings' ? describeSelection(forwarded.cookies, 'cookies') : 'no cookies'} to the origin`,
      consequence: `GET ${requestOf(signedIn).url} with sessionid and csrftoken reaches Django with ${cookiesAtDjango === '' ? 'no Cookie header' : `Cookie: ${cookiesAtDjango}`}: every visitor looks signed out, and form posts fail the CSRF check.`,
      request: requestOf(signedIn),
      fix: 'The fixed config forwards every cookie to Django (AllViewerExceptHostHeader) without putting them in a shared cache key.',
      field: 'dynamicCaching.mode',
      source: SOURCES.originRequestPolicies,
    });
  }
  if (
    formPost.answeredBy === 'edge' &&
    formPost.response.status === 403 &&
    /allows/.test(formPost.response.reason)
  )
    findings.push({
      id: 'post-not-allowed',
      severity: 'broken',
      title: 'CloudFront refuses form posts',
      existing: `the default behaviour allows ${behaviour.allowedMethods.join(', ')} only`,
      consequence: outcome(formPost),
      request: requestOf(formPost),
      fix: 'The fixed config allows all seven methods on the Django behaviour (CloudFront still caches only GET and HEAD).',
      source: SOURCES.allowedMethods,
    });
  else if (
    formPost.answeredBy === 'origin' &&
    formPost.response.status === 403 &&
    /x-amz-content-sha256/.test(formPost.response.reason)
  )
    findings.push({
      id: 'lambda-oac-post',
      severity: 'broken',
      title: 'Form posts are refused by the function URL',
      existing: `origin access control signs requests to the function URL ${app.domainName}`,
      consequence: outcome(formPost),
      request: requestOf(formPost),
      fix: 'The fixed config sets the function URL’s auth to NONE and protects it with a secret origin header that Django checks.',
      field: 'origin.lambdaUrlAuth',
      source: formPost.response.source,
    });
  else if (
    formPost.django?.csrf?.ok === false &&
    !findings.some((finding) => finding.id === 'cookies-not-forwarded')
  )
    findings.push({
      id: 'csrf-fails',
      severity: 'broken',
      title: 'Form posts fail Django’s CSRF check',
      existing: `Django sees the request as ${formPost.django.isSecure ? 'secure' : 'not secure'} (${formPost.django.isSecureBecause}) for host ${formPost.django.host}`,
      consequence: `${outcome(formPost)}`,
      request: requestOf(formPost),
      fix: 'The fixed config makes Django see https and your domain (SECURE_PROXY_SSL_HEADER, X-Forwarded-Host) and lists your domains in CSRF_TRUSTED_ORIGINS.',
      source: SOURCES.djangoCsrf,
    });
  if (anonymous.answeredBy === 'origin' && anonymous.response.status === 502)
    findings.push({
      id: 'origin-over-http',
      severity: 'broken',
      title: 'CloudFront cannot reach the origin',
      existing: `origin ${app.id} is reached over plain HTTP (origin protocol policy ${app.protocolPolicy})`,
      consequence: outcome(anonymous),
      request: requestOf(anonymous),
      fix: 'The fixed config reaches the origin over HTTPS only.',
      source: anonymous.response.source,
    });
  if (plainHttp.answeredBy !== 'edge')
    findings.push({
      id: 'http-served',
      severity: 'risk',
      title: 'Plain HTTP is served instead of redirected',
      existing: `the default behaviour’s viewer protocol policy is ${behaviour.viewerProtocolPolicy}`,
      consequence: `${outcome(plainHttp)}: the page and its cookies travel unencrypted.`,
      request: requestOf(plainHttp),
      fix: 'The fixed config redirects HTTP to HTTPS (redirect-to-https).',
      source: SOURCES.viewerProtocolPolicy,
    });
  if (staticFile !== null && staticFile.cache !== null && !staticFile.cache.cacheable)
    findings.push({
      id: 'static-not-cached',
      severity: 'note',
      title: 'Static files are not cached',
      existing: `${requestOf(staticFile).url} uses the behaviour ${staticFile.behaviour} with ${staticFile.cache.policyName}`,
      consequence: `Every request for a static file goes to Django. ${staticFile.cache.why}`,
      request: requestOf(staticFile),
      fix: 'The fixed config caches the static files behaviour with CachingOptimized.',
      field: 'staticFiles.enabled',
      source: staticFile.cache.source,
    });
  return findings;
}
