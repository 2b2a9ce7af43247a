import { describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../config/schema';
import { deploymentFor } from '../model';
import { behaviourFor, pathPatternMatches } from './cloudfront-edge';
import { runInNodeVm } from './node-function-runner';
import { traceRequest, EXAMPLE_ORIGIN_SECRET } from './trace';
import type { Hop, Trace, ViewerRequest } from './types';
import { DISTRIBUTION_DOMAIN } from './viewer-function';

function config(input: ConfigInput = {}): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const get = (url: string, headers: Record<string, string> = {}): ViewerRequest => ({
  method: 'GET',
  url,
  headers,
});
const hop = (trace: Trace, id: Hop['id']) => trace.hops.find((candidate) => candidate.id === id);
const change = (trace: Trace, id: Hop['id'], header: string) =>
  hop(trace, id)?.changes.find((candidate) => candidate.header === header);

const LAMBDA_URL = 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws';

describe('CloudFront behaviours and viewer checks', () => {
  it('matches path patterns like CloudFront (* any, ? one, case-sensitive, dots literal)', () => {
    expect(pathPatternMatches('/static/*', '/static/css/site.css')).toBe(true);
    expect(pathPatternMatches('/static/*', '/static')).toBe(false);
    expect(pathPatternMatches('/static/*', '/STATIC/x')).toBe(false);
    expect(pathPatternMatches('/a?c/*', '/abc/x')).toBe(true);
    expect(pathPatternMatches('/v1.0/*', '/v1x0/a')).toBe(false);
    const { distribution } = deploymentFor(config({ mediaFiles: { enabled: true } }));
    expect(behaviourFor(distribution, '/media/a.png').label).toBe('/media/*');
    expect(behaviourFor(distribution, '/admin/').label).toBe('Default (*)');
  });

  it('redirects plain HTTP to HTTPS at CloudFront', () => {
    const trace = traceRequest(config(), get('http://www.example.com/a/?b=1'));
    expect(trace.answeredBy).toBe('edge');
    expect(trace.response).toMatchObject({
      status: 301,
      headers: { location: 'https://www.example.com/a/?b=1' },
    });
  });

  it('refuses a Host that is not an alternate domain name, but serves the cloudfront.net name (Django refuses it)', () => {
    const foreign = traceRequest(config(), get('https://evil.example/'));
    expect(foreign).toMatchObject({ answeredBy: 'edge', response: { status: 403 } });
    const ownName = traceRequest(config(), get(`https://${DISTRIBUTION_DOMAIN}/`));
    expect(ownName.answeredBy).toBe('django');
    expect(ownName.django?.allowedHosts.ok).toBe(false);
    expect(ownName.response.status).toBe(400);
  });

  it('answers 403 to a method the behaviour does not allow (POST to /static/*)', () => {
    const trace = traceRequest(config(), { method: 'POST', url: 'https://www.example.com/static/x.css' });
    expect(trace).toMatchObject({ answeredBy: 'edge', behaviour: '/static/*', response: { status: 403 } });
    expect(trace.response.reason).toContain('GET, HEAD');
  });
});

describe('the generated CloudFront Function', () => {
  it('overwrites a viewer-sent X-Forwarded-Host, in node:vm and in its TypeScript twin alike', () => {
    const request = get('https://www.example.com/?a=1&a=2', {
      'X-Forwarded-Host': 'evil.example',
      cookie: 'a=1; b=2',
    });
    const inVm = traceRequest(config(), request, { runner: runInNodeVm });
    const inBrowser = traceRequest(config(), request);
    expect(inVm).toEqual(inBrowser);
    expect(change(inVm, 'function', 'x-forwarded-host')).toMatchObject({
      change: 'rewritten',
      before: 'evil.example',
      after: 'www.example.com',
    });
    const afterFunction = hop(inVm, 'function')!.request;
    expect(afterFunction.headers.cookie).toBe('a=1; b=2');
    expect(afterFunction.query).toBe('a=1&a=2');
    expect(inVm.django?.host).toBe('www.example.com');
  });

  it('does not run for the forward-host strategy', () => {
    const trace = traceRequest(
      config({ origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } }),
      get('https://www.example.com/'),
    );
    expect(hop(trace, 'function')).toBeUndefined();
    expect(trace.hops.map((entry) => entry.id)).toEqual([
      'viewer',
      'edge',
      'origin-request',
      'origin',
      'django',
    ]);
  });
});

