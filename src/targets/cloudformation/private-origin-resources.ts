import type { SecurityGroupIngressPlan, VpcOriginPlan } from '../../model';
import { getAtt, ref } from '../emit/cloudformation';
import { explained } from '../emit/explained';
import { LOGICAL_IDS } from './logical-ids';
import type { CfnResource } from './template-types';

/** The VPC origin (in the distribution's stack) and the security group rule (in the origin's region). */

export function vpcOrigin(plan: VpcOriginPlan): CfnResource {
  return {
    Type: 'AWS::CloudFront::VpcOrigin',
    Properties: {
      VpcOriginEndpointConfig: explained('generated.vpcOrigin', {
        Name: plan.name,
        Arn: plan.endpointArn,
        OriginProtocolPolicy: explained(
          plan.protocolPolicy === 'https-only'
            ? 'generated.vpcOriginProtocol.https'
            : 'generated.vpcOriginProtocol.http',
          plan.protocolPolicy,
        ),
        HTTPPort: plan.httpPort,
        HTTPSPort: plan.httpsPort,
        OriginSSLProtocols: plan.sslProtocols,
      }),
    },
  };
}

/** The distribution origin's part that points at the VPC origin. */
export function vpcOriginConfig(plan: VpcOriginPlan): Record<string, unknown> {
  return {
    VpcOriginConfig: explained('generated.vpcOrigin', {
      VpcOriginId: getAtt(LOGICAL_IDS.vpcOrigin(plan.key), 'Id'),
    }),
  };
}

/** The inbound rule from CloudFront's prefix list, whose ID the stack's parameter holds (looked up at deploy). */
export function securityGroupIngress(plan: SecurityGroupIngressPlan): CfnResource {
  return {
    Type: 'AWS::EC2::SecurityGroupIngress',
    Properties: {
      GroupId: explained('generated.originSecurityGroupIngress', plan.securityGroupId),
      Description: plan.description,
      IpProtocol: plan.protocol,
      FromPort: plan.port,
      ToPort: plan.port,
      SourcePrefixListId: explained('generated.originSecurityGroupIngress', ref(plan.lookup)),
    },
  };
}
