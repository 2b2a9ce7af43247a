import { useMemo } from 'react';
import { useFormErrors } from '../form/form-state';
import { useFindings } from '../state/FindingsProvider';
import { errorIsShown, flowStore, useFlow } from './flow-store';
import { statusSymbols, statusWords, stepStatuses } from './step-status';
import { STEPS } from './steps';

/** The steps, the current one marked, each with what needs a look on it (errors, fields to fill, warnings). */
export function StepList() {
  const flow = useFlow();
  const { errors, values } = useFormErrors();
  const { all: allFindings, ready } = useFindings();
  const statuses = useMemo(
    () =>
      stepStatuses(
        Object.keys(errors).map((path) => ({
          path,
          shown: errorIsShown(flow, path, values[path]),
        })),
        allFindings,
      ),
    [errors, values, flow, allFindings],
  );
  return (
    <nav className="step-list" aria-label="Setup steps">
      <ol>
        {STEPS.map((step, index) => {
          const status = statuses[step.id];
          const words = statusWords(status);
          const tone =
            status.errors > 0 ? 'error' : status.toFill > 0 || status.warnings > 0 ? 'warning' : 'ok';
          const current = step.id === flow.step;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={`step-button step-${tone}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => flowStore.goToStep(step.id)}
              >
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="step-title">
                  <span className="step-title-wide">{step.short}</span>
                  <span className="step-title-tiny" aria-hidden="true">
                    {step.tiny}
                  </span>
                </span>
                {/* Until the Checks' rules arrive, the badge's line is held, so the steps do not grow then. */}
                {words === '' && !ready && (
                  <span className="step-badge step-badge-pending" aria-hidden="true">
                    &nbsp;
                  </span>
                )}
                {words !== '' && (
                  <span className="step-badge">
                    <span className="step-badge-words">
                      <span className="visually-hidden">: </span>
                      {words}
                    </span>
                    <span className="step-badge-symbols" aria-hidden="true">
                      {statusSymbols(status)}
                    </span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
