import { useCallback } from 'react';
import { fieldApplies, fieldMeta, type FieldPath } from '../../config/form-fields';
import { FIELD_EXPLANATIONS } from '../../knowledge/explanations';
import { getAtPath, wizardStore } from '../state/wizard-store';
import { useFormContext } from './form-context';

/** Turns zod's type messages into words a person reads at a field. */
function friendlyError(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  if (/expected number/i.test(message)) return 'Enter a whole number';
  if (/expected int/i.test(message)) return 'Enter a whole number';
  return message;
}

/**
 * Everything one input needs: ids, value as typed, error, label and help (declared beside the field in the
 * schema), the longer explanation (knowledge), visibility and a setter.
 */
export function useField(path: FieldPath) {
  const { draft, errors, view } = useFormContext();
  const meta = fieldMeta(path);
  const id = `field-${path.replace(/\./g, '-')}`;
  const error = friendlyError(errors[path]);
  const set = useCallback((value: unknown) => wizardStore.setField(path, value), [path]);
  return {
    id,
    path,
    value: getAtPath(draft, path),
    error,
    errorId: `${id}-error`,
    helpId: `${id}-help`,
    label: meta.label,
    help: meta.help,
    meta,
    explanation: FIELD_EXPLANATIONS[path],
    // A field with an error always shows, or the person could not fix it (a stage path left over when
    // switching to a function URL, which has none).
    visible: error !== undefined || fieldApplies(path, view),
    set,
  };
}

export type FieldState = ReturnType<typeof useField>;

/** The ids an input's aria-describedby lists: its error first (when shown), then its help. */
export function describedBy(field: FieldState): string | undefined {
  return field.error !== undefined ? `${field.errorId} ${field.helpId}` : field.helpId;
}
