import { describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../config/schema';
import { deploymentFor } from '../model';
import { directOriginRequest } from './direct-request';
import { judgeDjango } from './django-model';
import { runInNodeVm } from './node-function-runner';
import { traceRequest } from './trace';
import type { Hop, Trace } from './types';

/** The request flow for the VPC origin and ECS Express Mode origin types, hop by hop. */
function config(input: ConfigInput): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}
const hop = (trace: Trace, id: Hop['id']) => trace.hops.find((candidate) => candidate.id === id);

const EXPRESS = 'dj-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws';
const express = (input: ConfigInput = {}) =>
  config({ ...input, origin: { type: 'ecs-express', endpoint: EXPRESS, ...(input.origin as object) } });
const ALB_ARN =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/0123456789abcdef';
const vpc = (origin: Record<string, unknown> = {}) =>
  config({
    origin: {
      type: 'vpc-origin',
      endpoint: 'app-origin.example.com',
      vpcOriginArn: ALB_ARN,
      securityGroupId: 'sg-0123456789abcdef0',
      ...origin,
    },
  });
const through = (cfg: Config, headers: Record<string, string> = {}) =>
  traceRequest(cfg, { method: 'GET', url: 'https://www.example.com/a/', headers }, { runner: runInNodeVm });

describe('ECS Express Mode service', () => {
  it('gets its own name as Host and the viewer’s in X-Forwarded-Host: Django sees https://www.example.com', () => {
    const trace = through(express(), { 'x-forwarded-host': 'evil.example' });
    expect(trace.djangoRequest?.headers).toMatchObject({
      host: EXPRESS,
      'x-forwarded-host': 'www.example.com',
      'x-forwarded-proto': 'https',
    });
    expect(trace.django).toMatchObject({ host: 'www.example.com', isSecure: true, status: 200 });
  });

  it('answers 404 to the viewer’s Host when it is forwarded, and says the 404 is inferred', () => {
    const trace = through(express({ origin: { hostStrategy: 'forward-host' } }));
    expect(trace.answeredBy).toBe('origin');
    expect(trace.response.status).toBe(404);
    expect(trace.response.reason).toContain('inferred');
    expect(trace.djangoRequest).toBeNull();
  });

  it('is public: a direct call with its own name reaches Django, and without the secret Django refuses it', () => {
    const cfg = express({ originProtection: { secretHeader: true } });
    const outcome = directOriginRequest(cfg, { method: 'GET', path: '/', headers: { host: EXPRESS } });
    if (!outcome.reachable) throw new Error('an Express Mode ALB is internet-facing');
    expect(outcome.origin.response).toBeUndefined();
    const judged = judgeDjango(deploymentFor(cfg).django, outcome.origin.request, { expectedSecret: 's' });
    expect(judged.response.status).toBe(403);
    const other = directOriginRequest(cfg, {
      method: 'GET',
      path: '/',
      headers: { host: 'www.example.com' },
    });
    expect(other.reachable && other.origin.response?.status).toBe(404);
  });
});

describe('private load balancer through a VPC origin', () => {
  it('HTTPS, function: the ALB says https, CloudFront adds X-Viewer-Proto, Django sees the viewer’s host', () => {
    const trace = through(vpc(), { 'x-viewer-proto': 'http' });
    expect(trace.djangoRequest?.headers).toMatchObject({
      host: 'app-origin.example.com',
      'x-forwarded-host': 'www.example.com',
      'x-forwarded-proto': 'https',
      'x-viewer-proto': 'https',
    });
    expect(hop(trace, 'origin')?.notes[0]?.text).toContain('only CloudFront gets here');
    expect(trace.django).toMatchObject({ host: 'www.example.com', isSecure: true, status: 200 });
  });

  it('HTTP, Host forwarded: the ALB says http, yet Django knows https from the header CloudFront adds', () => {
    const trace = through(vpc({ vpcOriginProtocol: 'http', hostStrategy: 'forward-host' }));
    expect(trace.djangoRequest?.headers).toMatchObject({
      host: 'www.example.com',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': '80',
      'x-viewer-proto': 'https',
    });
    expect(trace.django).toMatchObject({ host: 'www.example.com', isSecure: true, status: 200 });
  });

  it('negative control: Django trusting X-Forwarded-Proto behind an HTTP listener thinks the request is plain HTTP', () => {
    const cfg = vpc({ vpcOriginProtocol: 'http' });
    const settings = {
      ...deploymentFor(cfg).django,
      secureProxySslHeader: {
        header: 'X-Forwarded-Proto',
        metaKey: 'HTTP_X_FORWARDED_PROTO',
        value: 'https',
      },
    };
    const trace = traceRequest(
      cfg,
      { method: 'GET', url: 'https://www.example.com/' },
      { runner: runInNodeVm, djangoSettings: settings },
    );
    expect(trace.django?.isSecure).toBe(false);
  });

  it('an NLB adds no X-Forwarded-* of its own', () => {
    const trace = through(
      vpc({
        vpcOriginArn:
          'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/mysite/0123456789abcdef',
      }),
    );
    expect(trace.djangoRequest?.headers['x-forwarded-proto']).toBeUndefined();
    expect(trace.django?.isSecure).toBe(true);
  });

  it('cannot be reached by a request that skips CloudFront, whatever it sends', () => {
    for (const host of ['app-origin.example.com', 'www.example.com']) {
      const outcome = directOriginRequest(vpc(), {
        method: 'GET',
        path: '/',
        headers: { host, 'x-forwarded-host': 'www.example.com', 'x-viewer-proto': 'https' },
      });
      expect(outcome.reachable).toBe(false);
    }
  });
});
