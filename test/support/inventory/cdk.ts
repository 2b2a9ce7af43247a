/**
 * The inventory of a synthesized CDK app, read from its CloudFormation templates (what `cdk synth` wrote), not from
 * the generator or the model. CDK's own plumbing (CDKMetadata, the cross-region export writer and reader with
 * their provider functions and roles) is left out; references are resolved to what they point at, across stacks
 * too (a value a reader imports is the writer's export).
 */
import type { StackKey } from '../../../src/model';
import { resourceFacts } from '../cdk/resource-facts';
import type { CloudFormationTemplate } from '../cdk/synth';
import { isObject, type Json, type Props } from '../cdk/template-values';
import type { Inventory, InventoryResource } from './inventory';

/** One synthesized stack: its template and the region the cloud assembly records for it. */
export interface SynthesizedStackInput {
  region: string;
  template: CloudFormationTemplate;
}

const PLUMBING = new Set([
  'AWS::CDK::Metadata',
  'Custom::CrossRegionExportWriter',
  'Custom::CrossRegionExportReader',
]);

/** A provider function or role of a CDK custom resource (cross-region references), by its logical id. */
const isProvider = (id: string): boolean =>
  /^Custom[A-Za-z0-9]+CustomResourceProvider(Role|Handler)/.test(id);

class Reader {
  private readonly exports = new Map<string, Json>();

  constructor(private readonly stacks: Partial<Record<StackKey, SynthesizedStackInput>>) {
    for (const stack of Object.values(stacks)) {
      for (const resource of Object.values(stack.template.Resources)) {
        if (resource.Type !== 'Custom::CrossRegionExportWriter') continue;
        const writer = (resource.Properties?.WriterProps as Props | undefined)?.exports;
        if (isObject(writer))
          for (const [name, value] of Object.entries(writer)) this.exports.set(name, value);
      }
    }
  }

  /** The value with cross-region imports replaced by what the other stack exported. */
  resolveImports(template: CloudFormationTemplate, value: Json): Json {
    if (Array.isArray(value)) return value.map((entry) => this.resolveImports(template, entry));
    if (!isObject(value)) return value;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      const target = template.Resources[getAtt[0]];
      if (target?.Type === 'Custom::CrossRegionExportReader' && this.exports.has(getAtt[1]))
        return this.exports.get(getAtt[1]);
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, this.resolveImports(template, entry)]),
    );
  }

  /** Every distribution's logical id, in any stack (a reference to one is "distribution"). */
  distributionIds(): Set<string> {
    const ids = new Set<string>();
    for (const stack of Object.values(this.stacks))
      for (const [id, resource] of Object.entries(stack.template.Resources))
        if (resource.Type === 'AWS::CloudFront::Distribution') ids.add(id);
    return ids;
  }
}

export function cdkInventory(stacks: Partial<Record<StackKey, SynthesizedStackInput>>): Inventory {
  const reader = new Reader(stacks);
  const distributions = reader.distributionIds();
  const resources: InventoryResource[] = [];
  for (const [stack, { region, template }] of Object.entries(stacks) as [StackKey, SynthesizedStackInput][]) {
    for (const [id, resource] of Object.entries(template.Resources)) {
      if (PLUMBING.has(resource.Type) || isProvider(id)) continue;
      const props = reader.resolveImports(template, resource.Properties ?? {}) as Props;
      resources.push({ ...resourceFacts(template, resource, props, distributions), stack, region });
    }
  }
  return { resources, outputs: Object.keys(stacks.main?.template.Outputs ?? {}).sort() };
}
