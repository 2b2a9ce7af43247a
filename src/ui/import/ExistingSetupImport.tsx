import { useId, useState } from 'react';
import { MAX_EXPORT_CHARS } from '../../import';
import { wizardStore } from '../state/wizard-store';
import { analyseExisting, type ExistingAnalysis } from './analyse-existing';
import { FindingList } from './FindingList';
import { FixedConfigReview } from './FixedConfigReview';
import './import.css';

export const IMPORT_FIXED_UNDO_LABEL = 'Import the fixed setup';

/**
 * Import an existing setup: the distribution export or template (pasted or chosen) and, optionally, Django
 * settings lines; shows what is wrong with it and, after a review of the differences, replaces the form with
 * the fixed configuration (undoable).
 */
export default function ExistingSetupImport({ onDone }: { onDone: () => void }) {
  const headingId = useId();
  const distributionId = useId();
  const fileId = useId();
  const settingsId = useId();
  const [distribution, setDistribution] = useState('');
  const [settings, setSettings] = useState('');
  const [analysis, setAnalysis] = useState<ExistingAnalysis>();

  const chooseFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_EXPORT_CHARS) {
      setAnalysis({ ok: false, error: `${file.name} is larger than any distribution config or template.` });
      return;
    }
    setDistribution(await file.text());
  };
  const applyFixed = (result: Extract<ExistingAnalysis, { ok: true }>) => {
    wizardStore.setDraft(result.mapping.config, { undoLabel: IMPORT_FIXED_UNDO_LABEL });
    onDone();
  };

  return (
    <section className="existing-import" aria-labelledby={headingId}>
      <h3 id={headingId}>Import an existing CloudFront distribution</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAnalysis(analyseExisting(distribution, settings));
        }}
      >
        <label htmlFor={distributionId}>
          Your distribution: the output of <code>aws cloudfront get-distribution-config --id …</code>, or a
          CloudFormation template (YAML or JSON)
        </label>
        <textarea
          id={distributionId}
          rows={6}
          spellCheck={false}
          value={distribution}
          onChange={(event) => setDistribution(event.target.value)}
          placeholder='{ "ETag": "…", "DistributionConfig": { … } }'
        />
        <label htmlFor={fileId}>Or choose the file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.yaml,.yml,.template,application/json"
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
        <label htmlFor={settingsId}>
          Optional: the relevant lines of your Django settings (read as text, never run)
        </label>
        <textarea
          id={settingsId}
          rows={4}
          spellCheck={false}
          value={settings}
          onChange={(event) => setSettings(event.target.value)}
          placeholder={'ALLOWED_HOSTS = ["www.example.com"]\nUSE_X_FORWARDED_HOST = True'}
        />
        <div className="share-dialog-actions">
          <button type="submit" className="button-primary">
            Check my setup
          </button>
        </div>
      </form>
      {analysis === undefined ? null : analysis.ok ? (
        <div className="existing-result">
          <h3>What your setup does</h3>
          <FindingList findings={analysis.diagnosis.findings} />
          <h3>The fixed configuration</h3>
          <FixedConfigReview
            mapping={analysis.mapping}
            unread={analysis.setup.unread}
            assumptions={analysis.diagnosis.assumptions}
          />
          <div className="share-dialog-actions">
            <button type="button" className="button-primary" onClick={() => applyFixed(analysis)}>
              Use the fixed configuration
            </button>
          </div>
        </div>
      ) : (
        <p role="alert" className="share-error">
          {analysis.error} Nothing was replaced.
        </p>
      )}
    </section>
  );
}
