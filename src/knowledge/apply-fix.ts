import type { ConfigPatch } from './types';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function mergeValue(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return Array.isArray(patch) ? [...(patch as unknown[])] : patch;
  const result: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    // A patch never deletes: undefined means "not part of this fix".
    if (value === undefined) continue;
    result[key] = mergeValue(result[key], value);
  }
  return result;
}

/**
 * Merges a warning's fix into the form's draft: plain objects merge deeply, arrays and scalars replace. The draft
 * may be anything the form holds (half-typed, or not an object at all); it is never mutated.
 */
export function applyPatch(draft: unknown, patch: ConfigPatch): unknown {
  return mergeValue(draft, patch);
}
