import { fieldId } from '../jump';
import { wizardStore } from '../state/wizard-store';
import { flowStore, focusWhenRendered } from './flow-store';
import { STEPS, stepOfPath, type StepId } from './steps';

/** Back and Next. Next stays on a step whose fields are invalid, shows why and puts the cursor on the first. */
export function StepNav({ step }: { step: StepId }) {
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const onNext = () => {
    if (next === undefined) return;
    const invalid = Object.keys(wizardStore.getParsed().errors).find((path) => stepOfPath(path) === step);
    if (invalid !== undefined) {
      flowStore.reveal(step);
      focusWhenRendered(fieldId(invalid));
      return;
    }
    flowStore.goToStep(next.id);
  };
  return (
    <div className="step-nav">
      {previous !== undefined && (
        <button type="button" className="button-secondary" onClick={() => flowStore.goToStep(previous.id)}>
          Back
        </button>
      )}
      {next !== undefined && (
        <button type="button" className="button-primary" onClick={onNext}>
          Next: {next.title}
        </button>
      )}
    </div>
  );
}
