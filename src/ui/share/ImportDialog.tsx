import { useId, useState, type DragEvent } from 'react';
import type { PermalinkConfigResult } from '../../config/permalink';
import type { Config } from '../../config/schema';
import { flowStore } from '../flow/flow-store';
import { wizardStore } from '../state/wizard-store';
import { Dialog } from './Dialog';
import { IssueList } from './DifferenceList';
import { MAX_IMPORT_CHARS, readImportText } from './import-text';
import { ExistingSetupEntry } from '../import/ExistingSetupEntry';

type Failure = Extract<PermalinkConfigResult, { ok: false }>;

/**
 * Import a share link or configuration JSON (pasted, chosen or dropped). It is validated with the schema first:
 * nothing is replaced unless it is valid (or the person chooses to keep its valid part), and the import can be undone.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Import a configuration" onClose={onClose}>
      {open ? (
        <>
          <ImportForm onDone={onClose} />
          <ExistingSetupEntry onDone={onClose} />
        </>
      ) : null}
    </Dialog>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<{ source: string; result: Failure }>();
  const [dragging, setDragging] = useState(false);

  const replaceDraft = (config: Config, undoLabel: string) => {
    wizardStore.setDraft(config, { undoLabel });
    flowStore.landOnReview();
    onDone();
  };
  const importText = (value: string, source: string) => {
    const result = readImportText(value);
    if (result.ok) replaceDraft(result.config, `Import from ${source}`);
    else setFailure({ source, result });
  };
  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setFailure({ source: file.name, result: { ok: false, error: 'This file is too large.', issues: [] } });
      return;
    }
    importText(await file.text(), file.name);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files[0]);
  };

  return (
    <form
      className={dragging ? 'share-import share-dropping' : 'share-import'}
      onSubmit={(event) => {
        event.preventDefault();
        importText(text, 'the pasted text');
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={textId}>Paste a share link or configuration JSON</label>
      <textarea
        id={textId}
        rows={6}
        value={text}
        spellCheck={false}
        data-autofocus
        onChange={(event) => setText(event.target.value)}
        placeholder='https://…#c=2.…  or  { "projectName": … }'
      />
      <div className="share-file">
        <label htmlFor={fileId}>Or choose a .json file (or drop it on this dialog)</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </div>
      {failure === undefined ? null : (
        <div role="alert" className="share-error">
          <p>
            Could not import {failure.source}: {failure.result.error} Nothing was replaced.
            {failure.result.validPart === undefined
              ? ''
              : ' You can keep the settings that are valid; the others stay at their defaults.'}
          </p>
          {failure.result.issues.length > 0 ? <IssueList issues={failure.result.issues} /> : null}
          {failure.result.validPart === undefined ? null : (
            <button
              type="button"
              className="button-primary"
              onClick={() => replaceDraft(failure.result.validPart!, 'Import the valid part')}
            >
              Keep the valid part
            </button>
          )}
        </div>
      )}
      <div className="share-dialog-actions">
        <button type="submit" className="button-primary">
          Import
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
