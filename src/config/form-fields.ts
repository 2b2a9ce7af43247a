import type * as z from 'zod';
import { FORM_FIELDS, type FormFieldMeta } from './field-meta';
import { fieldLookup, type FieldPath } from './field-lookup';
import { ConfigSchema } from './schema';

export type { FieldPath } from './field-lookup';

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      innerType?: SchemaNode;
      in?: SchemaNode;
      out?: SchemaNode;
      entries?: Record<string, string>;
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
  choices: Map<string, readonly string[]>,
  meta?: FormFieldMeta,
): void {
  const own = meta ?? FORM_FIELDS.get(node as unknown as z.ZodType);
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {}))
        collectFields(child, path === '' ? key : `${path}.${key}`, found, choices);
      return;
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return collectFields(def.innerType!, path, found, choices, own);
    case 'pipe':
      // z.preprocess(fn, object) is a pipe into the object; string.transform() is a pipe into a transform.
      return collectFields(
        def.out!._zod.def.type === 'transform' ? def.in! : def.out!,
        path,
        found,
        choices,
        own,
      );
    case 'enum':
      choices.set(path, Object.values(def.entries ?? {}));
      found.set(path, own);
      return;
    default:
      found.set(path, own);
  }
}

const FOUND = new Map<string, FormFieldMeta | undefined>();
const CHOICES = new Map<string, readonly string[]>();
collectFields(ConfigSchema as unknown as SchemaNode, '', FOUND, CHOICES);

/** The schema's fields as plain data: what the page's first chunk carries instead of zod (form-manifest.ts). */
export const FIELD_TABLE = { fields: [...FOUND], choices: [...CHOICES] };

const lookup = fieldLookup(FIELD_TABLE);

/** Every field path of the schema, in declaration order (the order the CLI schema lists them). */
export const FIELD_PATHS: FieldPath[] = lookup.FIELD_PATHS;
export const isFieldPath = lookup.isFieldPath;
/** The field's metadata as schema.ts declares it (a test makes sure every field has some). */
export const fieldMeta = lookup.fieldMeta;
/** The form's label for a dotted path, list items included ("domains.additional.0"); undefined off the schema. */
export const fieldLabel = lookup.fieldLabel;
/** An enum value as the form words it; the value itself when the field has no wording for it. */
export const optionLabel = lookup.optionLabel;
/** Whether a field applies to this config (the form hides it otherwise). */
export const fieldApplies = lookup.fieldApplies;
/** The values an enum field takes, in the schema's order; empty for other fields. */
export const fieldChoices = lookup.fieldChoices;
