import { isPrivateOrigin } from '../conditions';
import { singleWarning, type WarningRule } from './rule';

/** The traps of a VPC origin: a security group that does not admit CloudFront, and a secret that is not the lock. */

export const vpcOriginWithoutSecurityGroupRule: WarningRule = singleWarning((config) =>
  isPrivateOrigin(config) && config.origin.securityGroupId === ''
    ? {
        id: 'vpc-origin-security-group',
        severity: 'warning',
        message:
          'No security group is given, so the stacks add no rule for CloudFront. Unless the load balancer’s or ' +
          'instance’s security group already admits the CloudFront managed prefix list ' +
          '(com.amazonaws.global.cloudfront.origin-facing) on the listener port, every request times out (504) ' +
          'and nothing else reports an error. Enter the security group ID, or add that rule yourself (the README ' +
          'has the command).',
        explanationKey: 'origin.securityGroupId',
        field: 'origin.securityGroupId',
      }
    : null,
);

export const vpcOriginSecretIsDefenceInDepth: WarningRule = singleWarning((config) =>
  isPrivateOrigin(config) && config.originProtection.secretHeader
    ? {
        id: 'vpc-origin-secret-defence-in-depth',
        severity: 'info',
        message:
          'Behind a VPC origin nothing but CloudFront reaches the load balancer or instance, so the secret ' +
          'origin header is defence in depth (against callers inside the VPC), not the lock. It costs a secret ' +
          'to create and rotate; turn it off if that is not worth it to you.',
        explanationKey: 'originProtection.secretHeader',
        field: 'originProtection.secretHeader',
      }
    : null,
);

export const PRIVATE_ORIGIN_RULES: WarningRule[] = [
  vpcOriginWithoutSecurityGroupRule,
  vpcOriginSecretIsDefenceInDepth,
];
