import type { Deployment } from '../../../src/model';
import type { TargetId } from '../../../src/targets/catalogue';
import { cloudFormationTarget } from '../../../src/targets/cloudformation';
import { terraformTarget } from '../../../src/targets/terraform';
import { cloudFormationInventory } from './cloudformation';
import type { Inventory, InventoryResource } from './inventory';
import { terraformInventory } from './terraform';

/** Reads what one infrastructure target would deploy, from its real output, for many deployments at once. */
export type InventoryReader = (deployments: readonly Deployment[]) => Promise<Inventory[]>;

/** A fact a target cannot express with the tool version this project validates against, and why. */
export interface KnownGap {
  target: TargetId;
  why: string;
  /** Makes a resource comparable: blanks out the fact the target cannot write (applied to both sides). */
  mask: (resource: InventoryResource) => InventoryResource;
}

export const INVENTORY_READERS: Partial<Record<TargetId, InventoryReader>> = {
  cloudformation: async (deployments) =>
    deployments.map((deployment) => cloudFormationInventory(cloudFormationTarget.generate(deployment))),
  terraform: async (deployments) =>
    Promise.all(deployments.map((deployment) => terraformInventory(terraformTarget.generate(deployment)))),
};

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    target: 'terraform',
    why:
      'hashicorp/aws 5.x (5.100 is what is validated here) has no invoked_via_function_url on aws_lambda_permission ' +
      '(added in 6.x): the InvokeFunction grant is limited by source_arn to the distribution only',
    mask: (resource) =>
      resource.kind === 'lambda-permission'
        ? { ...resource, facts: { ...resource.facts, invokedViaFunctionUrl: false } }
        : resource,
  },
];
