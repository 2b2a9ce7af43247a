import { useMemo } from 'react';
import { listDifferences } from '../../config/config-diff';
import { useParsedConfig, useWizardDraft } from '../state/wizard-store';
import { ErrorSummary } from './ErrorSummary';
import { FormContext } from './form-context';
import { formViewConfig } from './form-view';
import {
  CachingSection,
  DistributionSection,
  DjangoSection,
  DomainsSection,
  OriginSection,
  OutputSection,
  SecuritySection,
} from './sections';

/** The whole form: every field reads and writes the store's draft; nothing here knows a generator. */
export function WizardForm() {
  const draft = useWizardDraft();
  const { config, errors, valid } = useParsedConfig();
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
        <ErrorSummary errors={errors} valid={valid} />
        <DomainsSection />
        <OriginSection />
        <CachingSection />
        <SecuritySection />
        <DistributionSection />
        <DjangoSection />
        <OutputSection />
      </form>
    </FormContext.Provider>
  );
}
