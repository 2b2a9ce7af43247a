import type { FieldCondition, FieldValue, FormFieldMeta } from './field-meta';
import type { Config } from './schema';

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

/**
 * What the schema says about its fields, as plain data: each field's metadata in declaration order, and the
 * values of each enum field in the schema's order. Read from the schema (form-fields.ts), or at build time into
 * the page's first chunk (form-manifest.ts), where zod is not loaded yet.
 */
export interface FieldTable {
  fields: readonly (readonly [string, FormFieldMeta | undefined])[];
  choices: readonly (readonly [string, readonly string[]])[];
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

/** The lookups the form, the CLI and the bundle use, over one field table. */
export function fieldLookup(table: FieldTable) {
  const metas = new Map(table.fields);
  const choices = new Map(table.choices);

  /** The field's metadata as schema.ts declares it (a test makes sure every field has some). */
  function fieldMeta(path: FieldPath): FormFieldMeta {
    const meta = metas.get(path);
    if (meta === undefined) throw new Error(`No form metadata for ${path}: declare it with formField()`);
    return meta;
  }

  function isFieldPath(path: string): path is FieldPath {
    return metas.has(path);
  }

  return {
    /** Every field path of the schema, in declaration order (the order the CLI schema lists them). */
    FIELD_PATHS: [...metas.keys()] as FieldPath[],
    isFieldPath,
    fieldMeta,
    /** The form's label for a dotted path, list items included ("domains.additional.0"); undefined off the schema. */
    fieldLabel(path: string): string | undefined {
      const fieldPath = path.replace(/\.\d+$/, '');
      return isFieldPath(fieldPath) ? fieldMeta(fieldPath).label : undefined;
    },
    /** An enum value as the form words it; the value itself when the field has no wording for it. */
    optionLabel(path: FieldPath, value: string): string {
      return fieldMeta(path).options?.[value] ?? value;
    },
    /** Whether a field applies to this config (the form hides it otherwise). */
    fieldApplies(path: FieldPath, config: Config): boolean {
      const condition = fieldMeta(path).appliesWhen;
      return condition === undefined || conditionHolds(condition, config);
    },
    /** The values an enum field takes, in the schema's order (a select's options); empty for other fields. */
    fieldChoices(path: FieldPath): readonly string[] {
      return choices.get(path) ?? [];
    },
  };
}
