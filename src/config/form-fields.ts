import type * as z from 'zod';
import { FORM_FIELDS, type FormFieldMeta } from './field-meta';
import { fieldLookup } from './field-lookup';
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

// The lookups over the schema's own table (their docs are in field-lookup.ts); FIELD_PATHS is in declaration
// order, the order the CLI schema lists them.
export const { FIELD_PATHS, isFieldPath, fieldMeta, fieldLabel, optionLabel, fieldApplies, fieldChoices } =
  fieldLookup(FIELD_TABLE);
