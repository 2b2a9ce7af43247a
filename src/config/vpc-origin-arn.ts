/**
 * The ARN of what a CloudFront VPC origin points at, checked part by part so the form says which part is wrong:
 * an Application or Network Load Balancer (`arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app|net/
 * <name>/<id>`) or an EC2 instance (`arn:aws:ec2:<region>:<account>:instance/i-…`), in the partition the
 * distribution is made in (aws: its stack is in us-east-1).
 */
export type VpcOriginEndpointType = 'application-load-balancer' | 'network-load-balancer' | 'ec2-instance';

export interface VpcOriginArn {
  partition: 'aws';
  region: string;
  account: string;
  type: VpcOriginEndpointType;
  /** The load balancer's name or the instance ID. */
  name: string;
}

export const VPC_ORIGIN_ARN_EXAMPLE =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/0123456789abcdef';

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
const LOAD_BALANCER =
  /^loadbalancer\/(app|net)\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?)\/[0-9a-f]{16}$/;
const INSTANCE = /^instance\/(i-[0-9a-f]{8}(?:[0-9a-f]{9})?)$/;

/** The ARN's parts, or the message for the first part that is wrong. */
export function parseVpcOriginArn(arn: string): VpcOriginArn | { problem: string } {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn')
    return { problem: `Not an ARN: it looks like ${VPC_ORIGIN_ARN_EXAMPLE}` };
  const [, partition = '', service = '', region = '', account = '', ...rest] = parts;
  const resource = rest.join(':');
  if (partition !== 'aws')
    return {
      problem: `Partition ${partition || '(empty)'}: the distribution is made in us-east-1 (partition aws), and its VPC origin must be in the same partition`,
    };
  if (!REGION.test(region))
    return { problem: `Region ${region || '(empty)'} is not an AWS region name such as eu-west-1` };
  if (!/^\d{12}$/.test(account))
    return {
      problem: `Account ${account || '(empty)'}: an AWS account ID has 12 digits (the distribution’s own account)`,
    };
  if (service === 'elasticloadbalancing') {
    const match = LOAD_BALANCER.exec(resource);
    if (match === null)
      return {
        problem: resource.startsWith('loadbalancer/gwy/')
          ? 'A Gateway Load Balancer cannot be a VPC origin: use an Application or Network Load Balancer'
          : /^loadbalancer\/[^/]+$/.test(resource)
            ? 'A Classic Load Balancer cannot be a VPC origin: use an Application or Network Load Balancer'
            : 'Not a load balancer: expected loadbalancer/app/<name>/<16 hex digits> (ALB) or loadbalancer/net/… (NLB)',
      };
    return {
      partition,
      region,
      account,
      type: match[1] === 'app' ? 'application-load-balancer' : 'network-load-balancer',
      name: match[2] ?? '',
    };
  }
  if (service === 'ec2') {
    const match = INSTANCE.exec(resource);
    if (match === null) return { problem: 'Not an EC2 instance: expected instance/i-<8 or 17 hex digits>' };
    return { partition, region, account, type: 'ec2-instance', name: match[1] ?? '' };
  }
  return {
    problem: `A ${service || '(empty)'} resource cannot be a VPC origin: use an Application or Network Load Balancer (elasticloadbalancing) or an EC2 instance (ec2)`,
  };
}
