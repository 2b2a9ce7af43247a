import { describe, expect, it } from 'vitest';
import {
  ALL_METHODS,
  ENDPOINTS,
  GOOD_DJANGO_SETTINGS,
  IDS,
  distributionExport,
  type ExportOptions,
} from '../../test/support/diagnose/exports';
import { ALB_LEGACY_TEMPLATE, HTTP_API_TEMPLATE_YAML } from '../../test/support/diagnose/templates';
import { fixedConfigFor, readExistingSetup } from '../import';
import { diagnoseExisting } from './diagnose-existing';
import { runInNodeVm } from './node-function-runner';
import { traceRequest } from './trace';

function diagnose(text: string, settings?: string) {
  const read = readExistingSetup(text, settings);
  if (!read.ok) throw new Error(read.error);
  return {
    setup: read.setup,
    diagnosis: diagnoseExisting(read.setup, { runner: runInNodeVm }),
    mapping: fixedConfigFor(read.setup),
  };
}
const exported = (options: ExportOptions) => JSON.stringify(distributionExport(options));
const ids = (findings: { id: string }[]) => findings.map((finding) => finding.id);

/** What the wizard's own request flow says of the fixed config: the same browser requests. */
function fixedWorks(config: ReturnType<typeof fixedConfigFor>['config']) {
  const domain = config.domains.primary;
  const get = traceRequest(config, { method: 'GET', url: `https://${domain}/` }, { runner: runInNodeVm });
  const post = traceRequest(
    config,
    {
      method: 'POST',
      url: `https://${domain}/accounts/login/`,
      headers: { origin: `https://${domain}`, cookie: 'csrftoken=abc; sessionid=s' },
    },
    { runner: runInNodeVm },
  );
  const spoofed = traceRequest(
    config,
    { method: 'GET', url: `https://${domain}/`, headers: { 'x-forwarded-host': 'attacker.example' } },
    { runner: runInNodeVm },
  );
  return { get: get.response.status, post: post.response.status, host: spoofed.django?.host };
}

describe('diagnoseExisting: a correct setup for each origin type has nothing broken', () => {
  it.each([
    ['API Gateway HTTP API', { domainName: ENDPOINTS['apigw-http'], functions: ['mysite-forward-host'] }],
    [
      'API Gateway REST API',
      { domainName: ENDPOINTS['apigw-rest'], originPath: '/prod', functions: ['mysite-forward-host'] },
    ],
    [
      'Lambda function URL + secret header',
      {
        domainName: ENDPOINTS['lambda-url'],
        functions: ['f'],
        customHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: 'v' }],
      },
    ],
    ['ALB forwarding Host', { domainName: ENDPOINTS.alb, originRequestPolicyId: IDS.allViewer }],
    ['any HTTPS origin', { domainName: ENDPOINTS['custom-https'], functions: ['f'] }],
  ] as [string, ExportOptions][])('%s', (_name, options) => {
    const { diagnosis } = diagnose(exported(options));
    expect(diagnosis.findings.filter((finding) => finding.severity === 'broken')).toEqual([]);
  });
});

