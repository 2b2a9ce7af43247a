import type { Config } from '../config/schema';
import { HeaderEditor } from './header-editor';
import { SOURCES } from './sources';
import type { HeaderChange, HopNote, HopRequest, HopResponse } from './types';

/** The address CloudFront's edge connects from (made up; origins append it to X-Forwarded-For). */
export const CLOUDFRONT_EDGE_IP = '130.176.0.10';

export interface OriginHopResult {
  title: string;
  request: HopRequest;
  changes: HeaderChange[];
  notes: HopNote[];
  response?: HopResponse;
}

const TITLES: Record<Config['origin']['type'], string> = {
  'apigw-http': 'API Gateway HTTP API',
  'apigw-rest': 'API Gateway REST API',
  'lambda-url': 'Lambda function URL',
  alb: 'Application Load Balancer (HTTPS listener)',
  'custom-https': 'HTTPS origin server',
};

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
 * What the origin does with CloudFront's request before Django sees it: API Gateway and Lambda URLs refuse a
 * foreign Host and set X-Forwarded-Proto/Port/For; an ALB sets them from its HTTPS listener; API Gateway REST
 * drops the stage from the path it passes on.
 */
export function originHop(config: Config, request: HopRequest): OriginHopResult {
  const { type, endpoint, path: stage } = config.origin;
  const title = TITLES[type];
  const editor = new HeaderEditor(request.headers);
  const notes: HopNote[] = [];
  const host = (request.headers.host ?? '').toLowerCase();
  const routesByHost = type === 'apigw-http' || type === 'apigw-rest' || type === 'lambda-url';

  if (routesByHost && host !== endpoint) {
    const lambda = type === 'lambda-url';
    return refused(title, request, notes, {
      status: 403,
      body: lambda ? 'Forbidden' : '{"message":"Forbidden"}',
      reason: `${title} answers 403 to Host ${host}: it only serves its own name ${endpoint} (forward the viewer's host in X-Forwarded-Host instead, with AllViewerExceptHostHeader)`,
      source: lambda ? SOURCES.lambdaUrlForeignHost : SOURCES.apigwForeignHost,
    });
  }
  if (
    type === 'lambda-url' &&
    config.origin.lambdaUrlAuth === 'oac' &&
    ['POST', 'PUT'].includes(request.method)
  ) {
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
  if (type === 'apigw-rest' && stage !== '' && (path === stage || path.startsWith(`${stage}/`))) {
    path = path.slice(stage.length) || '/';
    notes.push({
      text: `The stage ${stage} is taken off: the Lambda proxy event's path is ${path}.`,
      source: SOURCES.apigwRestForwardedHeaders,
    });
  } else if (type === 'apigw-http' && stage !== '') {
    notes.push({
      text: `A named HTTP API stage stays in rawPath (${path}); the Lambda adapter must strip ${stage} (e.g. Mangum api_gateway_base_path).`,
      source: SOURCES.httpApiStageInPath,
    });
  }

  if (type === 'custom-https') {
    editor.set(
      'x-forwarded-proto',
      'https',
      'Assumed: the server in front of Django sets X-Forwarded-Proto from the HTTPS connection CloudFront made (configure it so)',
      SOURCES.cloudFrontRequestHeaders,
    );
    notes.push({
      text: 'What your own server adds is not known to the wizard; the model assumes a reverse proxy that sets X-Forwarded-Proto.',
      source: SOURCES.cloudFrontRequestHeaders,
    });
  } else {
    const source =
      type === 'alb'
        ? SOURCES.albForwardedHeaders
        : type === 'lambda-url'
          ? SOURCES.lambdaUrlInvocation
          : SOURCES.apigwRestForwardedHeaders;
    const by = type === 'alb' ? 'The ALB sets it from its HTTPS listener' : `${title} sets it (HTTPS only)`;
    editor.set('x-forwarded-proto', 'https', by, source);
    editor.set('x-forwarded-port', '443', by, source);
    editor.append(
      'x-forwarded-for',
      CLOUDFRONT_EDGE_IP,
      `${title} appends the address CloudFront connected from`,
      source,
    );
    if (type === 'alb')
      editor.set('x-amzn-trace-id', 'Root=1-00000000-emulated', 'The ALB adds a trace id', source);
  }
  return {
    title,
    request: { method: request.method, path, query: request.query, headers: editor.headers },
    changes: editor.changes,
    notes,
  };
}
