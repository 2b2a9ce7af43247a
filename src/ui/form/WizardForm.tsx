import { useMemo } from 'react';
import { useParsedConfig, useWizardDraft } from '../state/wizard-store';
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
  const context = useMemo(() => ({ draft, errors, view }), [draft, errors, view]);
  const errorCount = Object.keys(errors).length;
  return (
    <FormContext.Provider value={context}>
      <form
        className="wizard-form"
        aria-label="CloudFront setup"
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <p className={`form-status ${valid ? 'ok' : 'invalid'}`} role="status">
          {valid
            ? 'All settings are valid: the previews show this setup.'
            : `${errorCount} ${errorCount === 1 ? 'field needs' : 'fields need'} attention; the previews show the last valid setup.`}
        </p>
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
