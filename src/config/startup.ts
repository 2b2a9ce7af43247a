import { draftAtStartup, loadDraft, type InitialDraft } from './draft-storage';
import { decodePermalinkToConfig, findPermalinkValue } from './permalink';
import { defaultConfig } from './schema';

// Reading and writing the draft needs no schema (draft-storage.ts): the page does it before zod loads.
export {
  DRAFT_STORAGE_KEY,
  UNCHECKED_LINK_NOTICE,
  draftAtStartup,
  loadDraft,
  saveDraft,
  type InitialDraft,
  type StartupNotice,
} from './draft-storage';

/**
 * The form's first state. A permalink in the hash wins; an invalid one keeps the autosaved draft and says which
 * fields were wrong. Otherwise the autosaved draft, otherwise `defaultConfig()`. Never throws.
 */
export function initialDraft({
  hash,
  storage,
}: {
  hash: string;
  storage: Storage | undefined;
}): InitialDraft {
  try {
    const saved = loadDraft(storage);
    const link =
      typeof hash !== 'string' || findPermalinkValue(hash) === undefined
        ? undefined
        : decodePermalinkToConfig(hash);
    return draftAtStartup({ saved, link, defaults: defaultConfig() });
  } catch {
    return { draft: defaultConfig() };
  }
}
