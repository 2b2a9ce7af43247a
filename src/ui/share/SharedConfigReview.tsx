import { listDifferences } from '../../config/config-diff';
import { parseConfig, type Config } from '../../config/schema';
import { useNotice, wizardStore } from '../state/wizard-store';
import { DifferenceList, IssueList } from './DifferenceList';
import { linkReviewStore, useLinkReview } from './link-review';

export const KEEP_VALID_PART_UNDO_LABEL = 'Keep the valid part of the link';
export const RESTORE_SAVED_UNDO_LABEL = 'Restore my saved work';

/**
 * Shown when the page opened a share link: what the link sets differently from the defaults and from the work
 * saved in this browser (which can be restored), or, for a damaged link, which settings were wrong and a way to
 * keep the rest of it.
 */
export function SharedConfigReview() {
  const review = useLinkReview();
  const notice = useNotice();
  if (review === undefined) return null;
  const dismiss = () => linkReviewStore.set(undefined);

  if (review.kind === 'broken') {
    const keepValidPart = (validPart: Config) => {
      wizardStore.setDraft(validPart, { undoLabel: KEEP_VALID_PART_UNDO_LABEL });
      wizardStore.setNotice(undefined);
      linkReviewStore.set({ kind: 'opened', config: validPart, replacedDraft: review.keptDraft });
    };
    return (
      <section className="share-review share-review-broken" aria-label="Shared link problems">
        <h2>The shared link could not be opened</h2>
        <p>
          {review.error} Your current work is unchanged.
          {review.validPart === undefined ? '' : ' You can keep the settings of the link that are valid.'}
        </p>
        {/* The notice banner above lists the fields while it is shown; once dismissed, they are listed here. */}
        {review.issues.length > 0 && notice?.kind !== 'error' ? <IssueList issues={review.issues} /> : null}
        <div className="share-dialog-actions">
          {review.validPart === undefined ? null : (
            <button type="button" className="button-primary" onClick={() => keepValidPart(review.validPart!)}>
              Keep the valid part
            </button>
          )}
          <button type="button" className="button-secondary" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </section>
    );
  }

  const fromDefaults = listDifferences(review.config);
  const saved = review.replacedDraft === undefined ? undefined : parseConfig(review.replacedDraft);
  const restoreSaved = () => {
    wizardStore.setDraft(review.replacedDraft, { undoLabel: RESTORE_SAVED_UNDO_LABEL });
    linkReviewStore.set(undefined);
  };
  return (
    <section className="share-review" aria-label="Shared configuration">
      <h2>You opened a shared configuration</h2>
      <details open>
        <summary>
          {fromDefaults.length === 0
            ? 'It uses the default settings.'
            : `It changes ${fromDefaults.length} ${fromDefaults.length === 1 ? 'setting' : 'settings'} from the defaults`}
        </summary>
        <DifferenceList differences={fromDefaults} />
      </details>
      {saved === undefined ? null : (
        <details>
          <summary>
            {saved.success
              ? `Compared with the work saved in this browser: ${countSettings(listDifferences(review.config, { base: saved.data }).length)} differ`
              : 'The work saved in this browser (it had errors) was replaced'}
          </summary>
          {saved.success ? (
            <DifferenceList differences={listDifferences(review.config, { base: saved.data })} />
          ) : null}
        </details>
      )}
      <div className="share-dialog-actions">
        {review.replacedDraft === undefined ? null : (
          <button type="button" className="button-primary" onClick={restoreSaved}>
            Restore my saved work
          </button>
        )}
        <button type="button" className="button-secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}

function countSettings(count: number): string {
  return count === 1 ? '1 setting' : `${count} settings`;
}
