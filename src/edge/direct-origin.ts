import { ORIGINS } from '../config/origins';
import type { Config } from '../config/schema';
import type { Deployment } from '../model';
import { DOCS } from '../sources/doc-links';
import { endAtDjango } from './django-model';
import { directOriginRequest } from './direct-request';
import type { AppOriginPlan } from './origin-hop';
import { SOURCES } from './sources';
import type { Hop, HopRequest, Trace } from './types';

/**
 * A request that never meets CloudFront: someone calls the origin's own address (it is public). No function, no
 * origin request policy, no secret header: only the origin's own lock (origin access control) and Django's checks
 * stand in the way.
 */
export function traceDirectToOrigin(
  config: Config,
  deployment: Deployment,
  viewer: { request: HopRequest; url: string; clientIp: string },
  expectedSecret: string,
): Trace {
  const app = deployment.distribution.origins.find((origin) => origin.id === 'App') as AppOriginPlan;
  const descriptor = ORIGINS[config.origin.type];
  const hops: Hop[] = [
    {
      id: 'viewer',
      title: 'Viewer (calling the origin directly)',
      request: viewer.request,
      changes: [],
      notes: [
        {
          text: `${viewer.request.method} ${viewer.url} from ${viewer.clientIp}, straight to the origin: CloudFront, its function and its headers are skipped.`,
          source: SOURCES.originCustomHeaders,
        },
      ],
    },
  ];
  const done = (hop: Hop): Trace => {
    hops.push(hop);
    const response = hop.response!;
    return {
      hops,
      answeredBy: hop.id,
      response,
      djangoRequest: null,
      cache: null,
      django: null,
      behaviour: 'none (CloudFront skipped)',
    };
  };

  if (app.kind === 'custom' && app.originAccessControl === 'LambdaUrl') {
    return done({
      id: 'origin',
      title: descriptor.hopTitle,
      request: viewer.request,
      changes: [],
      notes: [],
      response: {
        status: 403,
        body: 'Forbidden',
        reason:
          'The function URL’s auth type is AWS_IAM (origin access control): Lambda invokes the function only ' +
          'for requests signed (SigV4) by a principal its policy allows, and this one is not signed',
        source: DOCS.lambdaUrlAuth.url,
      },
    });
  }

  const direct = directOriginRequest(config, viewer.request);
  if (!direct.reachable) {
    return done({
      id: 'origin',
      title: descriptor.hopTitle,
      request: viewer.request,
      changes: [],
      notes: [],
      response: { status: 504, body: '', reason: direct.reason, source: direct.source },
    });
  }
  const origin = direct.origin;
  const originHopEntry: Hop = {
    id: 'origin',
    title: origin.title,
    request: origin.request,
    changes: origin.changes,
    notes: origin.notes,
  };
  if (origin.response !== undefined) return done({ ...originHopEntry, response: origin.response });
  hops.push(originHopEntry);

  return {
    ...endAtDjango(hops, deployment.django, origin.request, { expectedSecret }),
    cache: null,
    behaviour: 'none (CloudFront skipped)',
  };
}
