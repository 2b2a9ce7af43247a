import { describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../config/schema';
import { deploymentFor } from '../model';
import { traceRequest } from './trace';
import type { ViewerRequest } from './types';
import { deploymentWithWhatIf, whatIfApplies } from './what-if';

function config(input: ConfigInput = {}): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const LAMBDA_URL = 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws';
const lambdaUrl = (auth: 'oac' | 'none-with-secret-header' = 'none-with-secret-header') =>
  config({
    origin: {
      type: 'lambda-url',
      endpoint: LAMBDA_URL,
      lambdaUrlAuth: auth,
      ...(auth === 'oac' ? { lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:site' } : {}),
    },
  });
const page: ViewerRequest = { method: 'GET', url: 'https://www.example.com/' };
const formPost: ViewerRequest = {
  method: 'POST',
  url: 'https://www.example.com/contact/',
  headers: { origin: 'https://www.example.com', cookie: 'csrftoken=abc' },
};

describe('what-if traces (the config is not changed)', () => {
  it('Host forwarded to API Gateway or a Lambda URL: the origin answers 403 and Django is not reached', () => {
    for (const setup of [config(), lambdaUrl()]) {
      const trace = traceRequest(setup, page, { whatIf: { forwardViewerHost: true } });
      expect(trace).toMatchObject({ answeredBy: 'origin', response: { status: 403 } });
      expect(trace.hops.find((hop) => hop.id === 'origin-request')?.request.headers.host).toBe(
        'www.example.com',
      );
      // As generated, the same request reaches Django.
      expect(traceRequest(setup, page).response.status).toBe(200);
    }
  });

  it('never bends the memoised deployment the targets print', () => {
    const setup = config();
    const before = JSON.stringify(deploymentFor(setup));
    deploymentWithWhatIf(deploymentFor(setup), { forwardViewerHost: true, lambdaOac: true });
    traceRequest(setup, page, { whatIf: { forwardViewerHost: true } });
    expect(JSON.stringify(deploymentFor(setup))).toBe(before);
  });

  it('a direct call to the origin with a spoofed X-Forwarded-Host reaches Django unless a lock stops it', () => {
    const endpoint = 'abc123defg.execute-api.eu-west-1.amazonaws.com';
    const direct: ViewerRequest = {
      method: 'GET',
      url: `https://${endpoint}/`,
      headers: { 'x-forwarded-host': 'www.example.com' },
    };
    const open = traceRequest(config(), direct, { whatIf: { skipCloudFront: true } });
    expect(open.hops.map((hop) => hop.id)).toEqual(['viewer', 'origin', 'django']);
    expect(open).toMatchObject({ answeredBy: null, response: { status: 200 } });
    expect(open.django?.host).toBe('www.example.com');

    const locked = traceRequest(config({ originProtection: { secretHeader: true } }), direct, {
      whatIf: { skipCloudFront: true },
    });
    expect(locked).toMatchObject({ answeredBy: 'django', response: { status: 403 } });

    const withoutHost = traceRequest(
      config(),
      { method: 'GET', url: `https://${endpoint}/` },
      {
        whatIf: { skipCloudFront: true },
      },
    );
    expect(withoutHost.response.status).toBe(400);
    expect(withoutHost.django?.allowedHosts.ok).toBe(false);
  });

  it('a direct call to an OAC-locked function URL is refused by Lambda (unsigned)', () => {
    const trace = traceRequest(
      lambdaUrl('oac'),
      { method: 'GET', url: `https://${LAMBDA_URL}/` },
      {
        whatIf: { skipCloudFront: true },
      },
    );
    expect(trace).toMatchObject({ answeredBy: 'origin', response: { status: 403 } });
    expect(trace.response.source).toMatch(/urls-auth/);
  });

  it('an OAC-signed form POST to a function URL fails at the origin; with the body hash it passes', () => {
    const setup = lambdaUrl();
    expect(whatIfApplies(setup, { lambdaOac: true })).toBe(true);
    expect(whatIfApplies(config(), { lambdaOac: true })).toBe(false);
    const refused = traceRequest(setup, formPost, { whatIf: { lambdaOac: true } });
    expect(refused).toMatchObject({ answeredBy: 'origin', response: { status: 403 } });
    expect(refused.response.reason).toContain('x-amz-content-sha256');
    const signed = traceRequest(
      setup,
      { ...formPost, headers: { ...formPost.headers, 'x-amz-content-sha256': 'e3b0c442…' } },
      { whatIf: { lambdaOac: true } },
    );
    expect(signed.answeredBy).not.toBe('origin');
    // As generated (auth NONE + secret header), the browser's POST reaches Django.
    expect(traceRequest(setup, formPost).hops.some((hop) => hop.id === 'django')).toBe(true);
  });
});
