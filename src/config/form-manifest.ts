import type { FieldTable } from './field-lookup';
import { FIELD_TABLE } from './form-fields';
import { defaultConfig, type Config } from './schema';

/**
 * What the form needs from the schema before zod is loaded: every field's metadata, the enum values and the
 * defaults, as data. The build writes it into the page's first chunk (form-manifest-plugin.ts), so the form is
 * usable while the schema's chunk (zod and the validation) is still on its way. Read from the schema, so the
 * schema stays the one place a field is declared.
 */
export interface FormManifest extends FieldTable {
  defaults: Config;
}

export function formManifest(): FormManifest {
  return { ...FIELD_TABLE, defaults: defaultConfig() };
}
