import { DOCS } from '../../sources/doc-links';
import { HOSTNAME_PATTERN } from '../patterns';
import type { OriginDescriptor } from './descriptor';

export const PUBLIC_LOAD_BALANCER = {
  type: 'alb',
  label: 'Application Load Balancer (public)',
  summary:
    'An internet-facing Application Load Balancer (e.g. in front of ECS or EC2) with an HTTPS listener and a certificate for the name CloudFront uses.',
  endpoint: {
    pattern: HOSTNAME_PATTERN,
    message: 'The load balancer’s DNS name or a name pointing at it, e.g. origin.example.com',
    example: 'origin.example.com',
  },
  originPath: { rule: 'optional' },
  foreignHost: null,
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy:
      'the ALB sets X-Forwarded-Proto from the listener CloudFront connects to, which is HTTPS (origin protocol https-only)',
    protoReliable: true,
    protoNote: 'the ALB sets X-Forwarded-Proto from its HTTPS listener, which CloudFront uses',
    setByOrigin: true,
    addsTraceId: true,
    source: DOCS.albForwardedHeaders,
  },
  httpsOnly: false,
  stageInPath: 'none',
  protections: [],
  hopTitle: 'Application Load Balancer (HTTPS listener)',
  regionOf: () => undefined,
} as const satisfies OriginDescriptor;
