import { CACHING_FIELD_EXPLANATIONS } from './entries/fields-caching';
import { DISTRIBUTION_FIELD_EXPLANATIONS } from './entries/fields-distribution';
import { ORIGIN_FIELD_EXPLANATIONS } from './entries/fields-origin';
import { SITE_FIELD_EXPLANATIONS } from './entries/fields-site';
import { GENERATED_DISTRIBUTION_EXPLANATIONS } from './entries/generated-distribution';
import { GENERATED_DJANGO_EXPLANATIONS } from './entries/generated-django';
import { GENERATED_EDGE_EXPLANATIONS } from './entries/generated-edge';
import { GENERATED_ORIGIN_EXPLANATIONS } from './entries/generated-origin';
import type { Explanation } from './types';

/** Every explanation the wizard shows: one per form field (dotted schema path), one per generated setting. */
export const EXPLANATIONS: Explanation[] = [
  ...SITE_FIELD_EXPLANATIONS,
  ...ORIGIN_FIELD_EXPLANATIONS,
  ...CACHING_FIELD_EXPLANATIONS,
  ...DISTRIBUTION_FIELD_EXPLANATIONS,
  ...GENERATED_EDGE_EXPLANATIONS,
  ...GENERATED_ORIGIN_EXPLANATIONS,
  ...GENERATED_DISTRIBUTION_EXPLANATIONS,
  ...GENERATED_DJANGO_EXPLANATIONS,
];

const BY_KEY = new Map(EXPLANATIONS.map((entry) => [entry.key, entry]));

/** The entry for a dotted field path ("origin.endpoint") or generated key ("generated.cacheKey"). */
export function explanationFor(key: string): Explanation | undefined {
  return BY_KEY.get(key);
}
