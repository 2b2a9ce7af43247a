import { useSyncExternalStore } from 'react';
import { jsonEqual } from '../../config/config-diff';
import type { ConfigIssue, PermalinkConfigResult } from '../../config/permalink';
import { parseConfig, type Config } from '../../config/schema';
import { startupContext } from './startup-context';

/**
 * What the review panel shows about a share link this page opened: the settings it brought (and the work it
 * replaced), or why it could not be opened and the part of it that can still be kept.
 */
export type LinkReview =
  | { kind: 'opened'; config: Config; replacedDraft?: unknown }
  | { kind: 'broken'; error: string; issues: ConfigIssue[]; validPart?: Config; keptDraft?: unknown };

/** Review state for a decoded link; undefined when there is nothing to review (same settings as saved work). */
export function reviewOfLink(link: PermalinkConfigResult, currentDraft: unknown): LinkReview | undefined {
  if (!link.ok) {
    return {
      kind: 'broken',
      error: link.error,
      issues: link.issues,
      ...(link.validPart === undefined ? {} : { validPart: link.validPart }),
      ...(currentDraft === undefined ? {} : { keptDraft: currentDraft }),
    };
  }
  // A reload of the page's own link (the hash follows every edit) brings nothing new: no review.
  const current = currentDraft === undefined ? undefined : parseConfig(currentDraft);
  if (current?.success === true && jsonEqual(current.data, link.config)) return undefined;
  return {
    kind: 'opened',
    config: link.config,
    ...(currentDraft === undefined ? {} : { replacedDraft: currentDraft }),
  };
}

type Listener = () => void;
const listeners = new Set<Listener>();
let review: LinkReview | undefined;
let started = false;
// Read on first use, not when this module loads: it can load while the page still reads how it was opened (it
// shares a chunk with the link decoder).
const current = (): LinkReview | undefined => {
  if (!started) {
    started = true;
    review =
      startupContext.link === undefined
        ? undefined
        : reviewOfLink(startupContext.link, startupContext.savedDraft);
  }
  return review;
};

export const linkReviewStore = {
  get: current,
  set(next: LinkReview | undefined): void {
    started = true;
    review = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLinkReview(): LinkReview | undefined {
  return useSyncExternalStore(linkReviewStore.subscribe, linkReviewStore.get, linkReviewStore.get);
}
