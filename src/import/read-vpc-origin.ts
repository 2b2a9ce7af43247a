import type { ExistingOrigin } from './existing-setup';
import type { TemplateResources } from './cloudformation-template';
import type { FieldReader } from './field-reader';

/**
 * A distribution origin's VpcOriginConfig, and the AWS::CloudFront::VpcOrigin of the same template it names: what
 * the VPC origin points at (the load balancer's or instance's ARN) and how CloudFront connects to it. A VPC origin
 * made elsewhere (an ID, not a reference) is known only by that ID.
 */
export function readVpcOrigin(
  vpc: FieldReader,
  template: TemplateResources | undefined,
): NonNullable<ExistingOrigin['vpcOrigin']> {
  const id = vpc.resolved('VpcOriginId');
  vpc.finish();
  const resource = id !== undefined && 'computed' in id ? id.computed.resource : undefined;
  const found = resource === undefined ? undefined : template?.resources[resource.id];
  if (resource === undefined || found?.type !== 'AWS::CloudFront::VpcOrigin')
    return { arn: null, protocolPolicy: null, httpPort: null, httpsPort: null };
  template?.used.add(resource.id);
  const config = found.properties.VpcOriginEndpointConfig as Record<string, unknown> | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const port = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
  return {
    arn: text(config?.Arn),
    protocolPolicy: text(config?.OriginProtocolPolicy),
    httpPort: port(config?.HTTPPort),
    httpsPort: port(config?.HTTPSPort),
  };
}
