import { FIELD_LABELS, OPTION_LABELS } from '../form/field-meta';
import { explanationFor } from '../../knowledge/explanations';

/** The form's visible label for a dotted schema path ("domains.additional.0" → "Other domain names"). */
export function settingLabel(path: string): string {
  const fieldPath = path.replace(/\.\d+$/, '');
  return explanationFor(fieldPath)?.label ?? FIELD_LABELS[fieldPath] ?? fieldPath;
}

/** A value as the form shows it: option wording for enums, on/off for switches, lists joined. */
export function settingValue(path: string, value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
  if (value === '') return '(empty)';
  if (typeof value === 'string') {
    const field = path.split('.').pop() ?? path;
    return OPTION_LABELS[path]?.[value] ?? OPTION_LABELS[field]?.[value] ?? value;
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
