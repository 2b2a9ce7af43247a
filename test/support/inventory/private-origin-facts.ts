/**
 * Test support: the VPC origin and security group rule facts every inventory shares, built from the model (the
 * expectation) or read from a CloudFormation-shaped resource (CloudFormation templates and CDK synth alike).
 */
import type { Deployment } from '../../../src/model';
import type { InventoryResource, ResourceFacts } from './inventory';

type Props = Record<string, unknown>;
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The model's VPC origin and security group rule, in their stacks and regions. */
export function privateOriginModelFacts(deployment: Deployment): InventoryResource[] {
  const plan = deployment.privateOrigin;
  if (plan === null) return [];
  const regionOf = (stack: string) =>
    deployment.stacks.find((candidate) => candidate.key === stack)?.region ?? '';
  const { vpcOrigin, ingress } = plan;
  const resources: InventoryResource[] = [
    {
      kind: 'vpc-origin',
      stack: vpcOrigin.stack,
      region: regionOf(vpcOrigin.stack),
      facts: {
        name: vpcOrigin.name,
        arn: vpcOrigin.endpointArn,
        protocolPolicy: vpcOrigin.protocolPolicy,
        httpPort: vpcOrigin.httpPort,
        httpsPort: vpcOrigin.httpsPort,
        sslProtocols: [...vpcOrigin.sslProtocols].sort(),
      },
    },
  ];
  if (ingress !== null)
    resources.push({
      kind: 'security-group-ingress',
      stack: ingress.stack,
      region: regionOf(ingress.stack),
      facts: {
        securityGroupId: ingress.securityGroupId,
        description: ingress.description,
        protocol: ingress.protocol,
        fromPort: ingress.port,
        toPort: ingress.port,
        prefixList: ingress.prefixListName,
      },
    });
  return resources;
}

/** The name of the model's VPC origin an app origin goes through (null for any other origin). */
export function vpcOriginNameOf(deployment: Deployment, origin: { kind: string }): string | null {
  return origin.kind === 'vpc' ? (deployment.privateOrigin?.vpcOrigin.name ?? null) : null;
}

/** The custom headers the model's app origin sends: the fixed ones (literal), then the secret. */
export function appOriginHeaders(
  deployment: Deployment,
  origin: { secretHeader: boolean; fixedHeaders?: { name: string; value: string }[] },
): { name: string; value: string }[] {
  const secret = deployment.originSecret;
  return [
    ...(origin.fixedHeaders ?? []),
    ...(origin.secretHeader && secret !== null
      ? [{ name: secret.headerName, value: `secretsmanager:${secret.secretName}@version-input` }]
      : []),
  ];
}

/** An `AWS::CloudFront::VpcOrigin`'s facts (CloudFormation's defaults where a property is left out). */
export function vpcOriginResourceFacts(properties: Props): ResourceFacts {
  const config = properties.VpcOriginEndpointConfig as Props;
  return {
    kind: 'vpc-origin',
    facts: {
      name: String(config.Name),
      arn: String(config.Arn),
      protocolPolicy: String(config.OriginProtocolPolicy ?? 'match-viewer'),
      httpPort: Number(config.HTTPPort ?? 80),
      httpsPort: Number(config.HTTPSPort ?? 443),
      sslProtocols: list(config.OriginSSLProtocols).map(String).sort(),
    },
  };
}

/** An `AWS::EC2::SecurityGroupIngress`'s facts; `prefixListOf` says which managed list its source is. */
export function ingressResourceFacts(
  properties: Props,
  prefixListOf: (value: unknown) => string,
): ResourceFacts {
  return {
    kind: 'security-group-ingress',
    facts: {
      securityGroupId: String(properties.GroupId),
      description: String(properties.Description ?? ''),
      protocol: String(properties.IpProtocol),
      fromPort: Number(properties.FromPort),
      toPort: Number(properties.ToPort),
      prefixList: prefixListOf(properties.SourcePrefixListId),
    },
  };
}
