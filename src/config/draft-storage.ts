import type { Config } from './schema';
import type { PermalinkConfigResult } from './permalink';

/** localStorage key of the autosaved form draft (bump the suffix if the draft's shape ever changes). */
export const DRAFT_STORAGE_KEY = 'cfdw:draft:v1';
/** A stored draft larger than this is ignored (a real one is about 2 kB). */
const MAX_STORED_DRAFT_CHARS = 200_000;

/** What the page says after opening a format 1 link: it carried no checksum, so a changed character could hide. */
export const UNCHECKED_LINK_NOTICE =
  'Opened the configuration from the shared link. It is an older link without a checksum: check the settings before you deploy.';

export interface StartupNotice {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
}

export interface InitialDraft {
  /** What the form starts with: a Config from a link, the autosaved draft (possibly invalid), or the defaults. */
  draft: unknown;
  notice?: StartupNotice;
  /**
   * When the link was invalid: its settings with the invalid ones back at their defaults, so the UI can offer
   * "keep the valid part of the link" instead of the autosaved draft.
   */
  linkValidPart?: unknown;
}

/**
 * The form's first state from what the page found: a decoded permalink wins; an invalid one keeps the autosaved
 * draft and says which fields were wrong. Otherwise the autosaved draft, otherwise `defaults`. No schema needed:
 * the link was decoded by whoever found it.
 */
export function draftAtStartup({
  saved,
  link,
  defaults,
}: {
  saved: unknown;
  link: PermalinkConfigResult | undefined;
  defaults: Config;
}): InitialDraft {
  const fallback = saved ?? defaults;
  if (link === undefined) return { draft: fallback };
  if (link.ok) {
    const text = link.unchecked ? UNCHECKED_LINK_NOTICE : 'Opened the configuration from the shared link.';
    return { draft: link.config, notice: { kind: 'info', text } };
  }
  const kept = saved === undefined ? 'the default settings are shown' : 'your saved draft is shown';
  return {
    draft: fallback,
    notice: {
      kind: 'error',
      text: `The shared link could not be opened: ${link.error} Instead, ${kept}.`,
      ...(link.issues.length > 0
        ? { details: link.issues.map((issue) => `${issue.path || '(config)'}: ${issue.message}`) }
        : {}),
    },
    ...(link.validPart === undefined ? {} : { linkValidPart: link.validPart }),
  };
}

/** The autosaved draft, if storage holds a readable one. */
export function loadDraft(storage: Storage | undefined): unknown {
  try {
    const text = storage?.getItem(DRAFT_STORAGE_KEY);
    if (typeof text !== 'string' || text.length > MAX_STORED_DRAFT_CHARS) return undefined;
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Autosaves the form draft; returns false when storage is missing, full or refused (private mode). */
export function saveDraft(storage: Storage | undefined, draft: unknown): boolean {
  if (storage === undefined) return false;
  try {
    const text = JSON.stringify(draft);
    if (text === undefined || text.length > MAX_STORED_DRAFT_CHARS) return false;
    storage.setItem(DRAFT_STORAGE_KEY, text);
    return true;
  } catch {
    return false;
  }
}
