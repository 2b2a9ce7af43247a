import { describe, expect, it } from 'vitest';
import {
  FIELD_PATHS as SCHEMA_PATHS,
  fieldChoices as schemaChoices,
  fieldMeta as schemaMeta,
} from '../../config/form-fields';
import { defaultConfig } from '../../config/schema';
import { FIELD_PATHS, FORM_DEFAULTS, fieldChoices, fieldMeta } from './field-table';

describe('the form field table the build writes into the first chunk', () => {
  it('says what the schema says about every field', () => {
    expect(FIELD_PATHS).toEqual(SCHEMA_PATHS);
    for (const path of SCHEMA_PATHS) {
      expect(fieldMeta(path), path).toEqual(schemaMeta(path));
      expect(fieldChoices(path), path).toEqual(schemaChoices(path));
    }
  });

  it('holds the schema defaults', () => {
    expect(FORM_DEFAULTS).toEqual(defaultConfig());
  });

  it('lists each enum field’s values in the schema’s order', () => {
    expect(fieldChoices('certificate.source')).toEqual(['existing-arn', 'create-dns-validated']);
    expect(fieldChoices('domains.primary')).toEqual([]);
  });
});
