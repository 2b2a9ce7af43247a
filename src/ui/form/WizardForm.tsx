import { useMemo } from 'react';
import { listDifferences } from '../../config/config-diff';
import { FullForm } from '../flow/FullForm';
import { GuidedFlow } from '../flow/GuidedFlow';
import { useFlow } from '../flow/flow-store';
import { ViewSwitch } from '../flow/ViewSwitch';
import { useParsedConfig, useWizardDraft } from '../state/wizard-store';
import { ErrorSummary } from './ErrorSummary';
import { FormContext } from './form-context';
import { formViewConfig } from './form-view';

/**
 * The form in the view the person chose (the guided steps, or every section at once): every field reads and
 * writes the store's draft; nothing here knows a generator.
 */
export function WizardForm() {
  const draft = useWizardDraft();
  const { config, errors, valid } = useParsedConfig();
  const { view: formView } = useFlow();
  const view = useMemo(() => formViewConfig(config, draft), [config, draft]);
  const changed = useMemo(() => listDifferences(config).map((difference) => difference.path), [config]);
  const context = useMemo(() => ({ draft, errors, view, changed }), [draft, errors, view, changed]);
  return (
    <FormContext.Provider value={context}>
      <form
        className="wizard-form"
        aria-label="CloudFront setup"
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <ViewSwitch />
        <ErrorSummary errors={errors} valid={valid} />
        {formView === 'guided' ? <GuidedFlow /> : <FullForm />}
      </form>
    </FormContext.Provider>
  );
}
