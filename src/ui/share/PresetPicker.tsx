import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { loadAllPresets, type PresetResult } from '../../config/presets';
import { flowStore } from '../flow/flow-store';
import { wizardStore } from '../state/wizard-store';

export const PRESETS_QUERY_KEY = ['presets'] as const;

/** Replaces the form with one of the example setups in public/presets (undoable). */
export function PresetPicker() {
  const selectId = useId();
  const descriptionId = useId();
  const [selectedFile, setSelectedFile] = useState('');
  const query = useQuery({
    queryKey: PRESETS_QUERY_KEY,
    // Relative to the page, so the app works from any sub-path (vite base './').
    queryFn: () => loadAllPresets(document.baseURI),
    staleTime: Infinity,
  });
  const presets: PresetResult[] = query.data ?? [];
  const selected = presets.find((preset) => preset.file === selectedFile);
  const broken = presets.filter((preset) => !preset.ok);

  const load = () => {
    if (selected?.ok !== true) return;
    wizardStore.setDraft(selected.config, { undoLabel: `Load preset ${selected.name}` });
    // A preset is a whole setup: the guided flow shows it for review.
    flowStore.landOnReview();
  };

  return (
    <section className="share-presets" aria-label="Presets">
      <div className="share-presets-row">
        <label htmlFor={selectId}>Start from a preset</label>
        <select
          id={selectId}
          value={selectedFile}
          onChange={(event) => setSelectedFile(event.target.value)}
          disabled={query.isPending}
          aria-describedby={descriptionId}
        >
          <option value="">{query.isPending ? 'Loading presets…' : 'Choose a preset…'}</option>
          {presets.map((preset) => (
            <option key={preset.file} value={preset.file} disabled={!preset.ok}>
              {preset.ok ? preset.name : `${preset.name} (cannot be loaded)`}
            </option>
          ))}
        </select>
        <button type="button" className="button-primary" onClick={load} disabled={selected?.ok !== true}>
          Load preset
        </button>
      </div>
      <p id={descriptionId} className="share-hint">
        {selected?.ok === true
          ? selected.description
          : 'Loading a preset replaces every field; you can undo it until you edit a field.'}
      </p>
      {query.isError ? (
        <p role="alert" className="share-error">
          Presets could not be loaded: {query.error.message}
        </p>
      ) : null}
      {broken.length > 0 ? (
        <div role="alert" className="share-error">
          {broken.map((preset) =>
            preset.ok ? null : (
              <div key={preset.file}>
                <p>
                  Preset {preset.name} ({preset.file}) is invalid and was left out:
                </p>
                <ul>
                  {preset.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </div>
      ) : null}
    </section>
  );
}
