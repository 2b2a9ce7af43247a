import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../config/schema';
import { traceRequest } from './trace';

/** Properties of the whole flow for any viewer input: what a viewer can and cannot make Django believe. */
function config(input: object): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const SETUPS = [
  config({}),
  config({ origin: { type: 'apigw-rest', path: '/prod' } }),
  config({ origin: { type: 'lambda-url', endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws' } }),
  config({
    domains: { primary: 'www.example.com', additional: ['example.com'] },
    origin: { type: 'alb', endpoint: 'origin.example.com' },
  }),
  config({ origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' } }),
];

const headerValue = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((value) => /^[\x21-\x7e][\x20-\x7e]*$/.test(value));
const path = fc.webPath().map((value) => (value.startsWith('/') ? value : `/${value}`));

describe('whatever the viewer sends', () => {
  it('Django sees one of the public names, https, and never the viewer’s X-Forwarded-Host or -Proto', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETUPS),
        fc.integer({ min: 0, max: 1 }),
        path,
        headerValue,
        headerValue,
        (setup, nameIndex, requestPath, forwardedHost, forwardedProto) => {
          const domains = [setup.domains.primary, ...setup.domains.additional];
          const domain = domains[nameIndex % domains.length]!;
          const url = `https://${domain}${requestPath}`;
          const trace = traceRequest(setup, {
            method: 'GET',
            url,
            headers: { 'x-forwarded-host': forwardedHost, 'x-forwarded-proto': forwardedProto },
          });
          if (trace.behaviour !== 'Default (*)') return;
          expect(trace.django?.host).toBe(domain);
          expect(trace.django?.isSecure).toBe(true);
          expect(trace.djangoRequest?.headers['x-forwarded-proto']).toBe('https');
          expect(trace.response.status).toBe(200);
        },
      ),
      { numRuns: 300 },
    );
  });
});
