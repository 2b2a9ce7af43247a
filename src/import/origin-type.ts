import { ORIGINS, type OriginType } from '../config/origins';
import { HOSTNAME_PATTERN } from '../config/patterns';

/** An Application Load Balancer's own DNS name (`<name>-<id>.<region>.elb.amazonaws.com`). */
const LOAD_BALANCER_NAME = /\.elb\.amazonaws\.com$/;
/** S3 bucket endpoints (path-style and regional). */
export const S3_ENDPOINT = /\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/;

/** CloudFormation resource types whose endpoint a template may hand to a distribution, and the origin each is. */
export const RESOURCE_ORIGIN_TYPES: Record<string, OriginType> = {
  'AWS::ApiGatewayV2::Api': 'apigw-http',
  'AWS::Serverless::HttpApi': 'apigw-http',
  'AWS::ApiGateway::RestApi': 'apigw-rest',
  'AWS::Serverless::Api': 'apigw-rest',
  'AWS::Lambda::Url': 'lambda-url',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'alb',
};

/**
 * The origin type an endpoint is, by the descriptors' endpoint rules (the only place origin types differ): the
 * specific ones (API Gateway, Lambda URL) first; an execute-api name is an HTTP API unless the origin path is a
 * stage; an ELB name is a load balancer; any other host name is "any HTTPS origin".
 */
export function originTypeOfEndpoint(
  endpoint: string,
  originPath: string,
): { type: OriginType | null; reason: string } {
  const host = endpoint.toLowerCase();
  if (ORIGINS['lambda-url'].endpoint.pattern.test(host))
    return { type: 'lambda-url', reason: `${host} is a Lambda function URL name` };
  if (ORIGINS['apigw-http'].endpoint.pattern.test(host)) {
    return originPath === ''
      ? {
          type: 'apigw-http',
          reason: `${host} is an API Gateway name with no stage in the origin path: an HTTP API ($default stage)`,
        }
      : {
          type: 'apigw-rest',
          reason: `${host} is an API Gateway name and the origin path ${originPath} is a stage: taken as a REST API (an HTTP API with a named stage looks the same: choose it in the wizard if so)`,
        };
  }
  if (S3_ENDPOINT.test(host)) return { type: null, reason: `${host} is an S3 bucket` };
  if (LOAD_BALANCER_NAME.test(host))
    return { type: 'alb', reason: `${host} is a load balancer’s own DNS name` };
  if (HOSTNAME_PATTERN.test(host))
    return {
      type: 'custom-https',
      reason: `${host} is not an AWS endpoint name the wizard recognises: taken as any HTTPS origin (choose the load balancer type in the wizard if it is one)`,
    };
  return { type: null, reason: `${endpoint} is not a DNS name` };
}
