import * as z from 'zod';

/** A value a form field can hold that a condition can test (enum values and switches). */
export type FieldValue = string | boolean;

/**
 * When a form field applies (it is hidden otherwise), as data rather than code: the schema declares it beside the
 * field, before the Config type exists. `field` is another field's dotted path; a test checks that it names a
 * real field and that every value is one that field can take.
 */
export type FieldCondition =
  | { field: string; is: readonly FieldValue[] }
  | { field: string; isNot: readonly FieldValue[] }
  | { anyOf: readonly FieldCondition[] }
  | { allOf: readonly FieldCondition[] };

/** What the form knows about one field besides its validation; declared once, beside the field in schema.ts. */
export interface FormFieldMeta {
  /** The input's visible label (short); also the JSON Schema `title`. */
  label: string;
  /** One plain sentence shown under the input; also the JSON Schema `description` (the CLI's `--schema`). */
  help: string;
  /** When the field applies; always when absent. */
  appliesWhen?: FieldCondition;
  /** Human wording for each value of an enum field; the value itself stays what the schema says. */
  options?: Readonly<Record<string, string>>;
  /** One sentence about each value, shown under the field for the chosen one. */
  optionSummaries?: Readonly<Record<string, string>>;
}

/** The form's metadata of every field schema (`formField` fills it). */
export const FORM_FIELDS = z.registry<FormFieldMeta>();

type OptionsOf<S extends z.ZodType> = { readonly [V in Extract<z.output<S>, string>]: string };

/**
 * Declares a form field: `title` and `description` go to zod's global registry (so `z.toJSONSchema` prints them),
 * the rest to `FORM_FIELDS`. Returns the schema to put in the object's shape; validation is untouched.
 */
export function formField<S extends z.ZodType>(
  schema: S,
  meta: Omit<FormFieldMeta, 'options' | 'optionSummaries'> & {
    options?: OptionsOf<S>;
    optionSummaries?: Partial<OptionsOf<S>>;
  },
): S {
  const described = schema.meta({ title: meta.label, description: meta.help });
  FORM_FIELDS.add(described, meta as FormFieldMeta);
  return described;
}

/** A group of fields (an object of the config): its title and description for the JSON Schema. */
export function fieldGroup<S extends z.ZodType>(schema: S, title: string, description: string): S {
  return schema.meta({ title, description });
}
