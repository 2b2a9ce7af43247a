import { DOCS } from '../../sources/doc-links';
import { API_GATEWAY_FOREIGN_HOST, EXECUTE_API_ENDPOINT, apiGatewayRegion } from './api-gateway-shared';
import type { OriginDescriptor } from './descriptor';

export const API_GATEWAY_HTTP_API = {
  type: 'apigw-http',
  label: 'API Gateway HTTP API',
  summary:
    'An Amazon API Gateway HTTP API in front of Django running on AWS Lambda (Mangum, Lambda Web Adapter, Zappa).',
  endpoint: {
    pattern: EXECUTE_API_ENDPOINT,
    message: 'An HTTP API endpoint looks like abc123defg.execute-api.eu-west-1.amazonaws.com',
    example: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
  },
  originPath: { rule: 'optional' },
  foreignHost: API_GATEWAY_FOREIGN_HOST,
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy: 'API Gateway (HTTP API) sets X-Forwarded-Proto: https on every request it passes to Django',
    protoReliable: true,
    protoNote:
      'API Gateway (HTTP API) sets X-Forwarded-Proto: https for Lambda integrations; an HTTP-proxy ' +
      'integration sends a Forwarded header instead, so check it there',
    setByOrigin: true,
    addsTraceId: false,
    source: DOCS.apigwHttpReservedHeaders,
  },
  httpsOnly: true,
  stageInPath: 'kept',
  protections: [],
  hopTitle: 'API Gateway HTTP API',
  regionOf: apiGatewayRegion,
} as const satisfies OriginDescriptor;
