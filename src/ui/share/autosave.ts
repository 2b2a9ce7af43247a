import { saveDraft } from '../../config/startup';
import type { WizardStore } from '../state/wizard-store';
import { saveTabDraft } from './tab-session';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the form draft to `storage` shortly after each change, and at once when the page is hidden or closed.
 * This tab's copy goes to `tabStorage` on every change, unbatched: a reload can start reading storage before
 * the old page's last writes land, so the copy a reload restores must not wait for a timer. Returns a stop
 * function.
 */
export function startAutosave(
  store: Pick<WizardStore, 'getDraft' | 'subscribe'>,
  storage: Storage | undefined,
  tabStorage: Storage | undefined,
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

  let lastTabDraft = store.getDraft();
  const unsubscribe = store.subscribe(() => {
    const draft = store.getDraft();
    if (draft !== lastTabDraft) {
      lastTabDraft = draft;
      saveTabDraft(tabStorage, draft);
    }
    if (draft === lastSaved) return;
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
