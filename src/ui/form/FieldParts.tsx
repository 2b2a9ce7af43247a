import { useState } from 'react';
import type { FieldState } from './use-field';

/** Bodies longer than this show two lines until opened (screen readers get the whole text either way). */
const CLAMP_AFTER_CHARS = 160;

/** The explanation beside an input: its body and doc links, from the knowledge table. */
export function FieldHelp({ field }: { field: FieldState }) {
  const explanation = field.explanation;
  const [open, setOpen] = useState(false);
  if (explanation === undefined) return null;
  const long = explanation.body.length > CLAMP_AFTER_CHARS;
  return (
    <div className="field-help" id={field.helpId}>
      <p className={long && !open ? 'clamped' : undefined}>{explanation.body}</p>
      <p className="field-links">
        {long && (
          <button
            type="button"
            className="link-button more-button"
            aria-expanded={open}
            aria-label={`${open ? 'Less' : 'More'} about ${field.label}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Less' : 'More'}
          </button>
        )}
        {explanation.links.map((link) => (
          <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
            {link.title}
          </a>
        ))}
      </p>
    </div>
  );
}

/** The field's validation message; role="alert" so a screen reader says it as it appears. */
export function FieldError({ field }: { field: FieldState }) {
  if (field.error === undefined) return null;
  return (
    <p className="field-error" id={field.errorId} role="alert">
      {field.error}
    </p>
  );
}
