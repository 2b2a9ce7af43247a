import { loadDraft } from '../../config/draft-storage';
import type { PermalinkConfigResult } from '../../config/permalink';
import { findPermalinkValue } from '../../config/permalink-fragment';
import { tabDraftOnReload, tabStorage } from './tab-session';

/**
 * How the page was opened, read once when this module loads (before the toolbar rewrites the address bar or
 * autosave writes storage): the share link in the address, if any, and the draft saved before it.
 */
export interface StartupContext {
  /** The decoded link when the page opened with a `#c=…` fragment. */
  link?: PermalinkConfigResult;
  /** The autosaved draft from an earlier visit (what a link replaced, or what a broken link kept). */
  savedDraft?: unknown;
  /** Set when the page is a reload of this tab's own address: the tab's latest draft, newer than the link. */
  tabDraft?: unknown;
}

/**
 * Reads the startup context. Only a page opened with a link waits for the permalink decoder (and the schema it
 * validates with): without one nothing is fetched before the form shows.
 */
export async function readStartupContext(
  hash: string,
  storage: Storage | undefined,
  sessionStorage?: Storage,
): Promise<StartupContext> {
  const tabDraft = tabDraftOnReload(sessionStorage, hash);
  if (tabDraft !== undefined) return { tabDraft };
  const savedDraft = loadDraft(storage);
  const link =
    findPermalinkValue(hash) === undefined
      ? undefined
      : (await import('../../config/permalink')).decodePermalinkToConfig(hash);
  return {
    ...(link === undefined ? {} : { link }),
    ...(savedDraft === undefined ? {} : { savedDraft }),
  };
}

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

/** How this page was opened; read by `readPageStartup()` before the page renders (empty outside a browser). */
export let startupContext: StartupContext = {};

/**
 * Reads how the page was opened, once, before it renders (main.tsx): a page opened with a link waits for its
 * decoder. Not a top-level await: the decoder's chunk imports from the first chunk, which would then wait for
 * itself.
 */
export async function readPageStartup(): Promise<void> {
  if (typeof window === 'undefined') return;
  startupContext = await readStartupContext(window.location.hash, browserStorage(), tabStorage());
}
