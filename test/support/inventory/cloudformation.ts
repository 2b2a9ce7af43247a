/**
 * The CloudFormation target's real output read back into the target-neutral inventory: the generated templates
 * parsed (YAML with the short tags, or JSON) and the folder README's deploy commands (which region each template
 * is deployed in, and which parameter is filled from which stack's output). Nothing here reads the model.
 */
import type { StackKey } from '../../../src/model';
import type { GeneratedFile } from '../../../src/targets/types';
import { isTemplateFile, parseTemplateFile } from '../cloudformation/generated-templates';
import { deployCommands } from '../cloudformation/readme-deploy-commands';
import { resourceFacts } from '../cloudformation/resource-facts';
import { TemplateReferences, type ReadStack } from '../cloudformation/template-references';
import type { Inventory, InventoryResource } from './inventory';

/** The CloudFormation target names each stack's template after the stack (`template.*` is the main stack's). */
const STACK_OF_FILE: Record<string, StackKey> = { template: 'main', 'origin-access': 'origin-region' };

export function cloudFormationInventory(files: GeneratedFile[]): Inventory {
  const readme = files.find((file) => file.path === 'cloudformation/README.md');
  if (readme === undefined) throw new Error('No cloudformation/README.md');
  const deploys = deployCommands(readme.contents);
  const stacks: ReadStack[] = files.filter(isTemplateFile).map((file) => {
    const base = /([^/]+)\.(?:ya?ml|json)$/.exec(file.path)?.[1] ?? '';
    const key = STACK_OF_FILE[base];
    const deploy = deploys.get(file.path);
    if (key === undefined || deploy === undefined)
      throw new Error(`${file.path}: no stack or deploy command`);
    return { key, ...deploy, template: parseTemplateFile(file) };
  });
  const resources = stacks.flatMap((stack) => stackResources(stack, stacks));
  const main = stacks.find((stack) => stack.key === 'main');
  return { resources, outputs: Object.keys(main?.template.Outputs ?? {}).sort() };
}

function stackResources(stack: ReadStack, stacks: ReadStack[]): InventoryResource[] {
  const refs = new TemplateReferences(stack, stacks);
  return Object.entries(stack.template.Resources).map(([id, resource]) => ({
    ...resourceFacts(refs, id, resource.Type, resource.Properties, resource.DeletionPolicy),
    stack: stack.key,
    region: stack.region,
  }));
}
