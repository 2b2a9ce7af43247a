/**
 * What the preset picker looks like while its chunk loads (its own "Loading presets…" state): the same box, so
 * the form under it does not move when the picker arrives.
 */
export function PresetPickerPlaceholder() {
  return (
    <section className="share-presets" aria-label="Presets" aria-busy="true">
      <div className="share-presets-row">
        <label htmlFor="preset-placeholder">Start from a preset</label>
        <select id="preset-placeholder" disabled>
          <option>Loading presets…</option>
        </select>
        <button type="button" className="button-primary" disabled>
          Load preset
        </button>
      </div>
      <p className="share-hint">
        Loading a preset replaces every field; you can undo it until you edit a field.
      </p>
    </section>
  );
}
