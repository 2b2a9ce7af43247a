import type { PrivateOriginPlan, SecurityGroupIngressPlan, VpcOriginPlan } from '../../model';
import { snakeCase } from '../../model/names';
import { explained } from '../emit/explained';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { providerArgument } from './names';

/**
 * private-origin.tf: the VPC origin the distribution reaches the private load balancer or instance through, and
 * the security group rule from CloudFront's managed prefix list (found by name with a data source, in the
 * provider of the rule's stack: the origin's region).
 */

/** The `aws_cloudfront_vpc_origin` resource's address. */
export const vpcOriginAddress = (plan: VpcOriginPlan): string =>
  `aws_cloudfront_vpc_origin.${snakeCase(plan.key)}`;

const prefixListLabel = (plan: SecurityGroupIngressPlan): string => snakeCase(plan.key);

function vpcOriginBlock(plan: VpcOriginPlan): HclItem[] {
  return [
    block(
      'resource',
      ['aws_cloudfront_vpc_origin', snakeCase(plan.key)],
      [
        block(
          'vpc_origin_endpoint_config',
          [],
          [
            ...attributes({
              name: plan.name,
              arn: plan.endpointArn,
              origin_protocol_policy: explained(
                plan.protocolPolicy === 'https-only'
                  ? 'generated.vpcOriginProtocol.https'
                  : 'generated.vpcOriginProtocol.http',
                plan.protocolPolicy,
              ),
              // The provider requires both ports; CloudFront uses the one of the protocol.
              http_port: plan.httpPort,
              https_port: plan.httpsPort,
            }),
            block(
              'origin_ssl_protocols',
              [],
              attributes({ items: [...plan.sslProtocols], quantity: plan.sslProtocols.length }),
            ),
          ],
        ),
      ],
      ['generated.vpcOrigin'],
    ),
  ];
}

function ingressBlocks(plan: SecurityGroupIngressPlan): HclItem[] {
  const label = prefixListLabel(plan);
  return [
    comment('CloudFront’s origin-facing servers: AWS keeps the list; its ID differs per region.'),
    block(
      'data',
      ['aws_ec2_managed_prefix_list', label],
      attributes({ provider: providerArgument(plan.stack), name: plan.prefixListName }),
      ['generated.originSecurityGroupIngress'],
    ),
    block(
      'resource',
      ['aws_vpc_security_group_ingress_rule', label],
      attributes({
        provider: providerArgument(plan.stack),
        security_group_id: plan.securityGroupId,
        description: plan.description,
        ip_protocol: plan.protocol,
        from_port: plan.port,
        to_port: plan.port,
        prefix_list_id: expr(`data.aws_ec2_managed_prefix_list.${label}.id`),
      }),
      ['generated.originSecurityGroupIngress'],
    ),
  ];
}

export function privateOriginBlocks(plan: PrivateOriginPlan): HclItem[][] {
  return [vpcOriginBlock(plan.vpcOrigin), ...(plan.ingress === null ? [] : [ingressBlocks(plan.ingress)])];
}
