import type {
  AppOriginPlan,
  Deployment,
  DeployLookup,
  SecurityGroupIngressPlan,
  VpcOriginPlan,
} from '../../model';
import { array, attribute, num, prop, props, ref, staticCall, str, struct, type CdkStatement } from './graph';
import { VARIABLES, originVariable } from './variables';

/**
 * The VPC origin (an L1 CfnVpcOrigin: an existing load balancer or instance is named by its ARN, which the L2
 * endpoints cannot import without more of its attributes), the distribution's origin through it, and the security
 * group rule from CloudFront's prefix list, whose ID is a stack parameter the deploy command looks up.
 */

export const vpcOriginVariable = (plan: VpcOriginPlan): string => `${plan.key.toLowerCase()}VpcOrigin`;

export function vpcOriginStatement(plan: VpcOriginPlan): CdkStatement {
  return {
    kind: 'construct',
    name: vpcOriginVariable(plan),
    module: 'cloudfront',
    type: 'CfnVpcOrigin',
    id: `${plan.key}VpcOrigin`,
    props: [
      prop(
        'vpcOriginEndpointConfig',
        struct('cloudfront', 'CfnVpcOrigin.VpcOriginEndpointConfigProperty', [
          prop('name', str(plan.name)),
          prop('arn', str(plan.endpointArn)),
          prop(
            'originProtocolPolicy',
            str(plan.protocolPolicy),
            plan.protocolPolicy === 'https-only'
              ? 'generated.vpcOriginProtocol.https'
              : 'generated.vpcOriginProtocol.http',
          ),
          prop('httpPort', num(plan.httpPort)),
          prop('httpsPort', num(plan.httpsPort)),
          prop('originSslProtocols', array(plan.sslProtocols.map(str))),
        ]),
        'generated.vpcOrigin',
      ),
    ],
    keys: ['generated.vpcOrigin'],
    comment: 'The load balancer or instance is yours; the VPC origin names it by its ARN.',
  };
}

/** The distribution's app origin: through the VPC origin, with the headers CloudFront adds to every request. */
export function vpcAppOriginStatement(
  deployment: Deployment,
  origin: Extract<AppOriginPlan, { kind: 'vpc' }>,
  vpc: VpcOriginPlan,
): CdkStatement {
  const secret = deployment.originSecret;
  const headers = [
    ...origin.fixedHeaders.map((header) =>
      prop(header.name, str(header.value), 'generated.viewerProtoHeader'),
    ),
    ...(origin.secretHeader && secret !== null
      ? [prop(secret.headerName, ref(VARIABLES.secret), 'generated.originSecretHeader')]
      : []),
  ];
  return {
    kind: 'value',
    name: originVariable(origin.id),
    value: staticCall(
      'origins',
      'VpcOrigin',
      'withVpcOrigin',
      [
        staticCall(
          'cloudfront',
          'VpcOrigin',
          'fromVpcOriginAttributes',
          [{ kind: 'scope' }, str(`${vpc.key}VpcOriginRef`)],
          [prop('vpcOriginId', attribute(vpcOriginVariable(vpc), 'attrId'))],
        ),
      ],
      props(
        prop('originId', str(origin.id)),
        prop('domainName', str(origin.domainName)),
        origin.originPath !== '' && prop('originPath', str(origin.originPath)),
        headers.length > 0 && prop('customHeaders', { kind: 'map', entries: headers }),
      ),
    ),
    keys: ['generated.vpcOrigin'],
  };
}

export const lookupVariable = (lookup: DeployLookup): string =>
  lookup.key.charAt(0).toLowerCase() + lookup.key.slice(1);

/** A value the deploy command looks up and passes in (`cdk deploy --parameters`). */
export function lookupParameterStatement(lookup: DeployLookup): CdkStatement {
  return {
    kind: 'construct',
    name: lookupVariable(lookup),
    module: 'core',
    type: 'CfnParameter',
    id: lookup.key,
    props: [
      prop('type', str('String')),
      prop('description', str(`${lookup.description}, looked up when the stack is deployed`)),
      prop('allowedPattern', str(lookup.pattern)),
    ],
    keys: ['generated.originSecurityGroupIngress'],
  };
}

export function ingressStatement(plan: SecurityGroupIngressPlan, lookup: DeployLookup): CdkStatement {
  return {
    kind: 'construct',
    name: null,
    module: 'ec2',
    type: 'CfnSecurityGroupIngress',
    id: `${plan.key}Ingress`,
    props: [
      prop('groupId', str(plan.securityGroupId), 'generated.originSecurityGroupIngress'),
      prop('description', str(plan.description)),
      prop('ipProtocol', str(plan.protocol)),
      prop('fromPort', num(plan.port)),
      prop('toPort', num(plan.port)),
      prop('sourcePrefixListId', attribute(lookupVariable(lookup), 'valueAsString')),
    ],
    keys: ['generated.originSecurityGroupIngress'],
  };
}
