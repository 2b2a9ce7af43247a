import { saveDraft } from '../../config/startup';
import type { WizardStore } from '../state/wizard-store';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the form draft to storage shortly after each change (and at once when the page is hidden or closed, so a
 * reload right after typing keeps the last keystroke). Returns a function that stops it.
 */
export function startAutosave(
  store: Pick<WizardStore, 'getDraft' | 'subscribe'>,
  storage: Storage | undefined,
  delayMs: number = AUTOSAVE_DELAY_MS,
): () => void {
  let lastSaved = store.getDraft();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const draft = store.getDraft();
    if (draft === lastSaved) return;
    if (saveDraft(storage, draft)) lastSaved = draft;
  };

  const unsubscribe = store.subscribe(() => {
    if (store.getDraft() === lastSaved) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => flush();
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
