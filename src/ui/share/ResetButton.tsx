import { useState } from 'react';
import { configDefaults } from '../state/config-defaults';
import { wizardStore } from '../state/wizard-store';
import { Dialog } from './Dialog';
import { settingValue } from './setting-labels';

export const RESET_UNDO_LABEL = 'Reset to defaults';

/** Resets the form to the default setup after asking; the undo toast can bring the old settings back. */
export function ResetButton() {
  const [asking, setAsking] = useState(false);
  const defaults = configDefaults();

  const reset = () => {
    wizardStore.setDraft(structuredClone(configDefaults()), { undoLabel: RESET_UNDO_LABEL });
    setAsking(false);
  };

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        Reset to defaults
      </button>
      <Dialog open={asking} title="Reset every setting to its default?" onClose={() => setAsking(false)}>
        <p>
          The form goes back to the example setup ({settingValue('origin.type', defaults.origin.type)},{' '}
          {defaults.domains.primary}). You can undo this until you edit a field.
        </p>
        <div className="share-dialog-actions">
          <button type="button" className="button-primary share-danger" onClick={reset}>
            Reset
          </button>
          <button type="button" className="button-secondary" onClick={() => setAsking(false)} data-autofocus>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
