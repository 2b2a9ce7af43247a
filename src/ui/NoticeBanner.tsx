import { useNotice, useUndoLabel, useUndoPlace, wizardStore, type UndoPlace } from './state/wizard-store';

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
      <span className="banner-actions">
        {notice.actions?.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button-secondary"
            onClick={() => {
              wizardStore.setNotice(undefined);
              action.run();
            }}
          >
            {action.label}
          </button>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            wizardStore.setNotice(undefined);
            notice.onDismiss?.();
          }}
        >
          Dismiss
        </button>
      </span>
    </div>
  );
}

/**
 * After a one-click fix, an import or a preset: what changed, with a way back. It sits in the page where the
 * change was made (beside the Checks for a fix, under the header otherwise), never over the content.
 */
export function UndoBar({ place }: { place: UndoPlace }) {
  const label = useUndoLabel();
  const current = useUndoPlace();
  if (label === undefined || current !== place) return null;
  return (
    <div className="banner banner-info undo-bar" role="status">
      <p>Applied: {label}</p>
      <span className="banner-actions">
        <button
          type="button"
          id={`undo-${place}`}
          className="button-secondary"
          onClick={() => wizardStore.undo()}
        >
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
