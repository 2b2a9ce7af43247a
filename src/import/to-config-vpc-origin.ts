import { parseVpcOriginArn } from '../config/vpc-origin-arn';
import type { ExistingOrigin } from './existing-setup';
import type { MappingLog } from './mapping-log';

/**
 * A VPC origin's fields from what the template says of it: the ARN it points at, the protocol and ports. Its
 * security group rule lives in the origin's own region (another template), so the security group is left to enter.
 */
export function vpcOriginFields(
  origin: ExistingOrigin,
  vpc: NonNullable<ExistingOrigin['vpcOrigin']>,
  log: MappingLog,
): Record<string, string | number> {
  const fields: Record<string, string | number> = {};
  const where = `Origins ${origin.id}.VpcOriginConfig`;
  if (vpc.arn !== null && !('problem' in parseVpcOriginArn(vpc.arn))) {
    fields.vpcOriginArn = vpc.arn;
    log.take('origin.vpcOriginArn', vpc.arn, `${where} (the VpcOrigin's Arn)`);
  } else
    log.leave(
      where,
      vpc.arn ?? '(a VPC origin made outside this file)',
      'enter the load balancer or instance ARN',
    );
  const http = vpc.protocolPolicy === 'http-only';
  fields.vpcOriginProtocol = http ? 'http' : 'https';
  if (vpc.protocolPolicy === null || vpc.protocolPolicy === 'https-only' || http)
    log.take('origin.vpcOriginProtocol', fields.vpcOriginProtocol, `${where} (OriginProtocolPolicy)`);
  else
    log.adjust(
      'origin.vpcOriginProtocol',
      vpc.protocolPolicy,
      'https',
      'match-viewer would depend on the viewer; viewers only use HTTPS here',
    );
  if (vpc.httpPort !== null) fields.vpcOriginHttpPort = vpc.httpPort;
  if (vpc.httpsPort !== null) fields.vpcOriginHttpsPort = vpc.httpsPort;
  log.leave(
    'origin.securityGroupId',
    '(another stack)',
    'the security group rule is made in the origin’s region: enter the security group for the stacks to add it',
  );
  return fields;
}
