import { fieldLabel } from '../form/field-table';
import type { ConfigMapping, UnreadItem } from '../../import';

function ItemList({ items }: { items: UnreadItem[] }) {
  return (
    <ul className="existing-items">
      {items.map((item, index) => (
        <li key={`${item.path}:${index}`}>
          <code>{item.path}</code>
          {item.value === '' ? (
            ''
          ) : (
            <>
              {' '}
              = <code>{item.value}</code>
            </>
          )}
          : {item.why}
        </li>
      ))}
    </ul>
  );
}

/** The review before the fixed config replaces the form: each change from the existing setup, and what is left out. */
export function FixedConfigReview({
  mapping,
  unread,
  assumptions,
}: {
  mapping: ConfigMapping;
  unread: UnreadItem[];
  assumptions: string[];
}) {
  return (
    <>
      <details open>
        <summary>
          {mapping.adjustments.length === 0
            ? 'The fixed configuration keeps every setting it could read'
            : `The fixed configuration changes ${mapping.adjustments.length} ${mapping.adjustments.length === 1 ? 'setting' : 'settings'}`}
        </summary>
        <ul className="existing-changes">
          {mapping.adjustments.map((change) => (
            <li key={`${change.field}:${change.existing}`}>
              <span className="existing-field">{fieldLabel(change.field) ?? change.field}</span>:{' '}
              <del>{change.existing}</del>
              {' → '}
              <ins>{change.fixed}</ins> <span className="existing-why">({change.why})</span>
            </li>
          ))}
        </ul>
        <p className="existing-hint">
          Taken over as they are:{' '}
          {mapping.mapped.map((item) => fieldLabel(item.field) ?? item.field).join(', ') || 'nothing'}.
        </p>
      </details>
      {mapping.notMapped.length === 0 ? null : (
        <details open>
          <summary>Not in the fixed configuration: set these yourself ({mapping.notMapped.length})</summary>
          <ItemList items={mapping.notMapped} />
        </details>
      )}
      {assumptions.length === 0 ? null : (
        <details>
          <summary>Assumed where your files do not say ({assumptions.length})</summary>
          <ul className="existing-items">
            {assumptions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </details>
      )}
      {unread.length === 0 ? null : (
        <details>
          <summary>Read but not used ({unread.length})</summary>
          <ItemList items={unread} />
        </details>
      )}
    </>
  );
}
