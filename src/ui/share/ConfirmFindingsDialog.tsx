import { fieldLabel } from '../form/field-table';
import { flowStore } from '../flow/flow-store';
import { fieldId } from '../jump';
import { Dialog } from './Dialog';
import { answerConfirmation, usePendingConfirmation } from './confirm-findings';

const GO_ON = { download: 'Download anyway', copy: 'Copy the link anyway' } as const;

/** Names every ERROR finding before the download or link goes out; each can be fixed from here. */
export function ConfirmFindingsDialog() {
  const pending = usePendingConfirmation();
  const count = pending?.findings.length ?? 0;
  const title =
    count === 1 ? 'This setup has an error that breaks it' : `This setup has ${count} errors that break it`;
  return (
    <Dialog open={pending !== undefined} title={title} onClose={() => answerConfirmation(false)}>
      {pending === undefined ? null : (
        <>
          <p>As it is, the deployed site would not work:</p>
          <ul className="confirm-findings">
            {pending.findings.map((finding) => (
              <li key={finding.id}>
                <p>
                  {finding.field !== undefined && (
                    <strong>{fieldLabel(finding.field) ?? finding.field}: </strong>
                  )}
                  {finding.message}
                </p>
                {finding.field !== undefined && (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => {
                      const path = finding.field!;
                      answerConfirmation(false);
                      // After the dialog has closed and handed focus back to its opener.
                      window.setTimeout(() => flowStore.goToField(path, fieldId(path)), 50);
                    }}
                  >
                    Fix {fieldLabel(finding.field) ?? 'the field'}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div className="share-dialog-actions">
            <button
              type="button"
              className="button-secondary"
              data-autofocus
              onClick={() => answerConfirmation(false)}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button-primary share-danger"
              onClick={() => answerConfirmation(true)}
            >
              {GO_ON[pending.action]}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
