import type { VpcOriginPlan } from '../model';
import { DOCS } from '../sources/doc-links';
import { HeaderEditor } from './header-editor';
import type { OriginHopResult } from './origin-hop';
import type { HopRequest } from './types';

/** The address CloudFront's VPC origin connects from inside the VPC (made up; a private address). */
export const VPC_ORIGIN_ENI_IP = '10.0.128.10';

/**
 * What the private load balancer or instance does with the request CloudFront sends through the VPC origin: an
 * ALB sets X-Forwarded-Proto and -Port from the listener CloudFront used (http over an HTTP listener) and appends
 * the connecting address; an NLB passes the request on as it is; on an instance, the server is yours.
 */
export function vpcOriginHop(
  title: string,
  vpc: VpcOriginPlan,
  request: HopRequest,
  privateSource: string,
): OriginHopResult {
  const editor = new HeaderEditor(request.headers);
  const https = vpc.protocolPolicy === 'https-only';
  const port = String(https ? vpc.httpsPort : vpc.httpPort);
  const notes = [
    {
      text: `Reached through the VPC origin ${vpc.name} (${vpc.protocolPolicy}, port ${port}): the ${vpc.endpointType.replaceAll('-', ' ')} has no public address, so only CloudFront gets here.`,
      source: privateSource,
    },
  ];
  if (vpc.endpointType === 'application-load-balancer') {
    const by = `The ALB sets it from the ${https ? 'HTTPS' : 'HTTP'} listener CloudFront connected to`;
    const source = DOCS.albForwardedHeaders.url;
    editor.set('x-forwarded-proto', https ? 'https' : 'http', by, source);
    editor.set('x-forwarded-port', port, by, source);
    editor.append(
      'x-forwarded-for',
      VPC_ORIGIN_ENI_IP,
      'The ALB appends the address CloudFront connected from',
      source,
    );
    editor.set('x-amzn-trace-id', 'Root=1-00000000-emulated', 'The ALB adds a trace id', source);
  } else {
    notes.push({
      text:
        vpc.endpointType === 'network-load-balancer'
          ? 'A Network Load Balancer passes the request on unchanged: no X-Forwarded-* of its own (the server behind it decides).'
          : 'The server on the instance is yours: the model assumes it passes the headers on unchanged.',
      source: DOCS.vpcOrigins.url,
    });
  }
  return {
    title,
    request: { ...request, headers: editor.headers },
    changes: editor.changes,
    notes,
  };
}
