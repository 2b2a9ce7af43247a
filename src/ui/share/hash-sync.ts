import { decodePermalinkToConfig, findPermalinkValue } from '../../config/permalink';
import { UNCHECKED_LINK_NOTICE } from '../../config/startup';
import { flowStore } from '../flow/flow-store';
import type { WizardStore } from '../state/wizard-store';
import { traceStore } from '../trace/trace-store';
import { linkReviewStore, reviewOfLink } from './link-review';
import { pageUrlWithoutHash, replaceAddress } from './page-url';
import { shareUrl } from './share-url';

export const HASH_SYNC_DELAY_MS = 300;
export const OPEN_LINK_UNDO_LABEL = 'Open the shared link';

/** Notice text for a link that could not be opened, naming each invalid field and why. */
export function brokenLinkNotice(error: string, issues: { path: string; message: string }[]) {
  return {
    kind: 'error' as const,
    text: `The shared link could not be opened: ${error} Your current work was kept.`,
    ...(issues.length > 0
      ? { details: issues.map((issue) => `${issue.path || '(config)'}: ${issue.message}`) }
      : {}),
  };
}

/**
 * Keeps the address bar's `#c=…` equal to the form's config (debounced, without history entries). While the
 * form is invalid the fragment is removed. A reload inside the delay reloads the older link (a replaceState in
 * pagehide does not change what reloads, seen in Chromium); the tab session then restores the newer draft.
 * A link pasted into the address bar of the open page is opened like at startup (undoable; a broken one keeps
 * the current work and says why).
 */
export function startHashSync(
  store: Pick<WizardStore, 'getDraft' | 'getParsed' | 'setDraft' | 'setNotice' | 'subscribe'>,
  delayMs: number = HASH_SYNC_DELAY_MS,
  /** The address bar's link is older than the form already (started late, or a tab draft restored): follow soon. */
  { linkIsStale = false }: { linkIsStale?: boolean } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDraft = store.getDraft();

  const writeHash = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const parsed = store.getParsed();
    replaceAddress(parsed.valid ? shareUrl(parsed.config) : pageUrlWithoutHash());
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(writeHash, delayMs);
  };

  if (linkIsStale) schedule();
  const unsubscribe = store.subscribe(() => {
    const draft = store.getDraft();
    if (draft === lastDraft) return; // a notice or undo-label change: the config is the same
    lastDraft = draft;
    schedule();
  });
  // The request the Request flow traces travels in the link too.
  const unsubscribeTrace = traceStore.subscribe(schedule);

  const openPastedLink = () => {
    const hash = window.location.hash;
    if (findPermalinkValue(hash) === undefined) return;
    const parsed = store.getParsed();
    if (parsed.valid && shareUrl(parsed.config) === window.location.href) return;
    const link = decodePermalinkToConfig(hash);
    const current = store.getDraft();
    linkReviewStore.set(reviewOfLink(link, current));
    traceStore.openFromLink(hash);
    if (link.ok) {
      store.setDraft(link.config, { undoLabel: OPEN_LINK_UNDO_LABEL });
      store.setNotice(link.unchecked ? { kind: 'info', text: UNCHECKED_LINK_NOTICE } : undefined);
      flowStore.landOnReview();
    } else {
      store.setNotice(brokenLinkNotice(link.error, link.issues));
    }
  };

  window.addEventListener('hashchange', openPastedLink);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    unsubscribeTrace();
    window.removeEventListener('hashchange', openPastedLink);
  };
}
