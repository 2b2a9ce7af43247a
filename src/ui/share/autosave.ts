import { DRAFT_STORAGE_KEY, saveDraft } from '../../config/draft-storage';
import { jsonEqual } from '../../config/json-diff';
import type { WizardStore } from '../state/wizard-store';
import { saveTabDraft } from './tab-session';

export const AUTOSAVE_DELAY_MS = 400;

export type OtherTabChoice = 'keep-mine' | 'take-theirs';

/** No draft: what autosave compares with when storage holds nothing of this form yet. */
const UNSAVED = Symbol('unsaved');

/** What autosave tells the page, so it never fails or overwrites in silence. */
export interface AutosaveEvents {
  /** Storage refused the draft (full, or turned off): the work lives only in this page for now. */
  onSaveFailed?(): void;
  /** A save worked (after a failure, the page can take its warning down). */
  onSaved?(): void;
  /**
   * Another tab saved a different draft. Saving from this tab waits until `decide` is called: keep this tab's
   * draft (saved over theirs at once), or take theirs (the caller puts it in the form; saving resumes from it).
   */
  onOtherTabSaved?(theirs: unknown, decide: (choice: OtherTabChoice) => void): void;
}

function parseStored(text: string | null): unknown {
  try {
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

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
  events: AutosaveEvents = {},
  /** Storage does not hold the form's draft yet (started late, or a tab draft restored): it is saved soon. */
  { unsaved = false }: { unsaved?: boolean } = {},
): () => void {
  const start = unsaved ? UNSAVED : store.getDraft();
  let lastSaved: unknown = start;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while another tab's newer draft waits for the person's choice. */
  let heldForOtherTab = false;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const draft = store.getDraft();
    if (draft === lastSaved || heldForOtherTab) return;
    if (saveDraft(storage, draft)) {
      lastSaved = draft;
      events.onSaved?.();
    } else {
      events.onSaveFailed?.();
    }
  };

  let lastTabDraft: unknown = start;
  const onChange = () => {
    const draft = store.getDraft();
    if (draft !== lastTabDraft) {
      lastTabDraft = draft;
      saveTabDraft(tabStorage, draft);
    }
    if (draft === lastSaved) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const unsubscribe = store.subscribe(onChange);
  if (unsaved) onChange();
  const onHide = () => flush();
  // The storage event fires in every other tab of this origin when one tab writes.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== DRAFT_STORAGE_KEY || event.storageArea !== storage) return;
    const theirs = parseStored(event.newValue);
    if (theirs === undefined || jsonEqual(theirs, store.getDraft())) return;
    heldForOtherTab = true;
    events.onOtherTabSaved?.(theirs, (choice) => {
      heldForOtherTab = false;
      if (choice === 'take-theirs') {
        lastSaved = store.getDraft();
        return;
      }
      lastSaved = undefined;
      flush();
    });
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onHide);

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onHide);
  };
}
