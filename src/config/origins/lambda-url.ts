import { DOCS } from '../../sources/doc-links';
import type { OriginDescriptor } from './descriptor';
import { regionInAwsEndpoint } from './descriptor';

export const LAMBDA_FUNCTION_URL = {
  type: 'lambda-url',
  label: 'Lambda function URL',
  summary: 'The HTTPS address AWS Lambda gives a function directly, without API Gateway.',
  endpoint: {
    pattern: /^[a-z0-9]+\.lambda-url\.[a-z]{2}(?:-[a-z]+)+-\d\.on\.aws$/,
    message: 'A function URL looks like abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
    example: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
  },
  originPath: { rule: 'forbidden', message: 'A function URL has no stage path' },
  foreignHost: {
    response: { status: 403, body: 'Forbidden' },
    source: DOCS.reportLambdaUrlForeignHost,
    sourceIsReport: true,
  },
  // A function URL answers 403 to any Host but its own: forwarding the viewer's Host is never right.
  hostStrategies: ['x-forwarded-host-function'],
  forwardedHeaders: {
    protoSetBy: 'the Lambda function URL (HTTPS only) sets X-Forwarded-Proto: https on every request',
    protoReliable: true,
    protoNote: 'the Lambda function URL is HTTPS-only and sets X-Forwarded-Proto: https',
    setByOrigin: true,
    addsTraceId: false,
    source: DOCS.lambdaUrlInvocation,
  },
  httpsOnly: true,
  stageInPath: 'none',
  protections: ['lambda-oac'],
  hopTitle: 'Lambda function URL',
  regionOf: regionInAwsEndpoint,
} as const satisfies OriginDescriptor;
