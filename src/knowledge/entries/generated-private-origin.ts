import { DOCS } from '../../sources/doc-links';
import type { GeneratedExplanation, GeneratedKey } from '../types';

/** Generated settings of the VPC origin and ECS Express Mode origin types. */
export const GENERATED_PRIVATE_ORIGIN_EXPLANATIONS = {
  'generated.vpcOrigin': {
    title: 'VPC origin to the private load balancer or instance',
    summary:
      'CloudFront reaches the internal ALB, NLB or EC2 instance through a VPC origin, so it needs no public address.',
    body:
      'The VPC origin resource names the load balancer or instance by its ARN, with the protocol and ports ' +
      'CloudFront uses; the distribution’s origin points at it (VpcOriginConfig) instead of at a public host ' +
      'name. AWS documents this as the way to serve from private subnets without access lists or secret ' +
      'headers: nothing that skips CloudFront can reach the origin. The load balancer or instance must exist ' +
      'first, in this account and in a Region that supports VPC origins, and its security group must let ' +
      'CloudFront in (the CloudFront managed prefix list). AWS’s own guidance for the older internet-facing ALB ' +
      'is a secret header; with a VPC origin that header is only defence in depth.',
    links: [DOCS.vpcOrigins, DOCS.vpcOriginResource, DOCS.restrictAccessToAlb],
  },
  'generated.vpcOriginProtocol.https': {
    title: 'HTTPS from CloudFront to the VPC origin',
    summary: 'CloudFront connects to the load balancer’s HTTPS listener and checks its certificate.',
    body:
      'CloudFront checks that the origin’s certificate covers the origin domain name (the endpoint entered in ' +
      'the wizard) or the Host header of the request it sends; with the X-Forwarded-Host function that Host is ' +
      'the origin name, with “Forward Host” it is the viewer’s. If neither is on the certificate the TLS ' +
      'handshake fails and viewers get 502. An ALB’s own *.elb.amazonaws.com name cannot be on an ACM ' +
      'certificate, so give the listener a certificate for a name of yours (or for the site’s domains when Host ' +
      'is forwarded) and enter that name as the endpoint.',
    links: [DOCS.originTlsNameMismatch, DOCS.albListeners, DOCS.httpsToCustomOrigin],
  },
  'generated.vpcOriginProtocol.http': {
    title: 'HTTP from CloudFront to the VPC origin',
    summary: 'CloudFront connects to the load balancer’s HTTP listener: no certificate is needed on it.',
    body:
      'Viewers still reach CloudFront over HTTPS only; the hop from CloudFront into the VPC is plain HTTP inside ' +
      'AWS’s network. An ALB then tells Django X-Forwarded-Proto: http (it sets the header from the listener the ' +
      'request arrived on), which is why Django trusts the header CloudFront itself adds (X-Viewer-Proto) ' +
      'instead. Choose HTTPS if the traffic must be encrypted end to end.',
    links: [DOCS.vpcOrigins, DOCS.albForwardedHeaders, DOCS.originProtocol],
  },
  'generated.viewerProtoHeader': {
    title: 'X-Viewer-Proto: https, added by CloudFront',
    summary: 'CloudFront adds a fixed header to every request to the private origin, and Django trusts it.',
    body:
      'The behaviours redirect plain-HTTP viewers to HTTPS, so every request CloudFront sends on came to it over ' +
      'HTTPS; an origin custom header with the value https says so, and CloudFront replaces any header of the ' +
      'same name a viewer sends. Django’s SECURE_PROXY_SSL_HEADER reads it instead of X-Forwarded-Proto, whose ' +
      'value depends on the listener (http over an HTTP listener; an NLB or an instance sets none). This is ' +
      'safe only because nothing but CloudFront can reach a VPC origin; on a public origin anyone could send it.',
    links: [DOCS.originCustomHeaders, DOCS.viewerProtocolPolicy, DOCS.djangoSecureProxySslHeader],
  },
  'generated.originSecurityGroupIngress': {
    title: 'Security group rule from CloudFront’s prefix list',
    summary:
      'The origin’s security group admits the listener port from CloudFront’s origin-facing servers, and from nothing else this rule adds.',
    body:
      'CloudFront’s VPC origin connects from CloudFront’s origin-facing address ranges, which AWS keeps in the ' +
      'managed prefix list com.amazonaws.global.cloudfront.origin-facing. The rule references that list by ID, ' +
      'looked up in the origin’s Region when the stack is deployed (Terraform reads it with a data source), so ' +
      'AWS keeps it current. Without such a rule requests time out (504) and nothing else reports an error. ' +
      'The list counts against the security group’s rule quota with its weight. A narrower rule from the ' +
      'security group CloudFront creates for VPC origins (CloudFront-VPCOrigins-Service-SG) is possible once ' +
      'it exists; CloudFormation does not expose its ID.',
    links: [DOCS.cloudFrontManagedPrefixList, DOCS.awsManagedPrefixLists, DOCS.cdkVpcOriginSecurityGroup],
  },
  'generated.ecsExpressOrigin': {
    title: 'ECS Express Mode service as the origin',
    summary:
      'CloudFront sends Django’s requests to the Express Mode service’s own URL on the ALB Express Mode manages.',
    body:
      'Documented: Express Mode creates an ALB with an HTTPS listener, listener rules and an ACM certificate ' +
      'for the service’s URL; a custom domain means changing them outside Express Mode. Only AWS’s launch blog ' +
      'says the ALB is shared by up to 25 services via host-header rules. Inferred: the listener answers 404 to ' +
      'a Host no rule names (so CloudFront sends the service’s own name and the function passes the viewer’s ' +
      'host in X-Forwarded-Host), and X-Forwarded-Proto is https from the HTTPS listener. The ALB is public: ' +
      'the secret origin header keeps direct calls from Django.',
    links: [
      DOCS.ecsExpressResources,
      DOCS.ecsExpressIngressPath,
      DOCS.ecsExpressOutside,
      DOCS.albHostConditions,
      DOCS.albListenerRules,
    ],
  },
} satisfies Partial<Record<GeneratedKey, GeneratedExplanation>>;
