import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../model';
import { validConfigArbitrary } from '../../test/support/config-arbitrary';
import { FIXTURES } from '../../test/support/fixtures';
import { runInNodeVm } from './node-function-runner';
import { FunctionNotRunnable, generatedFunctionTwin, runViewerFunction } from './viewer-function';

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom('', 'WWW.Example.COM', 'İstanbul.example', 'ß.example', 'd111111abcdef8.cloudfront.net'),
);
const item = fc.record(
  { value, multiValue: fc.array(fc.record({ value }), { maxLength: 3 }) },
  { requiredKeys: ['value'] },
);
const valueMap = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), item, { maxKeys: 4 });

/** Viewer-request events as CloudFront builds them, with every shape of Host: missing, empty, odd case, multiValue. */
const eventArbitrary = fc
  .record({
    host: fc.option(item, { nil: undefined }),
    forwardedHost: fc.option(item, { nil: undefined }),
    headers: valueMap,
    cookies: valueMap,
    querystring: valueMap,
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
    uri: fc.string({ maxLength: 30 }).map((path) => `/${path}`),
  })
  .map(({ host, forwardedHost, headers, ...request }) => ({
    version: '1.0',
    context: { distributionDomainName: 'd111111abcdef8.cloudfront.net', eventType: 'viewer-request' },
    viewer: { ip: '203.0.113.9' },
    request: {
      ...request,
      headers: {
        ...headers,
        ...(host === undefined ? {} : { host }),
        ...(forwardedHost === undefined ? {} : { 'x-forwarded-host': forwardedHost }),
      },
    },
  }));

/** What the function returned, as plain JSON (how node:vm hands it back). */
const plain = (result: unknown) => JSON.parse(JSON.stringify(result)) as unknown;

describe('the browser’s twin of the generated viewer-request function', () => {
  it('returns exactly what the generated code returns in a V8 context, on 300 random configs, 4 events each', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        validConfigArbitrary,
        fc.array(eventArbitrary, { minLength: 4, maxLength: 4 }),
        (config, events) => {
          const code = deploymentFor(config).viewerRequestFunction?.code;
          if (code === undefined) return;
          const twin = generatedFunctionTwin(config);
          for (const event of events) {
            expect(plain(twin(code, event))).toEqual(runInNodeVm(code, event));
            compared += 1;
          }
        },
      ),
      { numRuns: 300, seed: 13 },
    );
    expect(compared).toBeGreaterThan(600);
  });

  it.each(FIXTURES.filter(({ config }) => deploymentFor(config).viewerRequestFunction !== null))(
    '$name: same answer as the generated code on every example event',
    ({ config }) => {
      const code = deploymentFor(config).viewerRequestFunction!.code;
      const twin = generatedFunctionTwin(config);
      fc.assert(
        fc.property(eventArbitrary, (event) => {
          expect(plain(twin(code, event))).toEqual(runInNodeVm(code, event));
        }),
        { numRuns: 20, seed: 7 },
      );
    },
  );

  it('does not change the event it is given (the trace reuses it)', () => {
    const config = FIXTURES[0]!.config;
    const code = deploymentFor(config).viewerRequestFunction!.code;
    const event = { request: { headers: { host: { value: 'WWW.EXAMPLE.COM' } } } };
    generatedFunctionTwin(config)(code, event);
    expect(event.request.headers).toEqual({ host: { value: 'WWW.EXAMPLE.COM' } });
  });

  it('refuses any other code, and the trace reports that as a failure of the tool, not as a CloudFront 502', () => {
    const config = FIXTURES[0]!.config;
    const code = deploymentFor(config).viewerRequestFunction!.code;
    const tampered = code.replace('toLowerCase()', 'toUpperCase()');
    const twin = generatedFunctionTwin(config);
    expect(() => twin(tampered, {})).toThrow(FunctionNotRunnable);
    const request = { method: 'GET', path: '/', query: '', headers: { host: 'www.example.com' } };
    expect(() => runViewerFunction(tampered, request, '203.0.113.9', twin)).toThrow(FunctionNotRunnable);
  });
});
