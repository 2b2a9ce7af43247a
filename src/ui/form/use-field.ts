import { useCallback } from 'react';
import { fieldApplies, fieldMeta, type FieldPath } from './field-table';
import { errorIsShown, flowStore, useFlow } from '../flow/flow-store';
import { fieldId } from '../jump';
import { plainIssueMessage } from '../share/plain-issue';
import { configDefaults } from '../state/config-defaults';
import { useFindings } from '../state/FindingsProvider';
import { shallowEqual } from '../state/use-store-selector';
import { getAtPath, wizardStore } from '../state/wizard-store';
import { useFormState } from './form-state';

/** Turns zod's type messages into words a person reads at a field. */
function friendlyError(path: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  if (/expected (number|int)/i.test(message)) return 'Enter a whole number';
  return plainIssueMessage(path, message);
}

/**
 * Everything one input needs: ids, value as typed, error, label and help (declared beside the field in the
 * schema), the Checks' findings about it, visibility and a setter (the longer explanations are in the section's
 * "About these settings").
 */
export function useField(path: FieldPath) {
  // Only this field's part of the form: a keystroke elsewhere does not render this field.
  const { value, message, applies, changed } = useFormState(
    (form) => ({
      value: getAtPath(form.draft, path),
      message: form.errors[path],
      applies: fieldApplies(path, form.view),
      changed: form.changed.includes(path),
    }),
    shallowEqual,
  );
  const findings = useFindings().byField;
  const flow = useFlow();
  const meta = fieldMeta(path);
  const id = fieldId(path);
  const schemaError = friendlyError(path, message);
  // A field that just appeared empty is not red before anyone typed in it (it still blocks the download).
  const error = schemaError !== undefined && errorIsShown(flow, path, value) ? schemaError : undefined;
  const fieldFindings = findings.get(path) ?? [];
  const set = useCallback((next: unknown) => wizardStore.setField(path, next), [path]);
  const touch = useCallback(() => flowStore.touch(path), [path]);
  return {
    id,
    path,
    value,
    error,
    /** What an empty, untouched field still needs: said quietly until the person has been there. */
    pending: error === undefined ? schemaError : undefined,
    findings: fieldFindings,
    invalid: error !== undefined || fieldFindings.some((finding) => finding.severity === 'error'),
    errorId: `${id}-error`,
    findingsId: `${id}-findings`,
    helpId: `${id}-help`,
    label: meta.label,
    help: meta.help,
    meta,
    /** The default, when the value differs from it ("changed from the default" in the form). */
    changedFrom: changed ? { value: getAtPath(configDefaults(), path) } : undefined,
    // A field with an error always shows, or the person could not fix it (a stage path left over when
    // switching to a function URL, which has none).
    visible: schemaError !== undefined || applies,
    set,
    touch,
  };
}

export type FieldState = ReturnType<typeof useField>;

/** The ids an input's aria-describedby lists: its error and findings first (when shown), then its help. */
export function describedBy(field: FieldState): string {
  return [
    field.error !== undefined ? field.errorId : undefined,
    field.findings.length > 0 ? field.findingsId : undefined,
    field.helpId,
  ]
    .filter((id) => id !== undefined)
    .join(' ');
}
