import type { DocLink } from './doc-links';

/**
 * The pages the VPC origin and ECS Express Mode origins rest on (spread into DOCS; kept apart so the origin
 * types' sources read as one list). Each URL was found with the docs search; none is guessed.
 */
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';
const ECS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const link = (title: string, url: string): DocLink => ({ title, url });

export const ORIGIN_DOCS = {
  // CloudFront VPC origins
  vpcOrigins: link('CloudFront: restrict access with VPC origins', `${CF}/private-content-vpc-origins.html`),
  restrictAccessToAlb: link(
    'CloudFront: restrict access to Application Load Balancers (internal ALBs through VPC origins)',
    `${CF}/restrict-access-to-load-balancer.html`,
  ),
  cloudFrontManagedPrefixList: link(
    'CloudFront: the CloudFront managed prefix list (com.amazonaws.global.cloudfront.origin-facing)',
    `${CF}/LocationsOfEdgeServers.html#managed-prefix-list`,
  ),
  awsManagedPrefixLists: link(
    'Amazon VPC: AWS-managed prefix lists (use one in a security group rule; its weight counts against the rule quota)',
    'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html',
  ),
  cdkVpcOriginSecurityGroup: link(
    'AWS CDK: restrict traffic coming to the VPC origin (prefix list, VPC origin service security group)',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudfront_origins-readme.html#vpc-origins',
  ),
  vpcOriginResource: link(
    'CloudFormation: AWS::CloudFront::VpcOrigin',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-vpcorigin.html',
  ),
  securityGroupIngressResource: link(
    'CloudFormation: AWS::EC2::SecurityGroupIngress (SourcePrefixListId)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroupingress.html',
  ),
  originTlsNameMismatch: link(
    'CloudFront: 502 when the origin certificate matches neither the origin domain nor the Host header',
    `${CF}/http-502-bad-gateway.html#ssl-negotitation-failure`,
  ),
  originTimeout504: link(
    'CloudFront: HTTP 504 (origin timeout; a security group that does not allow CloudFront)',
    `${CF}/http-504-gateway-timeout.html`,
  ),
  albListeners: link(
    'ALB: listeners (protocol, port, certificate)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  ),

  // Amazon ECS Express Mode
  ecsExpressResources: link(
    'Amazon ECS: resources created by Express Mode services (ALB with HTTPS listener, listener rules, ACM certificate)',
    `${ECS}/express-service-work.html`,
  ),
  ecsExpressCreate: link(
    'Amazon ECS: creating an Express Mode service (a unique URL for the application)',
    `${ECS}/express-service-create-full.html`,
  ),
  ecsExpressOutside: link(
    'Amazon ECS: updating resources outside of Express Mode (custom domains, listener rules)',
    `${ECS}/express-service-advanced-customization.html`,
  ),
  ecsExpressIngressPath: link(
    'Amazon ECS API: ManagedIngressPath (the Express service endpoint, its load balancer and listener rule)',
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedIngressPath.html',
  ),
  albHostConditions: link(
    'ALB: host-header conditions of listener rules',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#host-conditions',
  ),
  albListenerRules: link(
    'ALB: listener rules (the default rule acts when no other rule matches)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html',
  ),
  appRunnerClosed: link(
    'App Runner: no longer open to new customers (AWS recommends ECS Express Mode)',
    'https://docs.aws.amazon.com/apprunner/latest/dg/setting-up.html',
  ),
} as const satisfies Record<string, DocLink>;
