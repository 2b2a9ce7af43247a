import { API_GATEWAY_HTTP_API } from './apigw-http';
import { API_GATEWAY_REST_API } from './apigw-rest';
import { LAMBDA_FUNCTION_URL } from './lambda-url';
import { PUBLIC_LOAD_BALANCER } from './alb';
import { ANY_HTTPS_ORIGIN } from './custom-https';
import { ECS_EXPRESS_MODE } from './ecs-express';
import { VPC_ORIGIN } from './vpc-origin';
import type { OriginDescriptor } from './descriptor';

export * from './descriptor';
export { VIEWER_PROTO_HEADER } from './vpc-origin';

/** Every origin type, in the order the form offers them. */
export const ORIGIN_TYPES = [
  'apigw-http',
  'apigw-rest',
  'lambda-url',
  'vpc-origin',
  'ecs-express',
  'alb',
  'custom-https',
] as const;
export type OriginType = (typeof ORIGIN_TYPES)[number];

/** The one table of origin descriptors: the only place origin types differ. */
export const ORIGINS: { readonly [K in OriginType]: OriginDescriptor & { type: K } } = {
  'apigw-http': API_GATEWAY_HTTP_API,
  'apigw-rest': API_GATEWAY_REST_API,
  'lambda-url': LAMBDA_FUNCTION_URL,
  'vpc-origin': VPC_ORIGIN,
  'ecs-express': ECS_EXPRESS_MODE,
  alb: PUBLIC_LOAD_BALANCER,
  'custom-https': ANY_HTTPS_ORIGIN,
};

export function originDescriptor(type: OriginType): OriginDescriptor {
  return ORIGINS[type];
}
