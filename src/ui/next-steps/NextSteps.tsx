import { lazyComponent } from '../lazy-part';
import { useStoreSelector } from '../state/use-store-selector';
import { wizardStore } from '../state/wizard-store';
import { useNextSteps } from './next-steps-store';

// The panel, its deploy plan and the README helpers it prints from are a chunk of their own: only a download
// shows them. It gets the config from here: a module both chunks import would be split out and run before
// main.tsx makes zod jitless (the page's policy forbids eval).
const NextStepsPanel = lazyComponent(
  () => import('./NextStepsPanel').then((module) => module.NextStepsPanel),
  <p>Loading the next steps…</p>,
);

/** The next-steps panel once a download happened (fetched then). */
export function NextSteps() {
  const { shown } = useNextSteps();
  // The config only once shown: before a download a keystroke renders nothing here.
  const config = useStoreSelector(wizardStore.subscribe, wizardStore.getParsed, (parsed) =>
    shown ? parsed.config : undefined,
  );
  if (!shown || config === undefined) return null;
  return <NextStepsPanel config={config} />;
}
