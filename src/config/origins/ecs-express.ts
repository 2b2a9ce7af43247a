import { DOCS } from '../../sources/doc-links';
import type { OriginDescriptor } from './descriptor';
import { regionInAwsEndpoint } from './descriptor';

export const ECS_EXPRESS_MODE = {
  type: 'ecs-express',
  label: 'ECS Express Mode service',
  summary:
    'An Amazon ECS Express Mode service: Fargate tasks behind an internet-facing ALB that Express Mode creates and shares between services. AWS suggests it to new users instead of App Runner.',
  endpoint: {
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.ecs\.[a-z]{2}(?:-[a-z]+)+-\d\.on\.aws$/,
    message:
      'The host name of the Express Mode service’s URL, e.g. dj-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws',
    example: 'dj-0123456789abcdef0123456789abcdef.ecs.eu-west-1.on.aws',
  },
  originPath: { rule: 'optional' },
  foreignHost: {
    response: { status: 404, body: 'Not Found' },
    source: DOCS.albListenerRules,
    sourceIsReport: false,
    inferred:
      'AWS documents that Express Mode routes with host-header listener rules on the shared ALB, not what that listener answers to a Host no rule matches: the 404 is inferred',
    ownDomainHint:
      'a listener rule (and certificate) for your domain added to the shared ALB outside Express Mode',
  },
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy:
      'the Express Mode ALB sets X-Forwarded-Proto from its HTTPS listener, which CloudFront connects to (origin protocol https-only)',
    protoReliable: true,
    protoNote: 'the Express Mode ALB sets X-Forwarded-Proto from its HTTPS listener, which CloudFront uses',
    setByOrigin: true,
    addsTraceId: true,
    source: DOCS.albForwardedHeaders,
  },
  // AWS documents an HTTPS listener on the Express Mode ALB, no HTTP one.
  httpsOnly: true,
  stageInPath: 'none',
  protections: [],
  hopTitle: 'ECS Express Mode ALB (shared, host-header rules)',
  regionOf: regionInAwsEndpoint,
  originKey: 'generated.ecsExpressOrigin',
} as const satisfies OriginDescriptor;
