import { describe, expect, it } from 'vitest';
import { deploymentFor, type Deployment } from '../model';
import { combinationFixtures, FIXTURES } from '../../test/support/fixtures';
import { kindsByStack, normaliseInventory, type Inventory } from '../../test/support/inventory/inventory';
import { INVENTORY_READERS, KNOWN_GAPS } from '../../test/support/inventory/readers';
import { TARGETS } from './index';
import type { TargetId } from './catalogue';

/**
 * Every infrastructure target deploys the same thing: for every fixture (the named ones and every combination
 * of origin × protection × caching × static/media source × certificate/DNS), each target's REAL output, read
 * back by its own reader (CloudFormation templates parsed, Terraform files through a real HCL parser, the CDK
 * apps synthesized with aws-cdk-lib), gives the same resources of the same kinds, in the same stacks and
 * regions, with the same facts (bucket policies, Lambda permissions and their conditions, certificate, records,
 * outputs). Differences a tool version forces are listed, with the reason, in KNOWN_GAPS. The TypeScript apps'
 * synth also runs cdk-nag's AwsSolutions pack: an unacknowledged finding or a stale acknowledgment fails the read.
 */
const infrastructure = TARGETS.filter((target) => target.kind === 'infrastructure');
const fixtures = [...FIXTURES, ...combinationFixtures()];

function masked(target: TargetId, inventory: Inventory): Inventory {
  const gaps = KNOWN_GAPS.filter((gap) => gap.target === target);
  return normaliseInventory({
    ...inventory,
    resources: inventory.resources.map((resource) =>
      gaps.reduce((masked, gap) => gap.mask(masked), resource),
    ),
  });
}

describe('every infrastructure target deploys the same resources', () => {
  const deployments: Deployment[] = fixtures.map((fixture) => deploymentFor(fixture.config));

  it('each infrastructure target has an inventory reader', () => {
    expect(
      infrastructure.filter((target) => INVENTORY_READERS[target.id] === undefined).map((t) => t.id),
    ).toEqual([]);
  });

  it(`${fixtures.length} fixtures: ${infrastructure.map((target) => target.id).join(', ')} agree`, async () => {
    const inventories = new Map<TargetId, Inventory[]>();
    for (const target of infrastructure) {
      const read = INVENTORY_READERS[target.id];
      if (read !== undefined) inventories.set(target.id, await read(deployments));
    }
    const [reference, ...others] = [...inventories.keys()];
    expect(reference).toBeDefined();
    if (reference === undefined) return;
    const mismatches: string[] = [];
    for (const other of others) {
      fixtures.forEach((fixture, index) => {
        const left = masked(other, inventories.get(reference)![index]!);
        const right = masked(other, inventories.get(other)![index]!);
        if (JSON.stringify(kindsByStack(left)) !== JSON.stringify(kindsByStack(right))) {
          mismatches.push(
            `${fixture.name}: ${reference} ${JSON.stringify(kindsByStack(left))} ≠ ${other} ${JSON.stringify(kindsByStack(right))}`,
          );
        } else if (JSON.stringify(left) !== JSON.stringify(right)) {
          expect(right, `${fixture.name}: ${other} against ${reference}`).toEqual(left);
        }
      });
    }
    expect(mismatches).toEqual([]);
    // About a minute on an idle 2-core machine: 336 CDK apps synthesized twice (TypeScript and Python).
  }, 600_000);

  it('the known gaps are real: without the mask Terraform and CloudFormation differ exactly there', async () => {
    const deployment = deploymentFor(
      FIXTURES.find((fixture) => fixture.name === 'lambda-oac-other-region')!.config,
    );
    const [cfn] = await INVENTORY_READERS.cloudformation!([deployment]);
    const [tf] = await INVENTORY_READERS.terraform!([deployment]);
    expect(normaliseInventory(tf!)).not.toEqual(normaliseInventory(cfn!));
    expect(masked('terraform', tf!)).toEqual(masked('terraform', cfn!));
  });
});
