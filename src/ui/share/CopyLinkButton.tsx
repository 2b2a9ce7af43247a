import { useId, useState } from 'react';
import { permalinkUrl } from '../../config/permalink';
import { useParsedConfig } from '../state/wizard-store';
import { pageUrlWithoutHash, replaceAddress } from './page-url';

/**
 * Copies the share link and shows it in a read-only field, so it can be copied by hand when the browser does not
 * grant clipboard access. The field follows later edits.
 */
export function CopyLinkButton({ disabled }: { disabled: boolean }) {
  const { config } = useParsedConfig();
  const fieldId = useId();
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<{ link: string; toClipboard: boolean }>();
  // Encoded only while the field is shown (and on click): not on every keystroke.
  const link = shown ? permalinkUrl(config, pageUrlWithoutHash()) : '';

  const copy = async () => {
    const url = permalinkUrl(config, pageUrlWithoutHash());
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
    <>
      <button type="button" className="button-secondary" onClick={() => void copy()} disabled={disabled}>
        Copy link
      </button>
      {shown ? (
        <div className="share-link-panel">
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
        </div>
      ) : null}
    </>
  );
}
