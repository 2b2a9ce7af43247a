import { useDeferredValue, useMemo } from 'react';
import type { Config } from '../../config/schema';
import type { ConfigWarning } from '../../knowledge/types';
import { applyPatch } from '../../knowledge/apply-fix';
import { explanationFor } from '../../knowledge/explanations';
import { warningsFor } from '../../knowledge/warnings';
import { fieldId, jumpTo } from '../jump';
import { wizardStore } from '../state/wizard-store';

const SEVERITY_ORDER: Record<ConfigWarning['severity'], number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<ConfigWarning['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

function applyFix(warning: ConfigWarning) {
  if (warning.fix === undefined) return;
  wizardStore.setDraft(applyPatch(wizardStore.getDraft(), warning.fix.patch), {
    undoLabel: warning.fix.label,
  });
}

/** What the knowledge rules say about this setup, most severe first, each with its doc link and one-click fix. */
export function WarningsPanel({ config: latest }: { config: Config }) {
  const config = useDeferredValue(latest);
  const warnings = useMemo(
    () => [...warningsFor(config)].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [config],
  );
  return (
    <section className="warnings-panel" aria-labelledby="warnings-title">
      <h2 id="warnings-title">
        Checks <span className="count">{warnings.length === 0 ? 'all clear' : warnings.length}</span>
      </h2>
      {warnings.length === 0 ? (
        <p className="warnings-empty">No warnings for this setup.</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((warning) => {
            const link = explanationFor(warning.explanationKey).links[0];
            return (
              <li
                key={warning.id}
                className={`warning warning-${warning.severity}`}
                data-warning-id={warning.id}
              >
                <span className="severity">{SEVERITY_LABEL[warning.severity]}</span>
                <p className="warning-message">{warning.message}</p>
                <div className="warning-actions">
                  {warning.field !== undefined && (
                    <a href={`#${fieldId(warning.field)}`} onClick={jumpTo}>
                      Go to the field
                    </a>
                  )}
                  {link !== undefined && (
                    <a href={link.url} target="_blank" rel="noreferrer noopener">
                      {link.title}
                    </a>
                  )}
                  {warning.fix !== undefined && (
                    <button type="button" className="button-primary" onClick={() => applyFix(warning)}>
                      {warning.fix.label}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
