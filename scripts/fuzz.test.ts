import { describe, it } from 'vitest';
import { FUZZ_PROPERTIES } from '../test/support/fuzz/properties';

/**
 * The fuzz suite in the normal test run: every property of test/support/fuzz/properties.ts with a fixed seed and
 * a few hundred cases (about half a minute in all). `npm run fuzz -- --runs N` runs the same with more cases and
 * a new seed each time.
 */
export const FUZZ_SEED = 2013;

describe('fuzz (fixed seed)', () => {
  for (const property of FUZZ_PROPERTIES) {
    it(`${property.name} — finds issue ${property.finds}`, async () => {
      await property.check({ runs: property.runs, seed: FUZZ_SEED });
    });
  }
});
