import { useNotice, useUndoLabel, wizardStore } from './state/wizard-store';

/** The store's notice (e.g. a permalink that failed its check) as a banner the person can dismiss. */
export function NoticeBanner() {
  const notice = useNotice();
  if (notice === undefined) return null;
  return (
    <div className={`banner banner-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <p>{notice.text}</p>
        {notice.details !== undefined && notice.details.length > 0 && (
          <ul>
            {notice.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button-secondary" onClick={() => wizardStore.setNotice(undefined)}>
        Dismiss
      </button>
    </div>
  );
}

/** After a one-click fix: what changed, with a way back. */
export function UndoBar() {
  const label = useUndoLabel();
  if (label === undefined) return null;
  return (
    <div className="banner banner-info undo-bar" role="status">
      <p>Applied: {label}</p>
      <span className="banner-actions">
        <button type="button" className="button-secondary" onClick={() => wizardStore.undo()}>
          Undo
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label="Hide"
          title="Hide (the change stays)"
          onClick={() => wizardStore.clearUndo()}
        >
          ×
        </button>
      </span>
    </div>
  );
}
