import { DOCS } from '../../sources/doc-links';
import { HOSTNAME_PATTERN } from '../patterns';
import type { OriginDescriptor } from './descriptor';

/** The header CloudFront adds to every request to a VPC origin, telling Django the viewer used HTTPS. */
export const VIEWER_PROTO_HEADER = 'X-Viewer-Proto';

export const VPC_ORIGIN = {
  type: 'vpc-origin',
  label: 'Private load balancer or instance (VPC origin)',
  summary:
    'Recommended for a load balancer: an internal Application or Network Load Balancer, or an EC2 instance, in private subnets. CloudFront reaches it through a VPC origin, and nothing else can reach it at all.',
  endpoint: {
    pattern: HOSTNAME_PATTERN,
    message:
      'The name CloudFront sends as Host and checks the certificate against: the load balancer’s DNS name, or a name of yours its certificate covers, e.g. origin.example.com',
    example: 'app-origin.example.com',
  },
  originPath: { rule: 'optional' },
  foreignHost: null,
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy: `CloudFront itself adds ${VIEWER_PROTO_HEADER}: https to every request (an origin custom header; viewers reach CloudFront only over HTTPS), since what the load balancer or instance sets in X-Forwarded-Proto depends on its listener`,
    protoReliable: true,
    protoNote: `CloudFront adds ${VIEWER_PROTO_HEADER}: https to every request, and nothing but CloudFront can reach the private origin`,
    setByOrigin: true,
    addsTraceId: true,
    source: DOCS.originCustomHeaders,
    cloudFrontProtoHeader: VIEWER_PROTO_HEADER,
  },
  // The load balancer or instance may listen on HTTP as well (the protocol field picks).
  httpsOnly: false,
  stageInPath: 'none',
  protections: [],
  hopTitle: 'Private origin behind a VPC origin',
  regionOf: () => undefined,
  privateOrigin: {
    reason:
      'The load balancer or instance sits in private subnets with no public address: CloudFront reaches it through the VPC origin, and a request that skips CloudFront has nowhere to go',
    source: DOCS.vpcOrigins,
  },
} as const satisfies OriginDescriptor;