describe('CloudFront → origin request', () => {
  it('AllViewerExceptHostHeader: Host becomes the origin name; proto and real-ip removed; XFF, Via, X-Amz-Cf-Id added', () => {
    const trace = traceRequest(config(), {
      ...get('https://www.example.com/', {
        'X-Forwarded-Proto': 'http',
        'X-Real-IP': '1.2.3.4',
        'X-Forwarded-For': '10.0.0.1',
      }),
      clientIp: '198.51.100.7',
    });
    expect(change(trace, 'origin-request', 'host')).toMatchObject({
      change: 'rewritten',
      after: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
    });
    expect(change(trace, 'origin-request', 'x-forwarded-proto')?.change).toBe('removed');
    expect(change(trace, 'origin-request', 'x-real-ip')?.change).toBe('removed');
    expect(change(trace, 'origin-request', 'x-forwarded-for')?.after).toBe('10.0.0.1, 198.51.100.7');
    expect(change(trace, 'origin-request', 'via')?.change).toBe('added');
    expect(change(trace, 'origin-request', 'x-amz-cf-id')?.change).toBe('added');
  });

  it('AllViewer keeps the viewer Host (and API Gateway then refuses it with 403)', () => {
    const trace = traceRequest(
      config({ origin: { hostStrategy: 'forward-host' } }),
      get('https://www.example.com/'),
    );
    expect(change(trace, 'origin-request', 'host')).toBeUndefined();
    expect(trace).toMatchObject({
      answeredBy: 'origin',
      djangoRequest: null,
      response: { status: 403, body: '{"message":"Forbidden"}' },
    });
  });

  it('sets the secret origin header, overwriting a viewer’s value', () => {
    const cfg = config({ originProtection: { secretHeader: true } });
    const trace = traceRequest(cfg, get('https://www.example.com/', { 'X-Origin-Verify': 'guess' }), {
      originSecret: 's3cr3t',
    });
    expect(change(trace, 'origin-request', 'x-origin-verify')).toMatchObject({
      change: 'rewritten',
      before: 'guess',
      after: 's3cr3t',
    });
    expect(trace.django?.originVerify?.ok).toBe(true);
    const mismatch = traceRequest(cfg, get('https://www.example.com/'), {
      originSecret: 'a',
      djangoSecret: 'b',
    });
    expect(mismatch).toMatchObject({ answeredBy: 'django', response: { status: 403 } });
  });

  it('S3 static files: no origin request policy, so only cache-key headers go, and Django is not involved', () => {
    const trace = traceRequest(
      config({ staticFiles: { enabled: true, source: 's3' } }),
      get('https://www.example.com/static/app.css?v=3', { cookie: 'sessionid=x', accept: 'text/css' }),
    );
    expect(change(trace, 'origin-request', 'cookie')?.change).toBe('removed');
    expect(change(trace, 'origin-request', 'user-agent')?.after).toBe('Amazon CloudFront');
    expect(hop(trace, 'origin-request')!.request.query).toBe('');
    expect(trace).toMatchObject({ answeredBy: 'origin', django: null, cache: { cacheable: true } });
  });

  it('puts the origin path in front; a REST API takes the stage off again, an HTTP API keeps it', () => {
    const rest = traceRequest(
      config({ origin: { type: 'apigw-rest', path: '/prod' } }),
      get('https://www.example.com/shop/'),
    );
    expect(hop(rest, 'origin-request')!.request.path).toBe('/prod/shop/');
    expect(rest.djangoRequest?.path).toBe('/shop/');
    const http = traceRequest(
      config({ origin: { type: 'apigw-http', path: '/live' } }),
      get('https://www.example.com/shop/'),
    );
    expect(http.djangoRequest?.path).toBe('/live/shop/');
    expect(
      hop(http, 'origin')!
        .notes.map((note) => note.text)
        .join(' '),
    ).toContain('api_gateway_base_path');
  });
});

