import { settingValue } from '../share/setting-labels';
import type { FieldState } from './use-field';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** How a default reads beside "changed": short, so the mark stays one line. */
function shortValue(path: string, value: unknown): string {
  const text = settingValue(path, value).replace(/^\((.*)\)$/, '$1');
  return text.length > 36 ? `${text.slice(0, 35)}…` : text;
}

/**
 * The plain help under an input (one sentence, from the schema) and, when the value is not the default, a mark
 * saying so: in the form "changed" always means "differs from the default". The longer explanations and doc
 * links are in the section's "About these settings", so they cost no Tab stop between inputs.
 */
export function FieldHelp({ field }: { field: FieldState }) {
  return (
    <div className="field-help" id={field.helpId}>
      <p>{field.help}</p>
      {field.changedFrom !== undefined && (
        <p className="changed-mark">
          <span aria-hidden="true">●</span> Changed from the default
          {field.path === 'domains.additional' ? '' : ` (${shortValue(field.path, field.changedFrom.value)})`}
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

/** What the Checks say about this field, at the field: an error marks it invalid. */
export function FieldFindings({ field }: { field: FieldState }) {
  if (field.findings.length === 0) return null;
  return (
    <div className="field-findings" id={field.findingsId}>
      {field.findings.map((finding) => (
        <p key={finding.id} className={`field-finding field-finding-${finding.severity}`}>
          <strong>{SEVERITY_WORD[finding.severity]}:</strong> {finding.message}
        </p>
      ))}
    </div>
  );
}
