import { DOCS } from '../../sources/doc-links';
import type { GeneratedExplanation, GeneratedKey } from '../types';

/** Generated settings of the connection from CloudFront to the app origin. */
export const GENERATED_ORIGIN_EXPLANATIONS = {
  'generated.originProtocol': {
    title: 'HTTPS-only to the origin, TLS 1.2',
    summary: 'CloudFront always connects to the origin over HTTPS with TLS 1.2, whatever the viewer used.',
    body:
      'API Gateway and Lambda URLs have no plain-HTTP endpoint, and an ALB reached over HTTP would tell Django ' +
      'X-Forwarded-Proto: http, breaking SECURE_PROXY_SSL_HEADER. The origin’s certificate must be valid for the ' +
      'origin name (or the forwarded host), or CloudFront answers 502.',
    links: [DOCS.originProtocol, DOCS.httpsToCustomOrigin, DOCS.albForwardedHeaders],
  },
  'generated.originSecretHeader': {
    title: 'Secret origin header',
    summary: 'CloudFront adds a secret header to every request it sends to the app origin.',
    body:
      'The value lives in AWS Secrets Manager (created once, before the stacks), never in a template or the ' +
      'code; Django reads the same value from ORIGIN_VERIFY_SECRET. Its generated middleware answers 403 to requests without ' +
      'it, so the public origin URL is useless on its own. CloudFront replaces a viewer-sent header of the same ' +
      'name. The stacks name one version of the secret by its id, which every deploy reads: a stack reads a ' +
      'secret again only when the reference changes, so after a rotation the new id updates the distribution. ' +
      'Django accepts the current and the previous value (constant time) during a rotation.',
    links: [
      DOCS.originCustomHeaders,
      DOCS.secretVersionInDynamicReference,
      DOCS.secretsManagerDynamicReference,
    ],
  },
  'generated.lambdaOriginAccessControl': {
    title: 'Lambda function URL behind origin access control',
    summary:
      'CloudFront signs every request to the function URL, and the URL refuses any request that is not signed.',
    body:
      'The signature is SigV4 and the URL requires AWS_IAM auth, so direct calls are refused. For a request with ' +
      'a body (POST, PUT) the signature only matches when the viewer sent the body’s SHA-256 in ' +
      'x-amz-content-sha256; browsers and HTML forms never do, so Django form posts fail with 403. OAC also ' +
      'overwrites the viewer’s Authorization header.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth, DOCS.originModification],
  },
  'generated.lambdaInvokePermission': {
    title: 'Lambda permissions for CloudFront',
    summary: 'The function allows this distribution, and nothing else, to invoke it through its URL.',
    body:
      'CloudFront (principal cloudfront.amazonaws.com, limited to this distribution’s ARN) is allowed ' +
      'lambda:InvokeFunctionUrl and, since October 2025, lambda:InvokeFunction restricted to calls through the ' +
      'function URL. Distributions with only the first permission get 403 from the function URL.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth, DOCS.lambdaPermissionResource],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
