import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../config/schema';
import { deploymentFor } from '../../model';
import {
  DISTRIBUTION_DOMAIN,
  viewerRequestEvent,
  type ViewerRequestEvent,
} from '../../../test/support/cloudfront-function/events';
import { cloudFrontFunctionTarget } from '.';

interface RunResult {
  request: ViewerRequestEvent['request'];
  returnedTheRequestObject: boolean;
}

/** Runs the function as CloudFront would: a bare context (no require, process or timers), event in, request out. */
function runViewerRequest(code: string, event: ViewerRequestEvent): RunResult {
  const context = vm.createContext({ eventJson: JSON.stringify(event) });
  vm.runInContext(code, context, { timeout: 1000 });
  const output = vm.runInContext(
    `(function () {
       var event = JSON.parse(eventJson);
       var result = handler(event);
       return JSON.stringify({ request: result, returnedTheRequestObject: result === event.request });
     })()`,
    context,
    { timeout: 1000 },
  ) as string;
  return JSON.parse(output) as RunResult;
}

const config = ConfigSchema.parse({ domains: { primary: 'www.example.com', additional: ['example.com'] } });
/** The code exactly as the target writes it into the bundle. */
const code = cloudFrontFunctionTarget
  .generate(deploymentFor(config))
  .find((file) => file.path === 'cloudfront-function/viewer-request.js')!.contents;

describe('viewer-request function in a bare VM context', () => {
  it('has no Node globals to lean on', () => {
    const context = vm.createContext({});
    expect(vm.runInContext('typeof require + typeof process + typeof setTimeout', context)).toBe(
      'undefinedundefinedundefined',
    );
  });

  it('plain GET: sets X-Forwarded-Host from Host and returns the request object', () => {
    const event = viewerRequestEvent();
    const { request, returnedTheRequestObject } = runViewerRequest(code, event);
    expect(returnedTheRequestObject).toBe(true);
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'www.example.com' });
    expect(request.method).toBe('GET');
    expect(request.uri).toBe('/accounts/login/');
  });

  it('overwrites a viewer-sent X-Forwarded-Host (single value)', () => {
    const event = viewerRequestEvent();
    event.request.headers['x-forwarded-host'] = { value: 'evil.example.net' };
    const { request } = runViewerRequest(code, event);
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'www.example.com' });
  });

  it('overwrites a viewer-sent X-Forwarded-Host with several values (multiValue)', () => {
    const event = viewerRequestEvent();
    event.request.headers['x-forwarded-host'] = {
      value: 'evil.example.net',
      multiValue: [{ value: 'evil.example.net' }, { value: 'www.example.com' }],
    };
    const { request } = runViewerRequest(code, event);
    // One value, no multiValue left: Django takes the header verbatim and rejects "a, b" (pitfall 4).
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'www.example.com' });
  });

  it('lower-cases an upper-case Host', () => {
    const event = viewerRequestEvent();
    event.request.headers.host = { value: 'EXAMPLE.COM' };
    const { request } = runViewerRequest(code, event);
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'example.com' });
    expect(request.headers.host).toEqual({ value: 'EXAMPLE.COM' });
  });

  it('passes the default *.cloudfront.net name through for ALLOWED_HOSTS to refuse', () => {
    const event = viewerRequestEvent();
    event.request.headers.host = { value: DISTRIBUTION_DOMAIN };
    const { request } = runViewerRequest(code, event);
    expect(request.headers['x-forwarded-host']).toEqual({ value: DISTRIBUTION_DOMAIN });
  });

  it('POST keeps its method, cookies and query string', () => {
    const event = viewerRequestEvent({ method: 'POST', uri: '/contact/' });
    event.request.headers['content-type'] = { value: 'application/x-www-form-urlencoded' };
    event.request.headers.origin = { value: 'https://www.example.com' };
    const { request } = runViewerRequest(code, event);
    expect(request.method).toBe('POST');
    expect(request.cookies).toEqual(event.request.cookies);
    expect(request.querystring).toEqual(event.request.querystring);
    expect(request.headers.origin).toEqual({ value: 'https://www.example.com' });
  });

  it('changes nothing but X-Forwarded-Host: Host and X-Forwarded-Proto stay as they came', () => {
    const event = viewerRequestEvent();
    event.request.headers['x-forwarded-proto'] = { value: 'http' };
    const { request } = runViewerRequest(code, event);
    const expected = structuredClone(event.request);
    expected.headers['x-forwarded-host'] = { value: 'www.example.com' };
    expect(request).toEqual(expected);
  });

  it('falls back to the primary domain when Host is missing', () => {
    const event = viewerRequestEvent();
    delete (event.request.headers as Partial<typeof event.request.headers>).host;
    const { request } = runViewerRequest(code, event);
    expect(request.headers['x-forwarded-host']).toEqual({ value: 'www.example.com' });
    expect(request.headers.host).toBeUndefined();
  });
});
