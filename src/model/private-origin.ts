import type { Config } from '../config/schema';
import { allDomains, ORIGINS } from '../config/schema';
import { parseVpcOriginArn, type VpcOriginEndpointType } from '../config/vpc-origin-arn';
import { DOCS } from '../sources/doc-links';
import { CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST, PREFIX_LIST_ID_PATTERN } from './aws-constants';
import type { DeployLookup, PrivateOriginPlan, SecurityGroupIngressPlan, VpcOriginPlan } from './deployment';

/** The VPC origin parts of a config, decided once: the resource, the security group rule, the prerequisites. */

const ENDPOINT_LABELS: Record<VpcOriginEndpointType, string> = {
  'application-load-balancer': 'internal Application Load Balancer',
  'network-load-balancer': 'internal Network Load Balancer',
  'ec2-instance': 'EC2 instance',
};

/** The parsed ARN of a VPC origin config (the schema has checked it), or null for other origins. */
function vpcOriginArnOf(config: Config) {
  if (ORIGINS[config.origin.type].privateOrigin === undefined) return null;
  const parsed = parseVpcOriginArn(config.origin.vpcOriginArn);
  if ('problem' in parsed) throw new Error(`The VPC origin ARN is not valid: ${parsed.problem}`);
  return parsed;
}

/** The port CloudFront connects to: the one of the chosen protocol. */
export function vpcOriginPort(config: Config): number {
  return config.origin.vpcOriginProtocol === 'https'
    ? config.origin.vpcOriginHttpsPort
    : config.origin.vpcOriginHttpPort;
}

/** The region the security group rule must be made in, or null when the stacks make no rule. */
export function securityGroupRegion(config: Config): string | null {
  const arn = vpcOriginArnOf(config);
  return arn !== null && config.origin.securityGroupId !== '' ? arn.region : null;
}

/** The prefix list ID the rule needs, looked up when the stack holding the rule is deployed. */
export function prefixListLookup(region: string): DeployLookup {
  return {
    key: 'CloudFrontPrefixListId',
    description: `The ID of the AWS-managed prefix list ${CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST} in ${region} (CloudFront's origin-facing servers)`,
    managedPrefixList: CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST,
    region,
    pattern: PREFIX_LIST_ID_PATTERN,
  };
}

export function privateOriginFor(
  config: Config,
  ingressStack: SecurityGroupIngressPlan['stack'],
): PrivateOriginPlan | null {
  const arn = vpcOriginArnOf(config);
  if (arn === null) return null;
  const https = config.origin.vpcOriginProtocol === 'https';
  const vpcOrigin: VpcOriginPlan = {
    stack: 'main',
    key: 'App',
    name: `${config.projectName}-app`,
    endpointArn: config.origin.vpcOriginArn,
    endpointType: arn.type,
    endpointRegion: arn.region,
    protocolPolicy: https ? 'https-only' : 'http-only',
    httpPort: config.origin.vpcOriginHttpPort,
    httpsPort: config.origin.vpcOriginHttpsPort,
    sslProtocols: ['TLSv1.2'],
  };
  const port = vpcOriginPort(config);
  const ingress: SecurityGroupIngressPlan | null =
    config.origin.securityGroupId === ''
      ? null
      : {
          stack: ingressStack,
          key: 'CloudFrontOriginFacing',
          securityGroupId: config.origin.securityGroupId,
          protocol: 'tcp',
          port,
          prefixListName: CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST,
          lookup: 'CloudFrontPrefixListId',
          description: `CloudFront origin-facing servers to ${config.projectName} (VPC origin, TCP ${port})`,
        };
  return { vpcOrigin, ingress, prerequisites: prerequisitesFor(config, vpcOrigin, ingress) };
}

const code = (text: string) => `\`${text}\``;

/** The CLI command that prints the prefix list's ID in a region. */
export function prefixListIdCommand(region: string): string {
  return (
    `aws ec2 describe-managed-prefix-lists --region ${region} ` +
    `--filters Name=prefix-list-name,Values=${CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST} ` +
    `--query 'PrefixLists[0].PrefixListId' --output text`
  );
}

function prerequisitesFor(
  config: Config,
  vpcOrigin: VpcOriginPlan,
  ingress: SecurityGroupIngressPlan | null,
): string[] {
  const { endpointType, endpointRegion: region } = vpcOrigin;
  const port = vpcOriginPort(config);
  const https = vpcOrigin.protocolPolicy === 'https-only';
  const forwardsHost = config.origin.hostStrategy === 'forward-host';
  const names = forwardsHost ? [config.origin.endpoint, ...allDomains(config)] : [config.origin.endpoint];
  const where =
    `The ${ENDPOINT_LABELS[endpointType]} ${code(vpcOrigin.endpointArn)} runs in private subnets of a VPC in ` +
    `${region}, in this AWS account, before the stacks are deployed (CloudFront checks the ARN). AWS lists the ` +
    `other prerequisites, such as the Regions that support VPC origins, at ${DOCS.vpcOrigins.url}; projects that ` +
    'use VPC origins also report that the VPC must have an internet gateway attached, although the traffic does not use it.';
  const listener =
    endpointType === 'network-load-balancer'
      ? `A TCP listener on port ${port} of the NLB, and a security group attached to the NLB (a VPC origin needs one; ` +
        `an NLB with TLS listeners cannot be a VPC origin: ${DOCS.cdkVpcOriginSecurityGroup.url}). ` +
        (https
          ? `The targets answer HTTPS with a certificate for ${names.map(code).join(' or ')}.`
          : 'The targets answer plain HTTP.')
      : endpointType === 'ec2-instance'
        ? `A server on the instance answers ${https ? 'HTTPS' : 'HTTP'} on port ${port}` +
          (https ? ` with a certificate for ${names.map(code).join(' or ')}.` : '.')
        : https
          ? `An HTTPS listener on port ${port} of the ALB with an ACM certificate (in ${region}) that covers ` +
            `${names.map(code).join(' or ')}: CloudFront checks the certificate against ${code(config.origin.endpoint)}` +
            (forwardsHost ? ' or against the viewer’s Host it forwards' : '') +
            ` and answers 502 when it matches neither (${DOCS.originTlsNameMismatch.url}). The listener forwards to Django's target group.`
          : `An HTTP listener on port ${port} of the ALB that forwards to Django's target group (no certificate: ` +
            'the hop from CloudFront to the VPC stays inside AWS).';
  const group =
    ingress !== null
      ? `Its security group ${code(ingress.securityGroupId)}: the stacks add the inbound rule TCP ${port} from ` +
        `the prefix list ${code(ingress.prefixListName)}. Remove any other inbound rule that admits the internet; ` +
        'the rule counts against the security group’s rule quota with the weight of the prefix list ' +
        `(${DOCS.awsManagedPrefixLists.url}).`
      : `Its security group must admit TCP ${port} from the CloudFront managed prefix list ` +
        `${code(CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST)}, which the stacks do not do here (no security group was ` +
        'given). Without that rule CloudFront’s requests time out (504) and nothing else reports an error. ' +
        `Add it once in ${region}: ${code(`aws ec2 authorize-security-group-ingress --region ${region} --group-id <sg-…> --ip-permissions 'IpProtocol=tcp,FromPort=${port},ToPort=${port},PrefixListIds=[{PrefixListId=<pl-…>}]'`)}, ` +
        `with the prefix list ID from ${code(prefixListIdCommand(region))}.`;
  return [where, listener, group];
}
