import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** Form fields about the origin CloudFront forwards Django requests to, and keeping it private. */
export const ORIGIN_FIELD_EXPLANATIONS = {
  'origin.type': {
    title: 'Origin type',
    body:
      'What sits between CloudFront and Django. API Gateway (HTTP or REST API) and Lambda function URLs route by ' +
      'their own host name and answer 403 to any other Host, so CloudFront must send them their own name and ' +
      'pass the viewer’s host in X-Forwarded-Host, as does an ECS Express Mode service’s shared ALB (host-header ' +
      'rules). For your own load balancer AWS recommends a VPC origin: it stays in private subnets and only ' +
      'CloudFront reaches it. An internet-facing ALB or other HTTPS server can take the viewer’s Host; an ' +
      'existing App Runner service (closed to new customers) is “Any HTTPS origin”.',
    links: [
      DOCS.managedOriginRequestPolicies,
      DOCS.requestHeadersCustomOrigin,
      DOCS.vpcOrigins,
      DOCS.ecsExpressResources,
      DOCS.appRunnerClosed,
    ],
  },
  'origin.endpoint': {
    title: 'Origin domain name',
    body:
      'The origin’s own DNS name, never your site’s domain: abc123.execute-api.<region>.amazonaws.com for API ' +
      'Gateway, <id>.lambda-url.<region>.on.aws for a function URL, <name>.ecs.<region>.on.aws for an ECS ' +
      'Express Mode service, the load balancer’s (or a custom) name for an ALB. A pasted invoke URL is split ' +
      'into this name and the origin path. Over HTTPS the origin’s certificate must be valid for this name. ' +
      'Behind a VPC origin it is the name CloudFront sends as Host and checks the certificate against (the ' +
      'VPC origin itself is found by its ARN).',
    links: [DOCS.originDomain, DOCS.httpsToCustomOrigin, DOCS.vpcOrigins],
  },
  'origin.path': {
    title: 'Origin path',
    body:
      'A path CloudFront puts in front of every request to the origin. A REST API is reached through its stage ' +
      '(/prod); an HTTP API with the $default stage needs none. Django then sees the path without the stage; ' +
      'if your adapter (Mangum, apig-wsgi, serverless-wsgi) adds the stage back to generated URLs, configure ' +
      'it not to, or links point to /prod/… on your domain.',
    links: [DOCS.originPath, DOCS.apigwEndpointTypes],
  },
  'origin.hostStrategy': {
    title: 'How Django learns the public host',
    body:
      'With the CloudFront Function strategy, the origin request policy AllViewerExceptHostHeader sends the ' +
      'origin its own name as Host and a viewer-request function copies the viewer’s Host into ' +
      'X-Forwarded-Host, which Django reads with USE_X_FORWARDED_HOST. It works for every origin type. ' +
      'Forwarding Host (AllViewer) needs no function but only works when the origin answers to your domain. ' +
      'API Gateway answers 403 without a custom domain of that name, a Lambda URL always, an Express Mode ALB ' +
      'has no rule for it. Behind a VPC origin both work; over HTTPS a forwarded Host must be on the certificate.',
    links: [
      DOCS.managedOriginRequestPolicies,
      DOCS.djangoUseXForwardedHost,
      DOCS.functionEventStructure,
      DOCS.originTlsNameMismatch,
    ],
  },
  'origin.lambdaUrlAuth': {
    title: 'Lambda function URL access',
    body:
      'How the function URL is protected. “Auth NONE + secret origin header”: the URL accepts unsigned requests and Django ' +
      'middleware rejects those without the secret header CloudFront adds; every method works. “Origin access ' +
      'control”: CloudFront signs requests with SigV4 and the URL uses AWS_IAM auth, but a POST or PUT body is ' +
      'only accepted when the client sends its SHA-256 in x-amz-content-sha256, which browsers never do: ' +
      'Django form posts fail with 403.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth, DOCS.originCustomHeaders],
  },
  'origin.lambdaFunctionArn': {
    title: 'Lambda function ARN',
    body:
      'The function behind the URL. With origin access control CloudFront must be allowed to call it: since ' +
      'October 2025 that takes both lambda:InvokeFunctionUrl and lambda:InvokeFunction granted to ' +
      'cloudfront.amazonaws.com for this distribution; with only the first, every request is refused with 403. ' +
      'The wizard refuses an ARN in another region than the function URL (the URL’s name carries its region). ' +
      'The URL does not carry the account, so a function of the same name in another account cannot be told ' +
      'apart here: the grant would be made on that function and CloudFront would get 403 from the URL.',
    links: [DOCS.lambdaOac, DOCS.lambdaUrlAuth, DOCS.lambdaUrlInvocation],
  },
  'originProtection.secretHeader': {
    title: 'Secret origin header',
    body:
      'A public origin name can be called directly, past CloudFront and its WAF, with any ' +
      'X-Forwarded-Host. With this on, CloudFront adds a header whose value is a deploy-time secret (never in ' +
      'the code), the generated Django middleware rejects requests without it, and CloudFront overwrites a ' +
      'viewer-sent header of that name. Stronger where the origin allows: origin access control for a Lambda ' +
      'URL; for API Gateway, an API Gateway custom domain as the origin with the default execute-api endpoint ' +
      'disabled (it then answers 403); AWS WAF on a REST API or load balancer checking the same header. Behind ' +
      'a VPC origin nothing but CloudFront can reach the origin at all, so the header is only defence in depth.',
    links: [
      DOCS.originCustomHeaders,
      DOCS.lambdaOac,
      DOCS.apiGatewayDisableDefaultEndpoint,
      DOCS.restApiDisableDefaultEndpoint,
      DOCS.wafForCloudFront,
      DOCS.vpcOrigins,
    ],
  },
  'originProtection.headerName': {
    title: 'Secret header name',
    body:
      'The name of the secret origin header, X-Origin-Verify by default. CloudFront does not let an origin ' +
      'custom header be Host, Via, X-Real-IP, X-Amz-* or X-Edge-*, and the wizard also refuses proxy headers ' +
      'such as X-Forwarded-Proto and CloudFront-*. Django sees the header in request.META with an HTTP_ ' +
      'prefix, e.g. HTTP_X_ORIGIN_VERIFY.',
    links: [DOCS.originCustomHeaders],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
