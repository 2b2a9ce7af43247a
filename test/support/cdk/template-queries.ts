import type { CloudFormationTemplate } from './synth';

/** Test support: small queries over a synthesized CloudFormation template. */
export type Resource = CloudFormationTemplate['Resources'][string];
export type Props = Record<string, unknown>;

export function resourcesOfType(template: CloudFormationTemplate, type: string): [string, Resource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

export function onlyResource(template: CloudFormationTemplate, type: string): [string, Props] {
  const found = resourcesOfType(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, resource] = found[0] as [string, Resource];
  return [id, resource.Properties ?? {}];
}

export interface DistributionConfig {
  Aliases: string[];
  Comment: string;
  DefaultCacheBehavior: Props;
  CacheBehaviors?: Props[];
  Origins: Props[];
  ViewerCertificate: Props;
  PriceClass: string;
  HttpVersion: string;
  IPV6Enabled: boolean;
  WebACLId?: string;
  Logging?: Props;
  [key: string]: unknown;
}

export function distributionConfigOf(template: CloudFormationTemplate): DistributionConfig {
  const [, props] = onlyResource(template, 'AWS::CloudFront::Distribution');
  return props.DistributionConfig as DistributionConfig;
}

export function originById(config: DistributionConfig, id: unknown): Props {
  const origin = config.Origins.find((candidate) => candidate.Id === id);
  if (origin === undefined) throw new Error(`no origin ${String(id)}`);
  return origin;
}

export const getAtt = (logicalId: string, attribute: string) => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const ref = (logicalId: string) => ({ Ref: logicalId });
