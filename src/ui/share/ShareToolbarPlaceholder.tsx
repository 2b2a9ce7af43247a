/**
 * The toolbar's buttons, disabled, while its chunk loads: the header keeps its size (on a phone the toolbar sits
 * under the title), so nothing below moves when the real toolbar arrives.
 */
export function ShareToolbarPlaceholder() {
  return (
    <div className="share-toolbar" aria-busy="true">
      <div className="share-buttons">
        <button type="button" className="button-secondary" disabled>
          Copy link
        </button>
        <button type="button" className="button-primary" disabled>
          Download .zip
        </button>
        <button type="button" className="button-secondary" disabled>
          Import…
        </button>
        <button type="button" className="button-secondary" disabled>
          Reset to defaults
        </button>
      </div>
      <p className="share-hint share-toolbar-hint" />
    </div>
  );
}
