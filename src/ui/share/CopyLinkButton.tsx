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
  const [status, setStatus] = useState('');
  const link = permalinkUrl(config, pageUrlWithoutHash());

  const copy = async () => {
    replaceAddress(link);
    setShown(true);
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: select the link below and copy it.');
    }
  };

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
