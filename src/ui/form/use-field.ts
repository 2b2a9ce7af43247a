import { useCallback } from 'react';
import { explanationFor } from '../../knowledge/explanations';
import { getAtPath, wizardStore } from '../state/wizard-store';
import { FIELD_APPLIES_TO, FIELD_LABELS } from './field-meta';
import { useFormContext } from './form-context';

/** Turns zod's type messages into words a person reads at a field. */
function friendlyError(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  if (/expected number/i.test(message)) return 'Enter a whole number';
  if (/expected int/i.test(message)) return 'Enter a whole number';
  return message;
}

/** Everything one input needs: ids, value as typed, error, explanation, visibility and a setter. */
export function useField(path: string) {
  const { draft, errors, view } = useFormContext();
  const explanation = explanationFor(path);
  const id = `field-${path.replace(/\./g, '-')}`;
  const error = friendlyError(errors[path]);
  const appliesTo = explanation?.appliesTo ?? FIELD_APPLIES_TO[path];
  const set = useCallback((value: unknown) => wizardStore.setField(path, value), [path]);
  return {
    id,
    path,
    value: getAtPath(draft, path),
    error,
    errorId: `${id}-error`,
    helpId: `${id}-help`,
    label: explanation?.label ?? FIELD_LABELS[path] ?? path,
    explanation,
    // A field with an error always shows, or the person could not fix it (a stage path left over when
    // switching to a function URL, which has none).
    visible: error !== undefined || appliesTo === undefined || appliesTo(view),
    set,
  };
}

export type FieldState = ReturnType<typeof useField>;

/** The ids an input's aria-describedby lists: its error first (when shown), then its explanation. */
export function describedBy(field: FieldState): string | undefined {
  const ids = [
    field.error !== undefined ? field.errorId : undefined,
    field.explanation ? field.helpId : undefined,
  ];
  const joined = ids.filter((value) => value !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}
