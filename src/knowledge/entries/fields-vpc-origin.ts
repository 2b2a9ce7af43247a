import { DOCS } from '../../sources/doc-links';
import type { FieldExplanation, FieldPath } from '../types';

/** Form fields of the VPC origin: what it points at, how CloudFront connects, who may come in. */
export const VPC_ORIGIN_FIELD_EXPLANATIONS = {
  'origin.vpcOriginArn': {
    title: 'Load balancer or instance ARN',
    body:
      'The ARN of the internal Application Load Balancer, the Network Load Balancer or the EC2 instance in ' +
      'private subnets, e.g. arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/… . It ' +
      'must be in the partition the distribution is made in (aws), in this account, and in a Region that supports ' +
      'VPC origins; Gateway and Classic Load Balancers cannot be VPC origins. Its Region is where the security ' +
      'group rule is made.',
    links: [DOCS.vpcOrigins, DOCS.vpcOriginResource],
  },
  'origin.vpcOriginProtocol': {
    title: 'Protocol from CloudFront to the origin',
    body:
      'HTTPS: CloudFront connects to an HTTPS listener and checks its certificate against the endpoint name ' +
      '(or the viewer’s Host when Host is forwarded): a mismatch is a 502. HTTP: no certificate, the hop stays ' +
      'inside AWS but is not encrypted. Either way Django learns https from the header CloudFront adds, because ' +
      'the load balancer’s own X-Forwarded-Proto follows its listener.',
    links: [DOCS.originTlsNameMismatch, DOCS.vpcOrigins, DOCS.albForwardedHeaders],
  },
  'origin.vpcOriginHttpsPort': {
    title: 'HTTPS port',
    body:
      'The port of the HTTPS listener CloudFront connects to: 443, or one from 1024 to 65535. The security group ' +
      'rule opens exactly this port to CloudFront.',
    links: [DOCS.vpcOriginResource, DOCS.albListeners],
  },
  'origin.vpcOriginHttpPort': {
    title: 'HTTP port',
    body:
      'The port of the HTTP listener CloudFront connects to: 80, or one from 1024 to 65535. The security group ' +
      'rule opens exactly this port to CloudFront.',
    links: [DOCS.vpcOriginResource, DOCS.albListeners],
  },
  'origin.securityGroupId': {
    title: 'Security group of the load balancer or instance',
    body:
      'With its ID the stacks add the inbound rule that lets CloudFront’s origin-facing servers (the managed ' +
      'prefix list com.amazonaws.global.cloudfront.origin-facing) reach the listener port. Left empty, add that ' +
      'rule yourself (the README gives the command): without it every request times out with a 504 and nothing ' +
      'else reports an error.',
    links: [DOCS.cloudFrontManagedPrefixList, DOCS.cdkVpcOriginSecurityGroup, DOCS.originTimeout504],
  },
} satisfies Partial<Record<FieldPath, FieldExplanation>>;
