/** The page's address without its fragment: the base every share link is built on. */
export function pageUrlWithoutHash(): string {
  return window.location.href.split('#')[0] ?? window.location.href;
}

import { rememberOwnLink, tabStorage } from './tab-session';

/** Puts `url` in the address bar without a new history entry (same document, so nothing reloads). */
export function replaceAddress(url: string): void {
  if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
  rememberOwnLink(tabStorage(), window.location.hash);
}
