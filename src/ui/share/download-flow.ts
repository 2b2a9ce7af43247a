import type { Config } from '../../config/schema';
import { flowStore } from '../flow/flow-store';
import { nextStepsStore } from '../next-steps/next-steps-store';
import { previewStore } from '../preview/preview-store';
import { wizardStore } from '../state/wizard-store';
import { confirmFindings } from './confirm-findings';
import { downloadBundle } from './download-bundle';

/**
 * Download, as a person expects it: asked first when the Checks find an error, then the zip, then the page says
 * what to do next (the deploy order, for the infrastructure target on screen or last looked at).
 */
export async function startDownload(config: Config): Promise<void> {
  if (!(await confirmFindings(config, 'download'))) return;
  try {
    await downloadBundle(config);
  } catch (error) {
    wizardStore.setNotice({
      kind: 'error',
      text: `The bundle could not be built: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  nextStepsStore.set({ shown: true, target: previewStore.deployTarget(), wantsFocus: true });
  if (flowStore.get().view === 'guided') flowStore.goToStep('review', { focus: false });
}
