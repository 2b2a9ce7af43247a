import { memo, useDeferredValue, useMemo } from 'react';
import type { ConfigWarning } from '../../knowledge/types';
import { applyPatch } from '../../knowledge/apply-fix';
import { explanationFor } from '../../knowledge/explanations';
import { FieldLink } from '../flow/FieldLink';
import { focusWhenRendered, useFlow } from '../flow/flow-store';
import { stepOfPath, type StepId } from '../flow/steps';
import { UndoBar } from '../NoticeBanner';
import { findingsFor } from '../state/findings';
import { useParsedConfig, wizardStore } from '../state/wizard-store';

const SEVERITY_LABEL: Record<ConfigWarning['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** Applies a one-click fix; the undo offer appears in this panel and takes the focus the fix button had. */
function applyFix(warning: ConfigWarning) {
  if (warning.fix === undefined) return;
  wizardStore.setDraft(applyPatch(wizardStore.getDraft(), warning.fix.patch), {
    undoLabel: warning.fix.label,
    undoPlace: 'checks',
  });
  focusWhenRendered('undo-checks', { scroll: 'nearest' });
}

/** One finding; the same finding object (findings are cached per config) does not render again. */
const Finding = memo(function Finding({ warning }: { warning: ConfigWarning }) {
  const link = explanationFor(warning.explanationKey).links[0];
  return (
    <li className={`warning warning-${warning.severity}`} data-warning-id={warning.id}>
      <span className="severity">{SEVERITY_LABEL[warning.severity]}</span>
      <p className="warning-message">{warning.message}</p>
      <div className="warning-actions">
        {warning.field !== undefined && <FieldLink path={warning.field}>Go to the field</FieldLink>}
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
});

const stepOf = (warning: ConfigWarning): StepId =>
  warning.field === undefined ? 'review' : stepOfPath(warning.field);

/**
 * What the knowledge rules say about this setup, most severe first, each with its doc link and one-click fix. In
 * the guided flow the current step's come first. While the form is invalid it says the checks are of the last
 * valid setup.
 */
export function WarningsPanel() {
  const { config: latest, valid } = useParsedConfig();
  // The rules run after the keystroke's frame, at the previews' pace.
  const config = useDeferredValue(latest);
  const { view, step } = useFlow();
  const warnings = findingsFor(config);
  // In the guided flow this step's findings come first; the others wait behind one disclosure, so the preview
  // stays near the step.
  const { here, elsewhere } = useMemo(() => {
    if (view === 'full') return { here: warnings, elsewhere: [] };
    return {
      here: warnings.filter((warning) => stepOf(warning) === step),
      elsewhere: warnings.filter((warning) => stepOf(warning) !== step),
    };
  }, [warnings, view, step]);
  return (
    <section className="warnings-panel" aria-labelledby="warnings-title">
      <h2 id="warnings-title">
        Checks <span className="count">{warnings.length === 0 ? 'all clear' : warnings.length}</span>
      </h2>
      {!valid && (
        <p className="stale-note">
          These checks are of your last valid settings: fix the form to update them.
        </p>
      )}
      <UndoBar place="checks" />
      {warnings.length === 0 ? (
        <p className="warnings-empty">No warnings for this setup.</p>
      ) : (
        <>
          {here.length > 0 && (
            <ul className="warning-list">
              {here.map((warning) => (
                <Finding key={warning.id} warning={warning} />
              ))}
            </ul>
          )}
          {here.length === 0 && view === 'guided' && <p className="warnings-empty">None on this step.</p>}
          {elsewhere.length > 0 && (
            <details className="warnings-elsewhere">
              <summary>
                {elsewhere.length} on other {elsewhere.length === 1 ? 'step' : 'steps'}
              </summary>
              <ul className="warning-list">
                {elsewhere.map((warning) => (
                  <Finding key={warning.id} warning={warning} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
