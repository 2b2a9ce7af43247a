import { loadDraft, saveDraft } from '../../config/draft-storage';
import { jsonEqual } from '../../config/json-diff';
import type { WizardStore } from '../state/wizard-store';

/**
 * Per-tab memory in sessionStorage (it survives a reload of the tab, not a new tab): the link this tab last put
 * in its address bar, and this tab's latest draft. The address bar's link lags the form by the sync delay, so on
 * a reload of the tab's own link the tab's draft is the newer truth; a link from elsewhere still wins.
 */
const OWN_LINK_KEY = 'cfdw:own-link:v1';

export function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

/** Records the fragment this tab wrote into its own address bar. */
export function rememberOwnLink(storage: Storage | undefined, hash: string): void {
  try {
    storage?.setItem(OWN_LINK_KEY, hash);
  } catch {
    // Storage full or refused: a reload then follows the address bar, as without this memory.
  }
}

/** Saves this tab's draft (next to the cross-tab autosave). */
export function saveTabDraft(storage: Storage | undefined, draft: unknown): void {
  saveDraft(storage, draft);
}

/** This tab's draft when the page is a reload of the tab's own address (no link, or the link it wrote). */
export function tabDraftOnReload(storage: Storage | undefined, hash: string): unknown {
  try {
    const ownLink = storage?.getItem(OWN_LINK_KEY) ?? undefined;
    const isOwnAddress = hash === '' || hash === '#' || (ownLink !== undefined && hash === ownLink);
    return isOwnAddress ? loadDraft(storage) : undefined;
  } catch {
    return undefined;
  }
}

/** Puts the tab's newer draft back after a reload (no undo entry: nothing the person did is replaced). */
export function restoreTabDraft(store: Pick<WizardStore, 'getDraft' | 'setDraft'>, tabDraft: unknown): void {
  if (tabDraft !== undefined && !jsonEqual(store.getDraft(), tabDraft)) store.setDraft(tabDraft);
}
