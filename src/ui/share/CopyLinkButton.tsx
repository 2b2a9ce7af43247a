import { useId, useState } from 'react';
import { useStoreSelector } from '../state/use-store-selector';
import { wizardStore } from '../state/wizard-store';
import { useTrace } from '../trace/trace-store';
import { confirmFindings } from './confirm-findings';
import { replaceAddress } from './page-url';
import { shareUrl } from './share-url';

/**
 * Copies the share link and shows it in a read-only field below the button (a popover: the header keeps its
 * size and nothing moves), so it can be copied by hand when the browser does not grant clipboard access. The
 * field follows later edits. When the Checks find an error, it asks first.
 */
export function CopyLinkButton({ disabled }: { disabled: boolean }) {
  const fieldId = useId();
  const panelId = useId();
  const [shown, setShown] = useState(false);
  // The config only while the link is shown: a keystroke does not render the button otherwise.
  const shownConfig = useStoreSelector(wizardStore.subscribe, wizardStore.getParsed, (parsed) =>
    shown ? parsed.config : undefined,
  );
  useTrace(); // the link carries the traced request: follow it
  const [copied, setCopied] = useState<{ link: string; toClipboard: boolean }>();
  // Encoded only while the field is shown (and on click): not on every keystroke.
  const link = shownConfig !== undefined ? shareUrl(shownConfig) : '';

  const copy = async () => {
    const config = wizardStore.getParsed().config;
    if (!(await confirmFindings(config, 'copy'))) return;
    const url = shareUrl(config);
    replaceAddress(url);
    setShown(true);
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ link: url, toClipboard: true });
    } catch {
      setCopied({ link: url, toClipboard: false });
    }
  };
  const status =
    copied === undefined
      ? ''
      : copied.link !== link
        ? 'The link follows your edits: copy it again to share them.'
        : copied.toClipboard
          ? 'Link copied to the clipboard.'
          : 'The browser did not allow copying: select the link below and copy it.';

  return (
    <span className="copy-link">
      <button
        type="button"
        className="button-secondary"
        onClick={() => void copy()}
        disabled={disabled}
        aria-expanded={shown}
        aria-controls={panelId}
      >
        Copy link
      </button>
      <div
        className="share-link-panel"
        id={panelId}
        hidden={!shown}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setShown(false);
        }}
      >
        {shown ? (
          <>
            <label htmlFor={fieldId}>Share link</label>
            <input
              id={fieldId}
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button-secondary" onClick={() => setShown(false)}>
              Hide link
            </button>
            <span role="status" className="share-hint">
              {status}
            </span>
          </>
        ) : null}
      </div>
    </span>
  );
}
