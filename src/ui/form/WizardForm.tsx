import { FullForm } from '../flow/FullForm';
import { GuidedFlow } from '../flow/GuidedFlow';
import { useFlow } from '../flow/flow-store';
import { ViewSwitch } from '../flow/ViewSwitch';
import { ErrorSummary } from './ErrorSummary';

/**
 * The form in the view the person chose (the guided steps, or every section at once): every field reads and
 * writes the store's draft, each only its own part of it (form-state.ts); nothing here knows a generator.
 */
export function WizardForm() {
  const { view: formView } = useFlow();
  return (
    <form
      className="wizard-form"
      aria-label="CloudFront setup"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <ViewSwitch />
      <ErrorSummary />
      {formView === 'guided' ? <GuidedFlow /> : <FullForm />}
    </form>
  );
}
