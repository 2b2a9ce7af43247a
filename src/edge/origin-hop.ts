import type { OriginDescriptor } from '../config/origins';
import type { AppOriginPlan, VpcOriginPlan } from '../model';
import { HeaderEditor } from './header-editor';
import { SOURCES } from './sources';
import type { HeaderChange, HopNote, HopRequest, HopResponse } from './types';
import { vpcOriginHop } from './vpc-origin-hop';

export type { AppOriginPlan };

/** The address CloudFront's edge connects from (made up; origins append it to X-Forwarded-For). */
export const CLOUDFRONT_EDGE_IP = '130.176.0.10';

export interface OriginHopResult {
  title: string;
  request: HopRequest;
  changes: HeaderChange[];
  notes: HopNote[];
  response?: HopResponse;
}

/** The origin answers itself: the request goes no further and changes nothing. */
function refused(
  title: string,
  request: HopRequest,
  notes: HopNote[],
  response: HopResponse,
): OriginHopResult {
  return { title, request, changes: [], notes, response };
}

/**
 * What the origin does with CloudFront's request before Django sees it, as its descriptor says: origins that
 * route by Host refuse a foreign one; the origin sets X-Forwarded-Proto/Port/For (or, for your own server, the
 * model assumes a proxy that does); the stage in the path is taken off or kept.
 */
export function originHop(
  descriptor: OriginDescriptor,
  origin: AppOriginPlan,
  request: HopRequest,
  vpcOrigin: VpcOriginPlan | null = null,
): OriginHopResult {
  const { domainName: endpoint, originPath: stage } = origin;
  const title = descriptor.hopTitle;
  if (origin.kind === 'vpc') {
    if (vpcOrigin === null)
      throw new Error('The app origin goes through a VPC origin the deployment does not have');
    return vpcOriginHop(
      title,
      vpcOrigin,
      request,
      descriptor.privateOrigin?.source.url ?? SOURCES.originPath,
    );
  }
  const editor = new HeaderEditor(request.headers);
  const notes: HopNote[] = [];
  const host = (request.headers.host ?? '').toLowerCase();

  if (descriptor.foreignHost !== null && host !== endpoint) {
    return refused(title, request, notes, {
      status: descriptor.foreignHost.response.status,
      body: descriptor.foreignHost.response.body,
      reason: `${title} answers ${descriptor.foreignHost.response.status} to Host ${host}: it only serves its own name ${endpoint} (forward the viewer's host in X-Forwarded-Host instead, with AllViewerExceptHostHeader)${descriptor.foreignHost.inferred === undefined ? '' : `. ${descriptor.foreignHost.inferred}`}`,
      source: descriptor.foreignHost.source.url,
    });
  }
  if (origin.originAccessControl === 'LambdaUrl' && ['POST', 'PUT'].includes(request.method)) {
    if (request.headers['x-amz-content-sha256'] === undefined) {
      return refused(title, request, notes, {
        status: 403,
        body: '{"message":"The request signature we calculated does not match the signature you provided."}',
        reason:
          'With origin access control, a POST/PUT body must come with x-amz-content-sha256 from the viewer; a browser form never sends it',
        source: SOURCES.lambdaOac,
      });
    }
  }

  let path = request.path;
  if (
    descriptor.stageInPath === 'stripped' &&
    stage !== '' &&
    (path === stage || path.startsWith(`${stage}/`))
  ) {
    path = path.slice(stage.length) || '/';
    notes.push({
      text: `The stage ${stage} is taken off: the Lambda proxy event's path is ${path}.`,
      source: SOURCES.apigwRestForwardedHeaders,
    });
  } else if (descriptor.stageInPath === 'kept' && stage !== '') {
    notes.push({
      text: `A named HTTP API stage stays in rawPath (${path}); the Lambda adapter must strip ${stage} (e.g. Mangum api_gateway_base_path).`,
      source: SOURCES.httpApiStageInPath,
    });
  }

  const forwarded = descriptor.forwardedHeaders;
  const source = forwarded.source.url;
  if (!forwarded.setByOrigin) {
    editor.set(
      'x-forwarded-proto',
      'https',
      'Assumed: the server in front of Django sets X-Forwarded-Proto from the HTTPS connection CloudFront made (configure it so)',
      source,
    );
    notes.push({
      text: 'What your own server adds is not known to the wizard; the model assumes a reverse proxy that sets X-Forwarded-Proto.',
      source,
    });
  } else {
    const by = `${title} sets it from the HTTPS connection CloudFront made`;
    editor.set('x-forwarded-proto', 'https', by, source);
    editor.set('x-forwarded-port', '443', by, source);
    editor.append(
      'x-forwarded-for',
      CLOUDFRONT_EDGE_IP,
      `${title} appends the address CloudFront connected from`,
      source,
    );
    if (forwarded.addsTraceId)
      editor.set('x-amzn-trace-id', 'Root=1-00000000-emulated', `${title} adds a trace id`, source);
  }
  return {
    title,
    request: { method: request.method, path, query: request.query, headers: editor.headers },
    changes: editor.changes,
    notes,
  };
}
