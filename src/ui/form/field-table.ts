import { FORM_MANIFEST } from 'virtual:form-manifest';
import { fieldLookup } from '../../config/field-lookup';

export type { FieldPath } from '../../config/field-lookup';

// The page's lookups over the field table the build read from the schema: the same functions as
// config/form-fields.ts, without loading zod before the form is usable.
export const { FIELD_PATHS, isFieldPath, fieldMeta, fieldLabel, optionLabel, fieldApplies, fieldChoices } =
  fieldLookup(FORM_MANIFEST);

/** The schema's defaults, as the build read them. */
export const FORM_DEFAULTS = FORM_MANIFEST.defaults;
