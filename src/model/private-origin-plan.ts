import type { VpcOriginEndpointType } from '../config/vpc-origin-arn';

/**
 * A private origin: the CloudFront VPC origin that reaches the load balancer or instance in private subnets, and
 * the security group rule that lets CloudFront's origin-facing servers through (only when the config names the
 * security group). Types only; `private-origin.ts` builds them.
 */
export interface PrivateOriginPlan {
  vpcOrigin: VpcOriginPlan;
  /** The rule from the CloudFront managed prefix list; null when the deployer adds it (no security group given). */
  ingress: SecurityGroupIngressPlan | null;
  /** What must be true in the VPC before the stacks go up, as Markdown sentences every README prints. */
  prerequisites: string[];
}

export interface VpcOriginPlan {
  stack: 'main';
  key: 'App';
  /** Unique per account: includes the project name; at most 64 characters. */
  name: string;
  endpointArn: string;
  endpointType: VpcOriginEndpointType;
  /** The region of the load balancer or instance (its ARN's). */
  endpointRegion: string;
  protocolPolicy: 'https-only' | 'http-only';
  /** Both ports are set (the APIs take both); CloudFront uses the one of the protocol. */
  httpPort: number;
  httpsPort: number;
  sslProtocols: ['TLSv1.2'];
}

export interface SecurityGroupIngressPlan {
  stack: 'main' | 'origin-region';
  key: 'CloudFrontOriginFacing';
  securityGroupId: string;
  protocol: 'tcp';
  /** The listener port CloudFront connects to (from and to). */
  port: number;
  /** The AWS-managed prefix list of CloudFront's origin-facing servers, by name. */
  prefixListName: string;
  /** The deploy-time lookup of that prefix list's ID in the stack's region (`StackPlan.lookups`). */
  lookup: 'CloudFrontPrefixListId';
  description: string;
}
