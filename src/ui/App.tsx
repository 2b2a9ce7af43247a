import { useEffect } from 'react';
import { useFlow } from './flow/flow-store';
import { WizardForm } from './form/WizardForm';
import { jumpTo } from './jump';
import { NextSteps } from './next-steps/NextSteps';
import { NoticeBanner, UndoBar } from './NoticeBanner';
import { lazyPart } from './lazy-part';
import { loadGenerators } from './preview/generators-chunk';
import { PresetPickerPlaceholder } from './share/PresetPickerPlaceholder';
import { ShareToolbarPlaceholder } from './share/ShareToolbarPlaceholder';
import { SlotBoundary } from './SlotBoundary';
import { loadConfigParser } from './state/config-parser';
import { FindingsProvider } from './state/FindingsProvider';

// Fetched as soon as the first render asks for them, in parallel, after the form's chunk; each holds its place
// with a box of its size meanwhile.
const ShareToolbar = lazyPart(
  () => import('./share/ShareToolbar'),
  'ShareToolbar',
  <ShareToolbarPlaceholder />,
);
const PresetPickerPanel = lazyPart(
  () => import('./share/PresetPickerPanel'),
  'PresetPickerPanel',
  <PresetPickerPlaceholder />,
);
const SharedConfigReview = lazyPart(() => import('./share/SharedConfigReview'), 'SharedConfigReview', null);
const WarningsPanel = lazyPart(
  () => import('./warnings/WarningsPanel'),
  'WarningsPanel',
  <section className="warnings-panel" aria-busy="true">
    <h2>Checks</h2>
    <p className="warnings-empty">Checking the settings…</p>
  </section>,
);
// The generators' chunk is fetched beside the panel's, not after it.
const PreviewPanel = lazyPart(
  () => Promise.all([import('./preview/PreviewPanel'), loadGenerators()]).then(([module]) => module),
  'PreviewPanel',
  <section className="preview-panel" aria-busy="true">
    <p className="preview-empty">Loading the generators…</p>
  </section>,
);

/** The page. It reads no config itself: each part subscribes to what it shows, so a keystroke renders only those. */
export function App() {
  const { view, step } = useFlow();
  // The schema's chunk, once the form has rendered: its messages follow a moment later.
  useEffect(() => void loadConfigParser(), []);
  return (
    <>
      <a className="skip-link" href="#wizard-form-start" onClick={jumpTo}>
        Skip to the form
      </a>
      <a className="skip-link" href="#generated-files" onClick={jumpTo}>
        Skip to the checks and generated files
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>CloudFront Django Wizard</h1>
          <p>CloudFront in front of Django on API Gateway, Lambda, a load balancer or any HTTPS origin.</p>
        </div>
        <div className="header-actions">
          <SlotBoundary name="The share toolbar">
            <ShareToolbar />
          </SlotBoundary>
        </div>
      </header>
      <div className="banners">
        <NoticeBanner />
        <UndoBar place="banner" />
      </div>
      <main className="layout">
        <div className="form-column" id="wizard-form-start" tabIndex={-1}>
          <SlotBoundary name="The shared configuration review">
            <SharedConfigReview />
          </SlotBoundary>
          {view === 'full' && <NextSteps />}
          {(view === 'full' || step === 'site') && (
            <SlotBoundary name="The preset picker">
              <PresetPickerPanel />
            </SlotBoundary>
          )}
          <a className="mobile-jump" href="#generated-files" onClick={jumpTo}>
            Jump to the checks and generated files
          </a>
          <FindingsProvider>
            <WizardForm />
          </FindingsProvider>
        </div>
        <div className="output-column" id="generated-files" tabIndex={-1}>
          <WarningsPanel />
          <PreviewPanel />
        </div>
      </main>
    </>
  );
}
