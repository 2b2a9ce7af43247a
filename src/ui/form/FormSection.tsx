import type { ReactNode } from 'react';

/** One part of the form: a fieldset whose legend is a heading, so it is both grouped and navigable. */
export function FormSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="form-section" id={id}>
      <legend>
        <h2>{title}</h2>
      </legend>
      {intro !== undefined && <p className="section-intro">{intro}</p>}
      {children}
    </fieldset>
  );
}
