import { useState } from 'react';
import type { FieldState } from './use-field';

/**
 * The help beside an input: the field's one-line help (from the schema), its doc links, and the longer
 * explanation (from the knowledge table) behind "More".
 */
export function FieldHelp({ field }: { field: FieldState }) {
  const { explanation } = field;
  const [open, setOpen] = useState(false);
  return (
    <div className="field-help" id={field.helpId}>
      <p>{field.help}</p>
      <p className="explanation-body" id={`${field.helpId}-more`} hidden={!open}>
        {explanation.body}
      </p>
      <p className="field-links">
        <button
          type="button"
          className="link-button more-button"
          aria-expanded={open}
          aria-controls={`${field.helpId}-more`}
          aria-label={`${open ? 'Less' : 'More'} about ${field.label}`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
        </button>
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
