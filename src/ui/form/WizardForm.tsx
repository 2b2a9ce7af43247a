import { useDeferredValue, useMemo } from 'react';
import { listDifferences } from '../../config/config-diff';
import { FullForm } from '../flow/FullForm';
import { GuidedFlow } from '../flow/GuidedFlow';
import { useFlow } from '../flow/flow-store';
import { ViewSwitch } from '../flow/ViewSwitch';
import { findingsByField, findingsFor } from '../state/findings';
import { useParsedConfig, useWizardDraft } from '../state/wizard-store';
import { ErrorSummary } from './ErrorSummary';
import { FormContext } from './form-context';
import { formViewConfig } from './form-view';

const NO_FINDINGS = { all: [], byField: new Map() } as const;

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
  // The Checks' findings at the fields follow the previews' pace (deferred), and only for a valid form: an
  // invalid one would show the findings of a setup that is no longer on screen.
  const checked = useDeferredValue(config);
  const findings = useMemo(() => {
    if (!valid) return NO_FINDINGS;
    const all = findingsFor(checked);
    return { all, byField: findingsByField(all) };
  }, [valid, checked]);
  const context = useMemo(
    () => ({ draft, errors, view, changed, findings: findings.byField, allFindings: findings.all }),
    [draft, errors, view, changed, findings],
  );
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
