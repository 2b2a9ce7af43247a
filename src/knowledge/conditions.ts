import { ORIGINS, type Config, type OriginDescriptor } from '../config/schema';

/** Small predicates over a Config shared by the warning rules; origin facts come from the origin's descriptor. */
export const originOf = (config: Config): OriginDescriptor => ORIGINS[config.origin.type];

/** The origin serves whatever Host arrives (your load balancer or server): its certificate must match that name. */
export const servesAnyHost = (config: Config) => originOf(config).foreignHost === null;
/** The origin path is an API stage that stays in front of every path Django sees. */
export const originPathIsStage = (config: Config) => originOf(config).stageInPath !== 'none';
/** The origin can be kept private with origin access control (Lambda function URLs). */
export const supportsLambdaOac = (config: Config) => originOf(config).protections.includes('lambda-oac');
export const usesLambdaOac = (config: Config) =>
  supportsLambdaOac(config) && config.origin.lambdaUrlAuth === 'oac';
export const usesHostFunction = (config: Config) =>
  config.origin.hostStrategy === 'x-forwarded-host-function';
export const forwardsHost = (config: Config) => config.origin.hostStrategy === 'forward-host';
/** Nothing but CloudFront reaches the origin (a VPC origin). */
export const isPrivateOrigin = (config: Config) => originOf(config).privateOrigin !== undefined;
/** CloudFront reaches the origin over plain HTTP (a VPC origin may), so no certificate is checked. */
export const plainHttpToOrigin = (config: Config) =>
  isPrivateOrigin(config) && config.origin.vpcOriginProtocol === 'http';
