import type { FieldState } from './use-field';

/** The explanation beside an input: its body and doc links, from the knowledge table. */
export function FieldHelp({ field }: { field: FieldState }) {
  const explanation = field.explanation;
  if (explanation === undefined) return null;
  return (
    <div className="field-help" id={field.helpId}>
      <p>{explanation.body}</p>
      {explanation.links.length > 0 && (
        <p className="field-links">
          {explanation.links.map((link) => (
            <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
              {link.title}
            </a>
          ))}
        </p>
      )}
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
