import { ORIGINS } from '../config/origins';
import type { ExistingBehaviour, ExistingSetup } from '../import';
import { pathPatternMatches } from './cloudfront-edge';
import { judgeDjango } from './django-model';
import type { ExistingDjango } from './existing-django';
import { existingCacheVerdict } from './existing-cache-verdict';
import { existingOriginRequest, originHostOf } from './existing-origin-request';
import { EXISTING_SOURCES } from './existing-sources';
import { originHop, type AppOriginPlan } from './origin-hop';
import { SOURCES } from './sources';
import { DEFAULT_CLIENT_IP, EXAMPLE_ORIGIN_SECRET, viewerHopRequest } from './trace';
import type { Hop, HopRequest, HopResponse, Trace, ViewerRequest } from './types';
import { DISTRIBUTION_DOMAIN, runViewerFunction, type FunctionRunner } from './viewer-function';

export interface ExistingTraceOptions {
  /** Runs a function whose code the import holds (node:vm in the CLI); null: never run imported code. */
  runner: FunctionRunner | null;
  clientIp?: string;
}

/** A trace of the existing setup, with what the trace had to assume because the import did not say. */
export type ExistingTrace = Trace & { assumptions: string[]; url: string };

type Chosen = ExistingBehaviour & { label: string };

function behaviourFor(setup: ExistingSetup, path: string): Chosen {
  for (const behaviour of setup.distribution.behaviours)
    if (pathPatternMatches(behaviour.pathPattern, path))
      return { ...behaviour, label: behaviour.pathPattern };
  return { ...setup.distribution.defaultBehaviour, label: 'Default (*)' };
}

const CF_ERROR = '403 ERROR: The request could not be satisfied.';

/** What CloudFront answers before the function and the origin: protocol, alias, method. */
function edgeAnswer(
  setup: ExistingSetup,
  behaviour: Chosen,
  scheme: string,
  request: HopRequest,
): HopResponse | undefined {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (scheme === 'http' && behaviour.viewerProtocolPolicy === 'redirect-to-https')
    return {
      status: 301,
      body: '',
      headers: { location: `https://${host}${request.path}${request.query ? `?${request.query}` : ''}` },
      reason: 'Viewer protocol policy redirect-to-https: CloudFront answers plain HTTP with a redirect',
      source: SOURCES.viewerProtocolPolicy,
    };
  if (scheme === 'http' && behaviour.viewerProtocolPolicy === 'https-only')
    return {
      status: 403,
      body: CF_ERROR,
      reason: 'Viewer protocol policy https-only: plain HTTP is refused',
      source: SOURCES.viewerProtocolPolicy,
    };
  if (!setup.distribution.aliases.includes(host) && host !== DISTRIBUTION_DOMAIN)
    return {
      status: 403,
      body: `${CF_ERROR} Bad request.`,
      reason: `${host} is not an alternate domain name (CNAME) of this distribution`,
      source: SOURCES.cnameNotAssociated,
    };
  if (!behaviour.allowedMethods.includes(request.method))
    return {
      status: 403,
      body: `${CF_ERROR} This distribution is not configured to allow the HTTP request method that was used for this request.`,
      reason: `The behaviour ${behaviour.label} allows ${behaviour.allowedMethods.join(', ')} only`,
      source: SOURCES.allowedMethods,
    };
  return undefined;
}

/**
 * Follows one viewer request through the existing distribution as imported (its behaviours, policies as given,
 * function, origin) and Django with the existing settings. It reuses the request-flow pieces the wizard's own
 * trace uses (path matching, the function runner, each origin's descriptor, Django's checks); where the import
 * does not say (a custom policy known by ID, a function without its code), `assumptions` says what was taken.
 */
