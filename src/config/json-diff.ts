import type { Config } from './schema';

/** A path into a config, e.g. ['origin', 'endpoint'] or ['domains', 'additional']. */
export type ConfigPath = (string | number)[];

/** One setting that differs from the defaults, for reviewers ("what did this link change?"). */
export interface ConfigDifference {
  /** Dotted schema path, e.g. "origin.endpoint" (the key explanation entries use). */
  path: string;
  /** The form field's visible label, when the caller knows it. */
  label?: string;
  from: unknown;
  to: unknown;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Structural equality for JSON-like values (objects by keys, arrays by position). */
export function jsonEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => jsonEqual(item, right[index]));
  }
  if (isPlainObject(left) && isPlainObject(right)) {
    const leftKeys = Object.keys(left);
    if (leftKeys.length !== Object.keys(right).length) return false;
    return leftKeys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
  }
  return false;
}

/**
 * The part of `value` that differs from `base`: nested objects keep only differing keys, arrays and scalars are
 * leaves (a changed list is kept whole). Returns undefined when nothing differs.
 */
export function structuralDiff(value: unknown, base: unknown): unknown {
  if (isPlainObject(value) && isPlainObject(base)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childDiff = Object.hasOwn(base, key) ? structuralDiff(child, base[key]) : child;
      if (childDiff !== undefined) result[key] = childDiff;
    }
    return Object.keys(result).length === 0 ? undefined : result;
  }
  return jsonEqual(value, base) ? undefined : value;
}

/** Every leaf path of a nested object (arrays are leaves), in key order. */
export function leafPaths(value: unknown, prefix: ConfigPath = []): ConfigPath[] {
  if (!isPlainObject(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

export function getAtPath(value: unknown, path: ConfigPath): unknown {
  let current = value;
  for (const key of path) {
    if (isPlainObject(current) && typeof key === 'string') current = current[key];
    else if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else return undefined;
  }
  return current;
}

/** The settings of `config` that differ from `base`, in key order (no schema: the page lists them before zod loads). */
export function differencesFrom(
  config: Config,
  base: Config,
  labelOf?: (path: string) => string | undefined,
): ConfigDifference[] {
  const diff = structuralDiff(config, base);
  if (diff === undefined) return [];
  return leafPaths(diff).map((path) => {
    const dotted = path.join('.');
    const label = labelOf?.(dotted);
    return {
      path: dotted,
      ...(label === undefined ? {} : { label }),
      from: getAtPath(base, path),
      to: getAtPath(config, path),
    };
  });
}
