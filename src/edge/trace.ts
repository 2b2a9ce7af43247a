import { ORIGINS } from '../config/origins';
import type { Config } from '../config/schema';
import { deploymentFor } from '../model';
import type { DjangoProxySettings } from '../model/django-settings';
import { edgeDecision } from './cloudfront-edge';
import { traceDirectToOrigin } from './direct-origin';
import { endAtDjango } from './django-model';
import { normaliseHeaders } from './header-editor';
import { originHop, type AppOriginPlan } from './origin-hop';
import { cacheVerdictFor, originRequestFor } from './origin-request';
import { responseHeadersEffect } from './response-headers-policy';
import { s3Response, type BucketLookup } from './s3-origin';
import { SOURCES } from './sources';
import type { Hop, HopRequest, HopResponse, Trace, ViewerRequest } from './types';
import { generatedFunctionTwin, runViewerFunction, type FunctionRunner } from './viewer-function';
import { deploymentWithWhatIf, type WhatIf } from './what-if';

export interface TraceOptions {
  /**
   * Runs the generated CloudFront Function: by default its TypeScript twin (the browser forbids eval), the
   * generated code itself in node:vm in Node (node-function-runner).
   */
  runner?: FunctionRunner;
  /** The value CloudFront sends in the secret origin header. */
  originSecret?: string;
  /** The secret Django expects (defaults to originSecret: a correctly deployed pair). */
  djangoSecret?: string;
  /** Django settings to judge with (defaults to the generated ones): lets tests and the panel try broken ones. */
  djangoSettings?: DjangoProxySettings;
  /** The emulated buckets' objects (by bucket and key); without it every object is missing (403). */
  buckets?: BucketLookup;
  /** A misconfiguration to trace instead of the deployment as generated (the config is not changed). */
  whatIf?: WhatIf;
}

export const DEFAULT_CLIENT_IP = '203.0.113.50';
export const EXAMPLE_ORIGIN_SECRET = 'example-secret-from-secrets-manager';

/** The viewer's request as a hop request: Host from the URL, headers lower-cased. */
export function viewerHopRequest(request: ViewerRequest): { scheme: string; request: HopRequest } {
  const url = new URL(request.url);
  const headers = normaliseHeaders(request.headers);
  delete headers.host;
  return {
    scheme: url.protocol.replace(/:$/, ''),
    request: {
      method: request.method.toUpperCase(),
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      headers: { host: url.host, ...headers },
    },
  };
}

/**
 * Follows one viewer request through CloudFront (behaviour, method, function, origin request policy), the origin
 * and Django: the deployment the targets print, the origin's descriptor, the generated function and settings.
 * Pure apart from the function runner.
 */
export function traceRequest(config: Config, viewer: ViewerRequest, options: TraceOptions = {}): Trace {
  const deployment = deploymentWithWhatIf(deploymentFor(config), options.whatIf ?? {});
  const runner = options.runner ?? generatedFunctionTwin(config);
  const originSecret = options.originSecret ?? EXAMPLE_ORIGIN_SECRET;
  const clientIp = viewer.clientIp ?? DEFAULT_CLIENT_IP;
  const { scheme, request: sent } = viewerHopRequest(viewer);
  if (options.whatIf?.skipCloudFront === true) {
    const secret = options.djangoSecret ?? originSecret;
    return traceDirectToOrigin(config, deployment, { request: sent, url: viewer.url, clientIp }, secret);
  }
  const hops: Hop[] = [
    {
      id: 'viewer',
      title: 'Viewer (browser)',
      request: sent,
      changes: [],
      notes: [
        { text: `${sent.method} ${viewer.url} from ${clientIp}`, source: SOURCES.cloudFrontRequestHeaders },
      ],
    },
  ];
  const stop = (hop: Hop, response: HopResponse, behaviour: string): Trace => {
    hop.response = response;
    hops.push(hop);
    return { hops, answeredBy: hop.id, response, djangoRequest: null, cache: null, django: null, behaviour };
  };

  const edge = edgeDecision(deployment.distribution, scheme, sent);
  const edgeHop: Hop = {
    id: 'edge',
    title: 'CloudFront (viewer request)',
    request: sent,
    changes: [],
    notes: edge.notes,
  };
  if (edge.response) return stop(edgeHop, edge.response, edge.behaviour.label);
  hops.push(edgeHop);
  const cache = cacheVerdictFor(deployment, edge.behaviour, sent);

  let afterFunction = sent;
  const viewerFunction = deployment.viewerRequestFunction;
  if (edge.behaviour.viewerRequestFunction && viewerFunction !== null) {
    const outcome = runViewerFunction(viewerFunction.code, sent, clientIp, runner);
    const hop: Hop = {
      id: 'function',
      title: `CloudFront Function ${viewerFunction.name} (viewer request)`,
      request: outcome.kind === 'request' ? outcome.request : sent,
      changes: outcome.kind === 'request' ? outcome.changes : [],
      notes: [
        {
          text:
            'The generated function, run on the viewer-request event. This page runs it as TypeScript, which ' +
            'the tests check answers as the generated code does on random events: the page’s policy forbids eval.',
          source: SOURCES.functionEvent,
        },
      ],
    };
    if (outcome.kind === 'response') return { ...stop(hop, outcome.response, edge.behaviour.label), cache };
    hops.push(hop);
    afterFunction = outcome.request;
  }

  const originRequest = originRequestFor(deployment, edge.behaviour, afterFunction, clientIp, originSecret);
  const responseHeaders = responseHeadersEffect(deployment, edge.behaviour);
  hops.push({
    id: 'origin-request',
    title: `CloudFront → origin ${originRequest.origin.id}`,
    request: originRequest.request,
    changes: originRequest.changes,
    notes: [
      ...originRequest.notes,
      {
        text: `Cache (${cache.policyName}): ${cache.cacheable ? 'cacheable' : 'not cached'}. ${cache.why}`,
        source: cache.source,
      },
    ],
  });
  if (originRequest.origin.kind === 's3') {
    const bucket = originRequest.origin.bucket;
    const answer = s3Response(originRequest.origin, originRequest.request, options.buckets);
    const hop: Hop = {
      id: 'origin',
      title: 'S3 bucket',
      request: originRequest.request,
      changes: [],
      notes: [
        {
          text: `S3 reads the object key ${answer.key} (the origin path, here none, and the path, without the leading slash).`,
          source: SOURCES.originPath,
        },
      ],
    };
    return {
      ...stop(hop, answer.response, edge.behaviour.label),
      cache,
      responseHeaders,
      s3Bucket: bucket,
      s3Object: { bucket, key: answer.key, body: answer.object?.body ?? null },
    };
  }

  const appOrigin: AppOriginPlan = originRequest.origin;
  const origin = originHop(
    ORIGINS[config.origin.type],
    appOrigin,
    originRequest.request,
    deployment.privateOrigin?.vpcOrigin ?? null,
  );
  const originHopEntry: Hop = {
    id: 'origin',
    title: origin.title,
    request: origin.request,
    changes: origin.changes,
    notes: origin.notes,
  };
  if (origin.response)
    return { ...stop(originHopEntry, origin.response, edge.behaviour.label), cache, responseHeaders };
  hops.push(originHopEntry);

  const settings = options.djangoSettings ?? deployment.django;
  return {
    ...endAtDjango(hops, settings, origin.request, {
      expectedSecret: options.djangoSecret ?? originSecret,
    }),
    cache,
    behaviour: edge.behaviour.label,
    responseHeaders,
  };
}
