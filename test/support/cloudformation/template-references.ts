import type { StackKey } from '../../../src/model';
import type { PolicyFact } from '../inventory/inventory';
import type { ParsedTemplate } from './generated-templates';
import type { DeployCommand } from './readme-deploy-commands';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
/** A CloudFormation value that may be one item or a list of them, as a list. */
export const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
export const sorted = (values: unknown[]): string[] => values.map(String).sort();

/** One generated template with where the README deploys it and what its parameters are filled from. */
export interface ReadStack {
  key: StackKey;
  region: string;
  stackName: string;
  template: ParsedTemplate;
  parameters: DeployCommand['parameters'];
  lookups: DeployCommand['lookups'];
}

/** Resolves one template's references (Ref, GetAtt, Sub, parameters read from other stacks) to what they name. */
export class TemplateReferences {
  constructor(
    private readonly stack: ReadStack,
    private readonly stacks: ReadStack[],
  ) {}

  get resources() {
    return this.stack.template.Resources;
  }

  /** The name of the log group an ARN built with `Fn::Sub` names (`...:log-group:${Group}`). */
  logGroupName(value: unknown): string {
    const substitution = isObject(value) ? value['Fn::Sub'] : undefined;
    const id =
      typeof substitution === 'string'
        ? /^arn:\$\{AWS::Partition\}:logs:\$\{AWS::Region\}:\$\{AWS::AccountId\}:log-group:\$\{([A-Za-z0-9]+)\}$/.exec(
            substitution,
          )?.[1]
        : undefined;
    const group = id === undefined ? undefined : this.resources[id];
    if (group?.Type !== 'AWS::Logs::LogGroup')
      throw new Error(`Not a log group ARN: ${JSON.stringify(value)}`);
    return String((group.Properties as Record<string, unknown>).LogGroupName);
  }

  /** Whether the template declares this parameter (a value the deploy command passes in). */
  isParameter(name: string): boolean {
    return Object.hasOwn(this.stack.template.Parameters ?? {}, name);
  }

  /** The logical ID a Ref or GetAtt names, with the type of that resource (or undefined). */
  target(value: unknown): { id: string; type: string | undefined; attribute?: string } | undefined {
    if (!isObject(value)) return undefined;
    if (typeof value.Ref === 'string') return { id: value.Ref, type: this.resources[value.Ref]?.Type };
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string')
      return { id: getAtt[0], type: this.resources[getAtt[0]]?.Type, attribute: String(getAtt[1]) };
    return undefined;
  }

  /** `distribution` when the value is the ARN of a distribution (this stack's, or read from another stack's output). */
  distributionArn(value: unknown): string {
    const substitution = isObject(value) ? value['Fn::Sub'] : undefined;
    if (typeof substitution === 'string') {
      const id =
        /^arn:\$\{AWS::Partition\}:cloudfront::\$\{AWS::AccountId\}:distribution\/\$\{([A-Za-z0-9]+)\}$/.exec(
          substitution,
        )?.[1];
      if (id !== undefined && this.resources[id]?.Type === 'AWS::CloudFront::Distribution')
        return 'distribution';
    }
    const parameter = isObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
    const source = parameter === undefined ? undefined : this.stack.parameters.get(parameter);
    const from = this.stacks.find((candidate) => candidate.stackName === source?.stackName);
    if (from !== undefined && source !== undefined && from !== this.stack) {
      const output = from.template.Outputs?.[source.output];
      if (output !== undefined)
        return new TemplateReferences(from, this.stacks).distributionArn(output.Value);
    }
    return `unresolved:${JSON.stringify(value)}`;
  }

  /** `bucket:<key>`: the CloudFormation target names each bucket `<BucketKey>Bucket`. */
  bucketKey(value: unknown): string {
    const target = this.target(value);
    if (target?.type !== 'AWS::S3::Bucket') throw new Error(`Not a bucket: ${JSON.stringify(value)}`);
    return target.id.replace(/Bucket$/, '');
  }

  policy(value: unknown, type: string, suffix: string): PolicyFact {
    if (typeof value === 'string') return `managed:${value}`;
    const target = this.target(value);
    if (target?.type !== type || target.attribute !== 'Id')
      throw new Error(`Not a ${type}: ${JSON.stringify(value)}`);
    return `custom:${target.id.replace(new RegExp(`${suffix}$`), '')}`;
  }

  originAccessControlName(value: unknown): string | null {
    if (value === undefined) return null;
    const target = this.target(value);
    const config =
      target === undefined ? undefined : this.resources[target.id]?.Properties.OriginAccessControlConfig;
    if (target?.type !== 'AWS::CloudFront::OriginAccessControl' || !isObject(config))
      throw new Error(`Not an origin access control: ${JSON.stringify(value)}`);
    return String(config.Name);
  }

  /** The name of the VPC origin a `VpcOriginId` GetAtt names. */
  vpcOriginName(value: unknown): string {
    const target = this.target(value);
    const config =
      target === undefined ? undefined : this.resources[target.id]?.Properties.VpcOriginEndpointConfig;
    if (target?.type !== 'AWS::CloudFront::VpcOrigin' || target.attribute !== 'Id' || !isObject(config))
      throw new Error(`Not a VPC origin's ID: ${JSON.stringify(value)}`);
    return String(config.Name);
  }

  /** The managed prefix list a parameter holds the ID of (the README's deploy command looks it up). */
  prefixListName(value: unknown): string {
    const parameter = isObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
    const lookup = parameter === undefined ? undefined : this.stack.lookups.get(parameter);
    if (lookup === undefined || lookup.region !== this.stack.region)
      throw new Error(`Not a prefix list looked up in ${this.stack.region}: ${JSON.stringify(value)}`);
    return lookup.prefixListName;
  }

  certificate(value: unknown): string {
    if (typeof value === 'string') return `arn:${value}`;
    const target = this.target(value);
    if (target?.type !== 'AWS::CertificateManager::Certificate')
      throw new Error(`Not a certificate: ${JSON.stringify(value)}`);
    return `created:${String(this.resources[target.id]?.Properties.DomainName)}`;
  }
}