describe('diagnoseExisting: broken setups get the right finding, with what happens to a request', () => {
  it('Host forwarded to API Gateway → 403 from API Gateway; the fixed config works', () => {
    const { diagnosis, mapping } = diagnose(
      exported({ domainName: ENDPOINTS['apigw-http'], originRequestPolicyId: IDS.allViewer }),
    );
    const finding = diagnosis.findings.find((candidate) => candidate.id === 'host-forwarded-to-origin');
    expect(finding).toMatchObject({
      severity: 'broken',
      existing: `DefaultCacheBehavior forwards the viewer’s Host (Managed-AllViewer) to ${ENDPOINTS['apigw-http']}`,
      request: {
        method: 'GET',
        url: 'https://www.example.com/',
        status: 403,
        answeredBy: 'API Gateway HTTP API',
      },
      field: 'origin.hostStrategy',
    });
    expect(finding!.consequence).toContain('answers 403 to Host www.example.com');
    expect(mapping.config.origin).toMatchObject({
      type: 'apigw-http',
      endpoint: ENDPOINTS['apigw-http'],
      hostStrategy: 'x-forwarded-host-function',
    });
    expect(fixedWorks(mapping.config)).toEqual({ get: 200, post: 200, host: 'www.example.com' });
  });

  it('no X-Forwarded-Host function → DisallowedHost, with the pasted settings', () => {
    const { diagnosis, mapping } = diagnose(
      exported({ domainName: ENDPOINTS['apigw-rest'], originPath: '/prod' }),
      GOOD_DJANGO_SETTINGS,
    );
    const finding = diagnosis.findings.find((candidate) => candidate.id === 'no-forwarded-host');
    expect(finding?.consequence).toBe(
      `GET https://www.example.com/ → 400 from Django: Invalid HTTP_HOST header: '${ENDPOINTS['apigw-rest']}'. You may need to add '${ENDPOINTS['apigw-rest']}' to ALLOWED_HOSTS. (Django raises DisallowedHost and answers 400)`,
    );
    expect(diagnosis.assumptions).toEqual([]);
    expect(mapping.config.origin).toMatchObject({ type: 'apigw-rest', path: '/prod' });
    expect(fixedWorks(mapping.config).get).toBe(200);
  });

  it('a cache policy without cookies on a logged-in page → one user’s page served to another', () => {
    const { diagnosis, mapping } = diagnose(
      exported({
        domainName: ENDPOINTS['apigw-http'],
        functions: ['f'],
        cachePolicyId: IDS.cachingOptimized,
      }),
    );
    const finding = diagnosis.findings.find((candidate) => candidate.id === 'signed-in-pages-shared');
    expect(finding?.consequence).toMatch(
      /cacheable for every viewer of this URL, signed in or not: the session cookie is not in the cache key/,
    );
    expect(mapping.config.dynamicCaching.mode).toBe('disabled');
    expect(mapping.adjustments).toContainEqual(
      expect.objectContaining({ field: 'dynamicCaching.mode', fixed: 'disabled (CachingDisabled)' }),
    );
  });

  it('Lambda URL with origin access control → every form POST refused; fixed: auth NONE + secret header', () => {
    const { diagnosis, mapping } = diagnose(
      exported({
        domainName: ENDPOINTS['lambda-url'],
        functions: ['f'],
        originAccessControlId: 'E2OACEXAMPLE',
      }),
    );
    expect(ids(diagnosis.findings)).toContain('lambda-oac-post');
    expect(mapping.config.origin.lambdaUrlAuth).toBe('none-with-secret-header');
    expect(mapping.config.originProtection.secretHeader).toBe(true);
    expect(fixedWorks(mapping.config).post).toBe(200);
  });

  it('Django without SECURE_PROXY_SSL_HEADER → the CSRF Origin check fails', () => {
    // Without the proxy header Django thinks the request is http; CSRF_TRUSTED_ORIGINS would still let it pass.
    const settings = GOOD_DJANGO_SETTINGS.replace(/^SECURE_PROXY_SSL_HEADER.*$/m, '').replace(
      /^CSRF_TRUSTED_ORIGINS = \[[^\]]*\]/m,
      '',
    );
    const { diagnosis } = diagnose(
      exported({ domainName: ENDPOINTS['apigw-http'], functions: ['f'] }),
      settings,
    );
    const finding = diagnosis.findings.find((candidate) => candidate.id === 'csrf-fails');
    expect(finding?.consequence).toContain(
      'Origin checking failed - https://www.example.com does not match any trusted origins.',
    );
  });

  it('a legacy ALB template: GET/HEAD only, cookies dropped, plain HTTP, TLS 1.1, cookies in logs', () => {
    const { diagnosis, mapping } = diagnose(JSON.stringify(ALB_LEGACY_TEMPLATE));
    expect(ids(diagnosis.findings)).toEqual(
      expect.arrayContaining([
        'cookies-not-forwarded',
        'post-not-allowed',
        'http-served',
        'weak-tls-policy',
        'logs-include-cookies',
        'origin-open',
      ]),
    );
    expect(mapping.config).toMatchObject({
      domains: { primary: 'example.com', additional: ['www.example.com'] },
      origin: { type: 'alb', hostStrategy: 'forward-host' },
      distribution: { minimumTlsVersion: 'TLSv1.2_2025', loggingBucket: 'example-logs' },
    });
    expect(mapping.notMapped).toContainEqual(expect.objectContaining({ path: 'Logging.Prefix' }));
    expect(fixedWorks(mapping.config)).toMatchObject({ get: 200, post: 200 });
  });

  it('the YAML template: its own function is run; it keeps a viewer’s X-Forwarded-Host, so the host is spoofable', () => {
    const { diagnosis, mapping } = diagnose(HTTP_API_TEMPLATE_YAML);
    expect(diagnosis.probes.anonymous.django?.host).toBe('www.example.com');
    expect(ids(diagnosis.findings)).toEqual(
      expect.arrayContaining(['forwarded-host-spoofable', 'signed-in-pages-shared']),
    );
    expect(mapping.notMapped).toContainEqual(
      expect.objectContaining({
        path: 'Origins api.DomainName',
        why: expect.stringContaining('computed by CloudFormation'),
      }),
    );
  });

  it('a function without its code is not guessed at: the assumption is said', () => {
    const { diagnosis } = diagnose(
      exported({ domainName: ENDPOINTS['apigw-http'], functions: ['legacy-host'] }),
      GOOD_DJANGO_SETTINGS,
    );
    expect(ids(diagnosis.findings)).toContain('function-not-checked');
    expect(diagnosis.assumptions).toContain(
      'the viewer-request function legacy-host was not run (its code is not in the import): the trace assumes it copies Host into X-Forwarded-Host, overwriting any the viewer sent',
    );
  });

  it('API Gateway over plain HTTP → CloudFront cannot connect (502)', () => {
    const { diagnosis, mapping } = diagnose(
      exported({ domainName: ENDPOINTS['apigw-http'], functions: ['f'], protocol: 'http-only' }),
    );
    const finding = diagnosis.findings.find((candidate) => candidate.id === 'origin-over-http');
    expect(finding?.consequence).toBe(
      'GET https://www.example.com/ → 502 from API Gateway HTTP API: API Gateway HTTP API has no plain-HTTP endpoint: CloudFront cannot connect over HTTP',
    );
    expect(mapping.adjustments).toContainEqual(
      expect.objectContaining({ field: 'origin (protocol)', existing: 'http-only', fixed: 'https-only' }),
    );
  });

  it('an ALB over plain HTTP: its proxy says http, so Django’s CSRF check fails for your own https form', () => {
    const settings = GOOD_DJANGO_SETTINGS.replace(/^CSRF_TRUSTED_ORIGINS = \[[^\]]*\]/m, '');
    const { diagnosis } = diagnose(
      exported({ domainName: ENDPOINTS.alb, functions: ['f'], protocol: 'http-only' }),
      settings,
    );
    expect(diagnosis.probes.anonymous.django?.isSecureBecause).toBe(
      'SECURE_PROXY_SSL_HEADER: x-forwarded-proto is "http"',
    );
    expect(diagnosis.findings.find((candidate) => candidate.id === 'csrf-fails')?.consequence).toContain(
      'Origin checking failed',
    );
  });

  it('methods, protocol and TLS as exported are what the trace plays', () => {
    const { diagnosis } = diagnose(
      exported({
        domainName: ENDPOINTS['custom-https'],
        functions: ['f'],
        allowedMethods: ['GET', 'HEAD'],
        viewerProtocolPolicy: 'allow-all',
        minimumProtocolVersion: 'TLSv1',
      }),
    );
    expect(ids(diagnosis.findings)).toEqual(
      expect.arrayContaining(['post-not-allowed', 'http-served', 'weak-tls-policy']),
    );
    expect(ALL_METHODS).toHaveLength(7);
  });
});
