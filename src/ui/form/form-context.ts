import { createContext, useContext } from 'react';
import type { Config } from '../../config/schema';

/** What every field needs besides its own value: the draft, its errors and the config visibility is read from. */
export interface FormContextValue {
  draft: unknown;
  errors: Record<string, string>;
  view: Config;
  /** Dotted paths of the settings that differ from the defaults (of the last valid config). */
  changed: readonly string[];
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (value === undefined) throw new Error('A form field must be rendered inside <WizardForm>');
  return value;
}
