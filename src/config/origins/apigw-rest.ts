import { DOCS } from '../../sources/doc-links';
import { API_GATEWAY_FOREIGN_HOST, EXECUTE_API_ENDPOINT, apiGatewayRegion } from './api-gateway-shared';
import type { OriginDescriptor } from './descriptor';

export const API_GATEWAY_REST_API = {
  type: 'apigw-rest',
  label: 'API Gateway REST API',
  summary: 'An Amazon API Gateway REST API (Regional endpoint, reached through its stage, e.g. /prod).',
  endpoint: {
    pattern: EXECUTE_API_ENDPOINT,
    message: 'A REST API endpoint looks like abc123defg.execute-api.eu-west-1.amazonaws.com',
    example: 'xyz789abcd.execute-api.eu-central-1.amazonaws.com',
  },
  originPath: {
    rule: 'required',
    message: 'A REST API is reached through its stage: enter it as the origin path, e.g. /prod',
  },
  foreignHost: API_GATEWAY_FOREIGN_HOST,
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy:
      'API Gateway (REST API, Regional) sets X-Forwarded-Proto: https on every request it passes to Django',
    protoReliable: false,
    protoNote:
      'REST APIs are seen to send X-Forwarded-Proto: https to Lambda proxy integrations, but AWS does not ' +
      'document it and private endpoints omit it',
    setByOrigin: true,
    addsTraceId: false,
    source: DOCS.reportRestApiForwardedHeaders,
  },
  endpointTypeNote:
    'Use a Regional REST API endpoint behind this distribution. An edge-optimized API already has a ' +
    'CloudFront distribution of its own (two CDNs, header names capitalised), and a private endpoint is not ' +
    'reachable from CloudFront.',
  httpsOnly: true,
  stageInPath: 'stripped',
  protections: [],
  hopTitle: 'API Gateway REST API',
  regionOf: apiGatewayRegion,
} as const satisfies OriginDescriptor;