describe('origins', () => {
  it('API Gateway, Lambda URLs and ALBs set X-Forwarded-Proto https and Port 443 and append to XFF', () => {
    for (const origin of [
      { type: 'apigw-http' as const },
      { type: 'lambda-url' as const, endpoint: LAMBDA_URL },
      { type: 'alb' as const, endpoint: 'origin.example.com' },
    ]) {
      const trace = traceRequest(config({ origin }), get('https://www.example.com/'));
      expect(trace.djangoRequest?.headers).toMatchObject({
        'x-forwarded-proto': 'https',
        'x-forwarded-port': '443',
      });
      expect(trace.djangoRequest?.headers['x-forwarded-for']?.split(', ')).toHaveLength(2);
      expect(trace.django).toMatchObject({ host: 'www.example.com', isSecure: true, status: 200 });
    }
  });

  it('Lambda URL with OAC: a form POST without x-amz-content-sha256 is refused by the function URL', () => {
    const cfg = config({
      origin: {
        type: 'lambda-url',
        endpoint: LAMBDA_URL,
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
      },
    });
    const trace = traceRequest(cfg, {
      method: 'POST',
      url: 'https://www.example.com/form/',
      headers: { origin: 'https://www.example.com' },
    });
    expect(change(trace, 'origin-request', 'authorization')?.change).toBe('added');
    expect(trace).toMatchObject({ answeredBy: 'origin', response: { status: 403 } });
  });

  it('an ALB passes the viewer Host with forward-host, and Django reads Host', () => {
    const trace = traceRequest(
      config({ origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } }),
      get('https://www.example.com/', { 'X-Forwarded-Host': 'evil.example' }),
    );
    expect(trace.djangoRequest?.headers.host).toBe('www.example.com');
    expect(trace.django).toMatchObject({ host: 'www.example.com', rawHost: { from: 'Host' }, status: 200 });
  });
});

describe('cache verdicts', () => {
  it('dynamic pages: not cached by default; cached per cookie set in the all-cookies mode; static for everyone', () => {
    expect(traceRequest(config(), get('https://www.example.com/')).cache?.cacheable).toBe(false);
    const perUser = traceRequest(
      config({ dynamicCaching: { mode: 'all-cookies-and-query-strings' } }),
      get('https://www.example.com/?p=2', { cookie: 'sessionid=abc; csrftoken=t' }),
    ).cache!;
    expect(perUser.cacheable).toBe(true);
    expect(perUser.keyParts.join(' | ')).toContain('sessionid, csrftoken');
    expect(perUser.keyParts).toContain('header x-forwarded-host');
    expect(perUser.sharedWith).toContain('this viewer’s own');
    const onlyIfTold = traceRequest(
      config({ dynamicCaching: { mode: 'origin-cache-control' } }),
      get('https://www.example.com/'),
    ).cache!;
    expect(onlyIfTold.why).toContain('Cache-Control');
    const staticFile = traceRequest(config(), get('https://www.example.com/static/a.css')).cache!;
    expect(staticFile).toMatchObject({ cacheable: true, policyName: 'Managed-CachingOptimized' });
    expect(staticFile.sharedWith).toContain('every viewer');
    const post = traceRequest(config({ dynamicCaching: { mode: 'all-cookies-and-query-strings' } }), {
      method: 'POST',
      url: 'https://www.example.com/',
    }).cache!;
    expect(post.cacheable).toBe(false);
  });
});

describe('every rule cites its source', () => {
  it('each change and note of every hop links a page', () => {
    const traces = [
      traceRequest(config({ originProtection: { secretHeader: true } }), {
        method: 'POST',
        url: 'https://www.example.com/f/',
        headers: { origin: 'https://evil.example', 'x-forwarded-proto': 'http' },
      }),
      traceRequest(
        config({ origin: { type: 'apigw-rest', path: '/prod' } }),
        get('https://www.example.com/'),
      ),
      traceRequest(
        config({ origin: { type: 'custom-https', endpoint: 'app.example.net' } }),
        get('https://www.example.com/'),
      ),
    ];
    for (const trace of traces) {
      expect(trace.response.source).toMatch(/^https:\/\//);
      for (const entry of trace.hops) {
        for (const item of [...entry.changes, ...entry.notes]) expect(item.source).toMatch(/^https:\/\//);
      }
    }
  });

  it('uses the example secret by default, so a correct deployment passes the origin check', () => {
    const trace = traceRequest(
      config({ originProtection: { secretHeader: true } }),
      get('https://www.example.com/'),
    );
    expect(trace.djangoRequest?.headers['x-origin-verify']).toBe(EXAMPLE_ORIGIN_SECRET);
    expect(trace.response.status).toBe(200);
  });
});
