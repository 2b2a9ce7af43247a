import { fieldLabel, isFieldPath, optionLabel } from '../form/field-table';

/** The form's visible label for a dotted schema path ("domains.additional.0" → "Other domain names"). */
export function settingLabel(path: string): string {
  return fieldLabel(path) ?? path.replace(/\.\d+$/, '');
}

/** A value as the form shows it: option wording for enums, on/off for switches, lists joined. */
export function settingValue(path: string, value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
  if (value === '') return '(empty)';
  if (typeof value === 'string') {
    return isFieldPath(path) ? optionLabel(path, value) : value;
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
