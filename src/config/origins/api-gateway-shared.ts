import { DOCS } from '../../sources/doc-links';
import type { OriginDescriptor } from './descriptor';
import { regionInAwsEndpoint } from './descriptor';

/** What the HTTP and REST API descriptors share: the execute-api name, routing by Host, the 403 it answers. */
export const EXECUTE_API_ENDPOINT = /^[a-z0-9]+\.execute-api\.[a-z]{2}(?:-[a-z]+)+-\d\.amazonaws\.com$/;

export const API_GATEWAY_FOREIGN_HOST: OriginDescriptor['foreignHost'] = {
  response: { status: 403, body: '{"message":"Forbidden"}' },
  source: DOCS.reportApiGatewayForeignHost,
  sourceIsReport: true,
};

export const apiGatewayRegion = regionInAwsEndpoint;
