import { GENERATED_KEYS, type GeneratedKey } from '../model/explanation-keys';
import { CSP_FIELD_EXPLANATIONS, CSP_GENERATED_EXPLANATIONS } from './entries/csp';
import { CACHING_FIELD_EXPLANATIONS } from './entries/fields-caching';
import { DISTRIBUTION_FIELD_EXPLANATIONS } from './entries/fields-distribution';
import { ORIGIN_FIELD_EXPLANATIONS } from './entries/fields-origin';
import { SITE_FIELD_EXPLANATIONS } from './entries/fields-site';
import { GENERATED_DISTRIBUTION_EXPLANATIONS } from './entries/generated-distribution';
import { GENERATED_DJANGO_EXPLANATIONS } from './entries/generated-django';
import { GENERATED_EDGE_EXPLANATIONS } from './entries/generated-edge';
import { GENERATED_ORIGIN_EXPLANATIONS } from './entries/generated-origin';
import { GENERATED_PRIVATE_ORIGIN_EXPLANATIONS } from './entries/generated-private-origin';
import { VPC_ORIGIN_FIELD_EXPLANATIONS } from './entries/fields-vpc-origin';
import { GENERATED_RESOURCE_EXPLANATIONS } from './entries/generated-resources';
import { GENERATED_WEB_ACL_EXPLANATIONS } from './entries/generated-web-acl';
import { WAF_FIELD_EXPLANATIONS } from './entries/fields-waf';
import type { Explanation, ExplanationKey, FieldExplanation, FieldPath, GeneratedExplanation } from './types';

/** One entry per generated setting: a key without an entry does not compile. */
export const GENERATED_EXPLANATIONS: Readonly<Record<GeneratedKey, GeneratedExplanation>> = {
  ...GENERATED_EDGE_EXPLANATIONS,
  ...GENERATED_ORIGIN_EXPLANATIONS,
  ...GENERATED_PRIVATE_ORIGIN_EXPLANATIONS,
  ...GENERATED_DISTRIBUTION_EXPLANATIONS,
  ...GENERATED_RESOURCE_EXPLANATIONS,
  ...GENERATED_WEB_ACL_EXPLANATIONS,
  ...GENERATED_DJANGO_EXPLANATIONS,
  ...CSP_GENERATED_EXPLANATIONS,
};

/** One entry per form field, by its dotted path: a field without an entry does not compile. */
export const FIELD_EXPLANATIONS: Readonly<Record<FieldPath, FieldExplanation>> = {
  ...SITE_FIELD_EXPLANATIONS,
  ...ORIGIN_FIELD_EXPLANATIONS,
  ...VPC_ORIGIN_FIELD_EXPLANATIONS,
  ...CACHING_FIELD_EXPLANATIONS,
  ...DISTRIBUTION_FIELD_EXPLANATIONS,
  ...CSP_FIELD_EXPLANATIONS,
  ...WAF_FIELD_EXPLANATIONS,
};

export function isGeneratedKey(key: string): key is GeneratedKey {
  return Object.hasOwn(GENERATED_KEYS, key);
}

/** The entry for a generated key ("generated.cacheKey") or a form field's dotted path ("origin.endpoint"). */
export function explanationFor(key: ExplanationKey): Explanation {
  return isGeneratedKey(key) ? GENERATED_EXPLANATIONS[key] : FIELD_EXPLANATIONS[key];
}
