import type { Config } from '../../config/schema';
import { differingPaths } from '../state/config-defaults';
import { shallowEqual, useStoreSelector } from '../state/use-store-selector';
import { getAtPath, wizardStore, type ParsedDraft } from '../state/wizard-store';
import { formViewConfig } from './form-view';

/** What the form's fields read besides their own metadata: derived once per draft, shared by every field. */
export interface FormSnapshot {
  /** The form values as typed. */
  draft: unknown;
  /** Dotted path to the first validation message for it (the same object while the messages stay the same). */
  errors: Record<string, string>;
  valid: boolean;
  /** False until the schema's chunk has arrived: no field is known to be valid or invalid yet. */
  checked: boolean;
  /** The config visibility is read from: the last valid config with the draft's values laid over it. */
  view: Config;
  /** Dotted paths of the settings that differ from the defaults (of the last valid config). */
  changed: readonly string[];
}

let last: { draft: unknown; parsed: ParsedDraft; snapshot: FormSnapshot } | undefined;

/** The form snapshot of the store's current draft (the same object until the draft changes). */
export function formSnapshot(): FormSnapshot {
  const draft = wizardStore.getDraft();
  const parsed = wizardStore.getParsed();
  if (last !== undefined && last.draft === draft && last.parsed === parsed) return last.snapshot;
  const snapshot: FormSnapshot = {
    draft,
    errors: parsed.errors,
    valid: parsed.valid,
    checked: parsed.checked,
    view: formViewConfig(parsed.config, draft),
    changed: differingPaths(parsed.config),
  };
  last = { draft, parsed, snapshot };
  return snapshot;
}

/**
 * The part of the form snapshot a component shows; it re-renders only when that part changes, so a keystroke
 * renders the field typed in (and what depends on its value), not the whole form.
 */
export function useFormState<Selected>(
  select: (form: FormSnapshot) => Selected,
  isEqual?: (left: Selected, right: Selected) => boolean,
): Selected {
  return useStoreSelector(wizardStore.subscribe, formSnapshot, select, isEqual);
}

/** The validation messages with the values of their fields (emptiness decides whether a message shows yet). */
export interface FormErrors {
  errors: Record<string, string>;
  /** The draft's value at each path that has a message. */
  values: Record<string, unknown>;
  valid: boolean;
  checked: boolean;
}

const sameErrors = (left: FormErrors, right: FormErrors) =>
  left.errors === right.errors &&
  left.valid === right.valid &&
  left.checked === right.checked &&
  shallowEqual(left.values, right.values);

/** The form's messages: a keystroke in a field without one does not render what lists them. */
export function useFormErrors(): FormErrors {
  return useFormState(
    (form) => ({
      errors: form.errors,
      values: Object.fromEntries(Object.keys(form.errors).map((path) => [path, getAtPath(form.draft, path)])),
      valid: form.valid,
      checked: form.checked,
    }),
    sameErrors,
  );
}
