import { expect } from 'vitest';
import { deploymentFor } from '../../../src/model';
import type { TargetId } from '../../../src/targets/catalogue';
import { combinationFixtures, FIXTURES } from '../fixtures';
import { kindsByStack, normaliseInventory, type Inventory } from './inventory';
import { INVENTORY_READERS, KNOWN_GAPS } from './readers';

/** Every fixture the agreement tests compare: the named ones and every combination. */
export const AGREEMENT_FIXTURES = [...FIXTURES, ...combinationFixtures()];

/** `inventory` with the facts `target` cannot express (KNOWN_GAPS) blanked, normalised for comparison. */
export function maskedFor(target: TargetId, inventory: Inventory): Inventory {
  const gaps = KNOWN_GAPS.filter((gap) => gap.target === target);
  return normaliseInventory({
    ...inventory,
    resources: inventory.resources.map((resource) =>
      gaps.reduce((masked, gap) => gap.mask(masked), resource),
    ),
  });
}

/**
 * Reads every agreement fixture through `reference`'s and each of `others`' real output and expects the same
 * inventories (both sides masked by the other target's known gaps). Resource kinds per stack that differ are
 * collected and listed together; the same kinds with different facts fail at the first such fixture.
 */
export async function expectTargetsAgree(reference: TargetId, others: readonly TargetId[]): Promise<void> {
  const deployments = AGREEMENT_FIXTURES.map((fixture) => deploymentFor(fixture.config));
  const read = async (target: TargetId) => {
    const reader = INVENTORY_READERS[target];
    if (reader === undefined) throw new Error(`No inventory reader for ${target}`);
    return reader(deployments);
  };
  const expected = await read(reference);
  const mismatches: string[] = [];
  for (const other of others) {
    const actual = await read(other);
    AGREEMENT_FIXTURES.forEach((fixture, index) => {
      const left = maskedFor(other, expected[index]!);
      const right = maskedFor(other, actual[index]!);
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
}
