import type { HeaderChange, Hop } from '../../edge/types';

const HEADERS_LABEL: Partial<Record<Hop['id'], string>> = {
  viewer: 'Headers the browser sends',
  django: 'Headers Django receives',
};

function SourceLink({ url }: { url: string }) {
  return (
    <a className="trace-source" href={url} target="_blank" rel="noreferrer noopener">
      source
    </a>
  );
}

function ChangeRow({ change }: { change: HeaderChange }) {
  return (
    <tr className={`trace-change trace-change-${change.change}`}>
      <th scope="row">
        <code>{change.header}</code>
      </th>
      <td>
        <span className="trace-badge">{change.change}</span>
      </td>
      <td className="trace-values">
        {change.before !== undefined && <del>{change.before}</del>}
        {change.before !== undefined && change.after !== undefined && ' → '}
        {change.after !== undefined && <ins>{change.after}</ins>}
      </td>
      <td>
        {change.why} <SourceLink url={change.source} />
      </td>
    </tr>
  );
}

/** One hop: the headers it added, removed or rewrote, why, and its answer when it stops the request. */
export function HopCard({ hop, index }: { hop: Hop; index: number }) {
  const stopped = hop.response !== undefined && !(hop.id === 'django' && hop.response.status === 200);
  return (
    <li className={`trace-hop${stopped ? ' trace-hop-stopped' : ''}`} data-hop={hop.id}>
      <h3>
        <span className="trace-hop-index">{index + 1}</span> {hop.title}
        {hop.response !== undefined && (
          <span className={`trace-status trace-status-${Math.floor(hop.response.status / 100)}xx`}>
            {hop.response.status}
          </span>
        )}
      </h3>
      {hop.id === 'viewer' && (
        <p className="trace-request-line">
          <code>
            {hop.request.method} {hop.request.path}
            {hop.request.query ? `?${hop.request.query}` : ''} · Host: {hop.request.headers.host}
          </code>
        </p>
      )}
      {hop.changes.length > 0 && (
        <table className="trace-changes">
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">Change</th>
              <th scope="col">Value</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {hop.changes.map((change) => (
              <ChangeRow key={`${change.header}-${change.change}`} change={change} />
            ))}
          </tbody>
        </table>
      )}
      {hop.notes.length > 0 && (
        <ul className="trace-notes">
          {hop.notes.map((note) => (
            <li key={note.text}>
              {note.text} <SourceLink url={note.source} />
            </li>
          ))}
        </ul>
      )}
      <details className="trace-all-headers">
        <summary>
          {HEADERS_LABEL[hop.id] ?? 'All headers after this hop'} ({Object.keys(hop.request.headers).length})
        </summary>
        <p className="trace-request-line">
          <code>
            {hop.request.method} {hop.request.path}
            {hop.request.query ? `?${hop.request.query}` : ''}
          </code>
        </p>
        <dl>
          {Object.entries(hop.request.headers).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {hop.response !== undefined && (
        <p className="trace-answer" role={stopped ? 'alert' : undefined}>
          <strong>
            {stopped ? 'Answers' : 'Result'} {hop.response.status}:
          </strong>{' '}
          {hop.response.reason} <SourceLink url={hop.response.source} />
          {hop.response.body !== '' && <code className="trace-body">{hop.response.body}</code>}
        </p>
      )}
    </li>
  );
}
