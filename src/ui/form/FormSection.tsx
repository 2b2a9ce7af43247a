import type { ReactNode } from 'react';
import { useFormState } from './form-state';

/**
 * One part of the form: a fieldset whose legend is a heading, so it is both grouped and navigable. Its legend
 * counts the settings under `paths` (dotted prefixes) that differ from the defaults.
 */
export function FormSection({
  id,
  title,
  paths,
  intro,
  headingId,
  children,
}: {
  id: string;
  title: string;
  paths: readonly string[];
  intro?: string;
  /** Makes the heading a focus target (the guided flow moves focus to it on each step). */
  headingId?: string;
  children: ReactNode;
}) {
  const count = useFormState(
    (form) =>
      form.changed.filter((path) => paths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)))
        .length,
  );
  return (
    <fieldset className="form-section" id={id}>
      <legend>
        <h2 id={headingId} tabIndex={headingId === undefined ? undefined : -1}>
          {title}
          {count > 0 && (
            <span className="changed-badge">
              {count} changed from the default{count === 1 ? '' : 's'}
            </span>
          )}
        </h2>
      </legend>
      {intro !== undefined && <p className="section-intro">{intro}</p>}
      {children}
    </fieldset>
  );
}
