import { fieldLabel } from '../../config/form-fields';
import { fieldId, jumpTo } from '../jump';

function labelOf(path: string): string {
  const item = /^domains\.additional\.(\d+)$/.exec(path);
  if (item !== null) return `Other domain name ${Number(item[1]) + 1}`;
  return fieldLabel(path) ?? (path === '' ? 'Configuration' : path);
}

/** The form's state in one line, and when fields are invalid a list of them that jumps to each. */
export function ErrorSummary({ errors, valid }: { errors: Record<string, string>; valid: boolean }) {
  const entries = Object.entries(errors);
  return (
    <div className={`form-status ${valid ? 'ok' : 'invalid'}`}>
      <p role="status">
        {valid
          ? 'All settings are valid: the previews show this setup.'
          : `${entries.length} ${entries.length === 1 ? 'field needs' : 'fields need'} attention; the previews show the last valid setup.`}
      </p>
      {!valid && (
        <ul>
          {entries.map(([path, message]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`} onClick={jumpTo}>
                {labelOf(path)}
              </a>
              : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