export function traceExistingRequest(
  setup: ExistingSetup,
  django: ExistingDjango,
  viewer: ViewerRequest,
  options: ExistingTraceOptions,
): ExistingTrace {
  const clientIp = options.clientIp ?? viewer.clientIp ?? DEFAULT_CLIENT_IP;
  const assumptions = [...django.assumptions];
  const { scheme, request: sent } = viewerHopRequest(viewer);
  const hops: Hop[] = [
    {
      id: 'viewer',
      title: 'Viewer (browser)',
      request: sent,
      changes: [],
      notes: [{ text: `${sent.method} ${viewer.url}`, source: SOURCES.cloudFrontRequestHeaders }],
    },
  ];
  const behaviour = behaviourFor(setup, sent.path);
  const result = (
    response: HopResponse,
    answeredBy: Trace['answeredBy'],
    rest: Partial<Trace> = {},
  ): ExistingTrace => ({
    hops,
    answeredBy,
    response,
    djangoRequest: null,
    cache: null,
    django: null,
    behaviour: behaviour.label,
    assumptions,
    url: viewer.url,
    ...rest,
  });
  const edgeHop: Hop = {
    id: 'edge',
    title: 'CloudFront (viewer request)',
    request: sent,
    changes: [],
    notes: [
      { text: `Path ${sent.path} matches the behaviour ${behaviour.label}.`, source: SOURCES.pathPattern },
    ],
  };
  hops.push(edgeHop);
  const refused = edgeAnswer(setup, behaviour, scheme, sent);
  if (refused !== undefined) {
    edgeHop.response = refused;
    return result(refused, 'edge');
  }
  const cache = existingCacheVerdict(behaviour, sent);

  let afterFunction = sent;
  const fn = behaviour.functions.find((association) => association.eventType === 'viewer-request');
  if (fn !== undefined) {
    const hop: Hop = {
      id: 'function',
      title: `CloudFront Function ${fn.name} (viewer request)`,
      request: sent,
      changes: [],
      notes: [],
    };
    hops.push(hop);
    if (fn.code !== null && options.runner !== null) {
      const outcome = runViewerFunction(fn.code, sent, clientIp, options.runner);
      hop.notes.push({
        text: 'The function’s code from the template, run on the viewer-request event.',
        source: SOURCES.functionEvent,
      });
      if (outcome.kind === 'response') {
        hop.response = outcome.response;
        return result(outcome.response, 'function', { cache });
      }
      hop.request = outcome.request;
      hop.changes = outcome.changes;
      afterFunction = outcome.request;
    } else {
      // A function known by name only: taken to do what such a function is for, and said so.
      const why = fn.code === null ? 'its code is not in the import' : 'imported code is not run here';
      assumptions.push(
        `the viewer-request function ${fn.name} was not run (${why}): the trace assumes it copies Host into X-Forwarded-Host, overwriting any the viewer sent`,
      );
      const host = sent.headers.host ?? '';
      afterFunction = { ...sent, headers: { ...sent.headers, 'x-forwarded-host': host } };
      hop.request = afterFunction;
      hop.changes = [
        {
          header: 'x-forwarded-host',
          change: sent.headers['x-forwarded-host'] === undefined ? 'added' : 'rewritten',
          before: sent.headers['x-forwarded-host'],
          after: host,
          why: `Assumed (${why}): the function copies Host`,
          source: SOURCES.functionEvent,
        },
      ];
      hop.notes.push({
        text: `Not run: ${why}. Assumed to copy Host into X-Forwarded-Host.`,
        source: SOURCES.functionEvent,
      });
    }
  }

  const origin =
    setup.distribution.origins.find((candidate) => candidate.id === behaviour.targetOriginId) ??
    setup.distribution.origins[0]!;
  const originRequest = existingOriginRequest(
    behaviour,
    origin,
    afterFunction,
    scheme,
    clientIp,
    EXAMPLE_ORIGIN_SECRET,
  );
  hops.push({
    id: 'origin-request',
    title: `CloudFront → origin ${origin.id}`,
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
  if (origin.kind === 's3') {
    const response: HopResponse = {
      status: 200,
      body: '',
      reason: `Served from the S3 bucket ${origin.domainName}; Django is not involved`,
      source: SOURCES.cachePolicies,
    };
    hops.push({
      id: 'origin',
      title: 'S3 bucket',
      request: originRequest.request,
      changes: [],
      notes: [],
      response,
    });
    return result(response, 'origin', { cache });
  }
  const type = origin.originType ?? 'custom-https';
  if (origin.domainName === '')
    assumptions.push(
      `the endpoint of origin ${origin.id} is computed at deploy time: the trace calls it ${originHostOf(origin)}`,
    );
  const descriptor = ORIGINS[type];
  if (originRequest.scheme === 'http' && descriptor.httpsOnly) {
    const response: HopResponse = {
      status: 502,
      body: '502 ERROR: The request could not be satisfied. CloudFront wasn’t able to connect to the origin.',
      reason: `${descriptor.label} has no plain-HTTP endpoint: CloudFront cannot connect over HTTP`,
      source: EXISTING_SOURCES.httpsToOrigin,
    };
    hops.push({
      id: 'origin',
      title: descriptor.hopTitle,
      request: originRequest.request,
      changes: [],
      notes: [],
      response,
    });
    return result(response, 'origin', { cache });
  }
  const plan = {
    id: 'App',
    kind: 'custom',
    domainName: originHostOf(origin),
    originPath: origin.originPath,
    originAccessControl: origin.originAccessControl !== null && type === 'lambda-url' ? 'LambdaUrl' : null,
    secretHeader: origin.customHeaders.length > 0,
  } as AppOriginPlan;
  const hop = originHop(descriptor, plan, originRequest.request);
  const originHopEntry: Hop = {
    id: 'origin',
    title: hop.title,
    request: hop.request,
    changes: hop.changes,
    notes: hop.notes,
  };
  hops.push(originHopEntry);
  if (hop.response !== undefined) {
    originHopEntry.response = hop.response;
    return result(hop.response, 'origin', { cache });
  }
  let djangoRequest = hop.request;
  if (originRequest.scheme === 'http') {
    // The origin's proxy sets X-Forwarded-Proto from the connection it received, which is plain HTTP here.
    djangoRequest = {
      ...djangoRequest,
      headers: { ...djangoRequest.headers, 'x-forwarded-proto': 'http', 'x-forwarded-port': '80' },
    };
    originHopEntry.request = djangoRequest;
    originHopEntry.changes = [
      ...hop.changes.filter((change) => !['x-forwarded-proto', 'x-forwarded-port'].includes(change.header)),
      {
        header: 'x-forwarded-proto',
        change: 'added',
        after: 'http',
        why: `${descriptor.hopTitle} sets it from the plain-HTTP connection CloudFront made`,
        source: descriptor.forwardedHeaders.source.url,
      },
    ];
  }
  const judged = judgeDjango(django.settings, djangoRequest, { expectedSecret: EXAMPLE_ORIGIN_SECRET });
  hops.push({
    id: 'django',
    title: 'Django',
    request: djangoRequest,
    changes: [],
    notes: judged.notes,
    response: judged.response,
  });
  return result(judged.response, judged.response.status === 200 ? null : 'django', {
    djangoRequest,
    cache,
    django: judged.verdict,
  });
}
