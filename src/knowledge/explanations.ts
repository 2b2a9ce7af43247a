import { GENERATED_EDGE_EXPLANATIONS } from './entries/generated-edge';
import type { Explanation } from './types';

/** Every explanation the wizard shows: one per form field, one per generated setting. */
export const EXPLANATIONS: Explanation[] = [...GENERATED_EDGE_EXPLANATIONS];

const BY_KEY = new Map(EXPLANATIONS.map((entry) => [entry.key, entry]));

/** The entry for a dotted field path ("origin.endpoint") or generated key ("generated.originRequestPolicy"). */
export function explanationFor(key: string): Explanation | undefined {
  return BY_KEY.get(key);
}
