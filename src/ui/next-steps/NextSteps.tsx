import { lazy, Suspense } from 'react';
import { useNextSteps } from './next-steps-store';

// The panel, its deploy plan and the README helpers it prints from are a chunk of their own: only a download
// shows them.
const NextStepsPanel = lazy(async () => ({ default: (await import('./NextStepsPanel')).NextStepsPanel }));

/** The next-steps panel once a download happened (fetched then). */
export function NextSteps() {
  const { shown } = useNextSteps();
  if (!shown) return null;
  return (
    <Suspense fallback={<p>Loading the next steps…</p>}>
      <NextStepsPanel />
    </Suspense>
  );
}
