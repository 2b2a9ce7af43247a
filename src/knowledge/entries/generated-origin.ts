import { DOCS } from '../../sources/doc-links';
import { usesLambdaOac } from '../conditions';
import type { Explanation } from '../types';

/** Generated settings of the connection from CloudFront to the app origin. */
export const GENERATED_ORIGIN_EXPLANATIONS: Explanation[] = [
  {
    key: 'generated.originProtocol',
    title: 'HTTPS-only to the origin, TLS 1.2',
    body:
      'CloudFront always connects to the origin over HTTPS with TLS 1.2, whatever the viewer used: API Gateway ' +
      'and Lambda URLs have no plain-HTTP endpoint, and an ALB reached over HTTP would tell Django ' +
      'X-Forwarded-Proto: http, breaking SECURE_PROXY_SSL_HEADER. The origin’s certificate must be valid for the ' +
      'origin name (or the forwarded host), or CloudFront answers 502.',
    links: [DOCS.originProtocol, DOCS.httpsToCustomOrigin, DOCS.albForwardedHeaders],
    markers: {
      'cdk-typescript': ['OriginProtocolPolicy.HTTPS_ONLY'],
      'cdk-python': ['OriginProtocolPolicy.HTTPS_ONLY'],
      cloudformation: ['https-only'],
      terraform: ['https-only'],
    },
  },
  {
    key: 'generated.originSecretHeader',
    title: 'Secret origin header',
    body:
      'CloudFront adds the secret header to every request it sends to the app origin; the value is a deployment ' +
      'parameter, never written into the code: keep it in a secret store and give Django the same value. ' +
      'Django’s generated middleware answers 403 to requests without it, so the public origin URL is useless ' +
      'on its own. CloudFront replaces a viewer-sent header of the same name.',
    links: [DOCS.originCustomHeaders],
    appliesTo: (config) => config.originProtection.secretHeader,
    markers: {
      'cdk-typescript': ['customHeaders'],
      'cdk-python': ['custom_headers'],
      cloudformation: ['OriginCustomHeaders'],
      terraform: ['custom_header'],
      django: ['OriginVerifyMiddleware'],
    },
  },
  {
    key: 'generated.lambdaOriginAccessControl',
    title: 'Lambda function URL behind origin access control',
    body:
      'CloudFront signs every request to the function URL with SigV4 and the URL requires AWS_IAM auth, so ' +
      'direct calls are refused. For a request with a body (POST, PUT) the signature only matches when the ' +
      'viewer sent the body’s SHA-256 in x-amz-content-sha256; browsers and HTML forms never do, so Django ' +
      'form posts fail with 403. OAC also overwrites the viewer’s Authorization header.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth, DOCS.originModification],
    appliesTo: usesLambdaOac,
    markers: {
      'cdk-typescript': ['FunctionUrlOriginAccessControl('],
      'cdk-python': ['FunctionUrlOriginAccessControl('],
      cloudformation: ['OriginAccessControlOriginType'],
      terraform: ['origin_access_control_origin_type'],
    },
  },
  {
    key: 'generated.lambdaInvokePermission',
    title: 'Lambda permissions for CloudFront',
    body:
      'CloudFront (principal cloudfront.amazonaws.com, limited to this distribution’s ARN) is allowed ' +
      'lambda:InvokeFunctionUrl and, since October 2025, lambda:InvokeFunction restricted to calls through the ' +
      'function URL. Distributions with only the first permission get 403 from the function URL.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth],
    appliesTo: usesLambdaOac,
    markers: {
      'cdk-typescript': ['lambda:InvokeFunction'],
      'cdk-python': ['lambda:InvokeFunction'],
      cloudformation: ['lambda:InvokeFunction'],
      terraform: ['lambda:InvokeFunction'],
    },
  },
];
