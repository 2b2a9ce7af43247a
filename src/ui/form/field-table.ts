import { FORM_MANIFEST } from 'virtual:form-manifest';
import { fieldLookup } from '../../config/field-lookup';

export type { FieldPath } from '../../config/field-lookup';

// The page's lookups over the field table the build read from the schema: the same functions as
// config/form-fields.ts, without loading zod before the form is usable.
const lookup = fieldLookup(FORM_MANIFEST);

export const FIELD_PATHS = lookup.FIELD_PATHS;
export const isFieldPath = lookup.isFieldPath;
export const fieldMeta = lookup.fieldMeta;
export const fieldLabel = lookup.fieldLabel;
export const optionLabel = lookup.optionLabel;
export const fieldApplies = lookup.fieldApplies;
export const fieldChoices = lookup.fieldChoices;

/** The schema's defaults, as the build read them. */
export const FORM_DEFAULTS = FORM_MANIFEST.defaults;
