import { useEffect, useState } from 'react';
import { useStoreSelector } from '../state/use-store-selector';
import { startupDraft, wizardStore } from '../state/wizard-store';
import './share.css';
import { startAutosave } from './autosave';
import { autosaveNotices } from './autosave-notices';
import { ConfirmFindingsDialog } from './ConfirmFindingsDialog';
import { CopyLinkButton } from './CopyLinkButton';
import { bundleFileName } from './download-bundle';
import { startDownload } from './download-flow';
import { startHashSync } from './hash-sync';
import { ImportDialog } from './ImportDialog';
import { ResetButton } from './ResetButton';
import { browserStorage, startupContext } from './startup-context';
import { tabStorage } from './tab-session';

/**
 * Share link, zip download, import and reset, for the page header. While mounted it keeps the address bar's
 * link in step with the form and autosaves the draft in this browser (saying so when it cannot).
 */
/** The zip download; its title names the file (it follows the project name). */
function DownloadButton({ valid }: { valid: boolean }) {
  const fileName = useStoreSelector(wizardStore.subscribe, wizardStore.getParsed, (parsed) =>
    bundleFileName(parsed.config),
  );
  return (
    <button
      type="button"
      className="button-primary"
      onClick={() => void startDownload(wizardStore.getParsed().config)}
      disabled={!valid}
      title={valid ? `Download ${fileName}` : undefined}
    >
      Download .zip
    </button>
  );
}

export function ShareToolbar() {
  // Only whether the form is valid: a keystroke that keeps it valid renders nothing here.
  const valid = useStoreSelector(wizardStore.subscribe, wizardStore.getParsed, (parsed) => parsed.valid);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    // This toolbar is fetched once the form shows: what was typed before it arrived is linked and saved too. A
    // reload of the tab's own address starts from the tab's newer draft, which the link then follows.
    const behind = startupContext.tabDraft !== undefined || wizardStore.getDraft() !== startupDraft();
    const stopHashSync = startHashSync(wizardStore, undefined, { linkIsStale: behind });
    const stopAutosave = startAutosave(
      wizardStore,
      browserStorage(),
      tabStorage(),
      undefined,
      autosaveNotices(wizardStore),
      { unsaved: behind },
    );
    return () => {
      stopHashSync();
      stopAutosave();
    };
  }, []);

  return (
    <div className="share-toolbar" role="group" aria-label="Share and download">
      <div className="share-buttons">
        <CopyLinkButton disabled={!valid} />
        <DownloadButton valid={valid} />
        <button type="button" className="button-secondary" onClick={() => setImporting(true)}>
          Import…
        </button>
        <ResetButton />
      </div>
      {/* Always there (empty when valid), so the header does not grow when the form turns invalid. */}
      <p className="share-hint share-toolbar-hint">
        {valid ? '' : 'Fix the highlighted fields to copy a link or download the bundle.'}
      </p>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
      <ConfirmFindingsDialog />
    </div>
  );
}
