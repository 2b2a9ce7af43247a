import type * as z from 'zod';
import { FORM_FIELDS, type FieldCondition, type FieldValue, type FormFieldMeta } from './field-meta';
import { ConfigSchema, type Config } from './schema';

/** The dotted path of every leaf of a config ("origin.endpoint"); a list (domains.additional) is one leaf. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends readonly unknown[]
    ? `${Prefix}${K}`
    : T[K] extends object
      ? LeafPaths<T[K], `${Prefix}${K}.`>
      : `${Prefix}${K}`;
}[keyof T & string];

/** Every form field, by its dotted schema path: the key of field metadata and of field explanations. */
export type FieldPath = LeafPaths<Config>;

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      innerType?: SchemaNode;
      in?: SchemaNode;
      out?: SchemaNode;
    };
  };
}

/**
 * Walks the schema to each leaf field, unwrapping defaults, prefaults and pipes, and takes the form metadata of
 * the outermost schema on the way that has some (`formField` registers the schema placed in the shape).
 */
function collectFields(
  node: SchemaNode,
  path: string,
  found: Map<string, FormFieldMeta | undefined>,
  meta?: FormFieldMeta,
): void {
  const own = meta ?? FORM_FIELDS.get(node as unknown as z.ZodType);
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {}))
        collectFields(child, path === '' ? key : `${path}.${key}`, found);
      return;
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return collectFields(def.innerType!, path, found, own);
    case 'pipe':
      // z.preprocess(fn, object) is a pipe into the object; string.transform() is a pipe into a transform.
      return collectFields(def.out!._zod.def.type === 'transform' ? def.in! : def.out!, path, found, own);
    default:
      found.set(path, own);
  }
}

const FOUND = new Map<string, FormFieldMeta | undefined>();
collectFields(ConfigSchema as unknown as SchemaNode, '', FOUND);

/** Every field path of the schema, in declaration order (the order the CLI schema lists them). */
export const FIELD_PATHS = [...FOUND.keys()] as FieldPath[];

export function isFieldPath(path: string): path is FieldPath {
  return FOUND.has(path);
}

/** The field's metadata as schema.ts declares it (a test makes sure every field has some). */
export function fieldMeta(path: FieldPath): FormFieldMeta {
  const meta = FOUND.get(path);
  if (meta === undefined) throw new Error(`No form metadata for ${path}: declare it with formField()`);
  return meta;
}

/** The form's label for a dotted path, list items included ("domains.additional.0"); undefined off the schema. */
export function fieldLabel(path: string): string | undefined {
  const fieldPath = path.replace(/\.\d+$/, '');
  return isFieldPath(fieldPath) ? fieldMeta(fieldPath).label : undefined;
}

/** An enum value as the form words it; the value itself when the field has no wording for it. */
export function optionLabel(path: FieldPath, value: string): string {
  return fieldMeta(path).options?.[value] ?? value;
}

function valueAt(config: Config, path: string): unknown {
  let current: unknown = config;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function conditionHolds(condition: FieldCondition, config: Config): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((part) => conditionHolds(part, config));
  if ('allOf' in condition) return condition.allOf.every((part) => conditionHolds(part, config));
  const value = valueAt(config, condition.field) as FieldValue;
  return 'is' in condition ? condition.is.includes(value) : !condition.isNot.includes(value);
}

/** Whether a field applies to this config (the form hides it otherwise). */
export function fieldApplies(path: FieldPath, config: Config): boolean {
  const condition = fieldMeta(path).appliesWhen;
  return condition === undefined || conditionHolds(condition, config);
}
