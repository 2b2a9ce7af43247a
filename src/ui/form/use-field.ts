import { useCallback } from 'react';
import { fieldApplies, fieldMeta, type FieldPath } from '../../config/form-fields';
import { defaultConfig } from '../../config/schema';
import { FIELD_EXPLANATIONS } from '../../knowledge/explanations';
import { errorIsShown, flowStore, useFlow } from '../flow/flow-store';
import { fieldId } from '../jump';
import { plainIssueMessage } from '../share/plain-issue';
import { useFindings } from '../state/FindingsProvider';
import { getAtPath, wizardStore } from '../state/wizard-store';
import { useFormContext } from './form-context';

/** The defaults, parsed on first use (never while modules load: zod must be made jitless first). */
let defaults: ReturnType<typeof defaultConfig> | undefined;
const defaultsOnce = () => (defaults ??= defaultConfig());

/** Turns zod's type messages into words a person reads at a field. */
function friendlyError(path: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  if (/expected (number|int)/i.test(message)) return 'Enter a whole number';
  return plainIssueMessage(path, message);
}

/**
 * Everything one input needs: ids, value as typed, error, label and help (declared beside the field in the
 * schema), the longer explanation (knowledge), the Checks' findings about it, visibility and a setter.
 */
export function useField(path: FieldPath) {
  const { draft, errors, view, changed } = useFormContext();
  const findings = useFindings().byField;
  const flow = useFlow();
  const meta = fieldMeta(path);
  const id = fieldId(path);
  const value = getAtPath(draft, path);
  const schemaError = friendlyError(path, errors[path]);
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
    explanation: FIELD_EXPLANATIONS[path],
    /** The default, when the value differs from it ("changed from the default" in the form). */
    changedFrom: changed.includes(path) ? { value: getAtPath(defaultsOnce(), path) } : undefined,
    // A field with an error always shows, or the person could not fix it (a stage path left over when
    // switching to a function URL, which has none).
    visible: schemaError !== undefined || fieldApplies(path, view),
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
