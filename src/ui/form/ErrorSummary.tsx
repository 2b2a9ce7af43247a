import { fieldLabel } from './field-table';
import { FieldLink } from '../flow/FieldLink';
import { errorIsShown, useFlow } from '../flow/flow-store';
import { plainIssueMessage } from '../share/plain-issue';
import { useFormErrors } from './form-state';

function labelOf(path: string): string {
  const item = /^domains\.additional\.(\d+)$/.exec(path);
  if (item !== null) return `Other domain name ${Number(item[1]) + 1}`;
  return fieldLabel(path) ?? (path === '' ? 'Configuration' : path);
}

const fields = (count: number) => (count === 1 ? 'field' : 'fields');

/**
 * The form's state in one line, and when fields are invalid a list of them that jumps to each. Fields that only
 * wait to be filled in are listed as such, not as mistakes.
 */
export function ErrorSummary() {
  const flow = useFlow();
  const { errors, values, valid, checked } = useFormErrors();
  const entries = Object.entries(errors).map(([path, message]) => ({
    path,
    message: plainIssueMessage(path, message),
    shown: errorIsShown(flow, path, values[path]),
  }));
  const shown = entries.filter((entry) => entry.shown).length;
  const waiting = entries.length - shown;
  // Until the schema's chunk arrives (a moment after the form shows) nothing is known either way; the line is
  // about as long as the "valid" one, so the form does not move when it is replaced.
  if (!checked) {
    return (
      <div className="form-status waiting">
        <p role="status">Checking the settings: the previews follow in a moment.</p>
      </div>
    );
  }
  const status = valid
    ? 'All settings are valid: the previews show this setup.'
    : shown === 0
      ? `${waiting} ${fields(waiting)} still to fill in; the previews show the last valid setup.`
      : `${shown} ${shown === 1 ? 'field needs' : 'fields need'} attention; the previews show the last valid setup.`;
  return (
    <div className={`form-status ${valid ? 'ok' : shown === 0 ? 'waiting' : 'invalid'}`}>
      <p role="status">{status}</p>
      {!valid && (
        <ul>
          {entries.map((entry) => (
            <li key={entry.path}>
              <FieldLink path={entry.path}>{labelOf(entry.path)}</FieldLink>
              {entry.shown ? `: ${entry.message}` : ': still to fill in'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
