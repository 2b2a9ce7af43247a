import { useSyncExternalStore } from 'react';
import type { Config } from '../../config/schema';
import { draftAtStartup } from '../../config/draft-storage';
import { startupContext } from '../share/startup-context';
import { configDefaults } from './config-defaults';
import { configParser, whenConfigParser, type ConfigParser } from './config-parser';
import { shallowEqual } from './use-store-selector';

/** A banner the page shows above the form, e.g. "this permalink was tampered with". */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  /** Who raised it, so that part of the page can take its own notice down again (e.g. "autosave"). */
  source?: string;
  /** Buttons offered with the notice; each also dismisses it. */
  actions?: { label: string; run: () => void }[];
  /** Runs when the person dismisses the notice without choosing an action. */
  onDismiss?: () => void;
}

/** The draft parsed once: `config` is the last valid one, so previews keep it while the form is invalid. */
export interface ParsedDraft {
  config: Config;
  valid: boolean;
  /**
   * False until the schema's chunk has arrived (the form is usable before): `valid` is false then and `errors`
   * empty, since nothing is known yet.
   */
  checked: boolean;
  /**
   * Dotted schema path ("domains.additional.0", "origin.endpoint") to the first zod message for it; the same
   * object from draft to draft while the messages stay the same.
   */
  errors: Record<string, string>;
}

type Listener = () => void;
export type UndoPlace = 'banner' | 'checks';

export interface WizardStore {
  /** The form values as typed (ConfigInput-shaped JSON; may be invalid). */
  getDraft(): unknown;
  /** Replaces the draft; with `undoLabel` the previous draft is kept so `undo()` restores it. */
  setDraft(draft: unknown, options?: { undoLabel?: string; undoPlace?: UndoPlace }): void;
  /** Sets one value at a dotted path ("origin.endpoint", "domains.additional.0") of the draft. */
  setField(path: string, value: unknown): void;
  undo(): void;
  undoLabel(): string | undefined;
  /** Where the undo offer shows: beside the Checks after a one-click fix, else under the header. */
  undoPlace(): UndoPlace;
  /** Drops the undo offer, keeping the current draft. */
  clearUndo(): void;
  getNotice(): Notice | undefined;
  setNotice(notice: Notice | undefined): void;
  getParsed(): ParsedDraft;
  subscribe(listener: Listener): () => void;
}

/** Issues keyed by dotted path; the first message per path wins (zod reports the most basic one first). */
export function errorsByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Returns a copy of `draft` with `value` at the dotted `path`, creating objects/arrays on the way. */
export function setAtPath(draft: unknown, path: string, value: unknown): unknown {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return value;
  const valueHere = (current: unknown) =>
    rest.length === 0 ? value : setAtPath(current, rest.join('.'), value);
  if (/^\d+$/.test(head)) {
    const list = Array.isArray(draft) ? [...(draft as unknown[])] : [];
    list[Number(head)] = valueHere(list[Number(head)]);
    return list;
  }
  const object =
    draft !== null && typeof draft === 'object' && !Array.isArray(draft)
      ? { ...(draft as Record<string, unknown>) }
      : {};
  object[head] = valueHere(object[head]);
  return object;
}

/** Reads the value at a dotted path of the draft (undefined when absent). */
export function getAtPath(draft: unknown, path: string): unknown {
  let current: unknown = draft;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const NO_ERRORS: Record<string, string> = {};

/**
 * A store of the form's draft. `parser` validates it (the schema's `parseConfig`); without one the store takes
 * the page's, once the schema's chunk provides it, and answers `checked: false` until then.
 */
export function createWizardStore(
  initial: { draft: unknown; notice?: Notice },
  parser: ConfigParser | undefined = configParser(),
): WizardStore {
  let draft = initial.draft;
  let notice = initial.notice;
  let undoEntry: { draft: unknown; label: string; place: UndoPlace } | undefined;
  let parsed: ParsedDraft | undefined;
  let lastValid: Config = configDefaults();
  let lastErrors = NO_ERRORS;
  const listeners = new Set<Listener>();

  const emit = () => listeners.forEach((listener) => listener());

  // Parsed lazily, once per draft: every hook shares the same snapshot object.
  const parse = (): ParsedDraft => {
    if (parsed !== undefined) return parsed;
    if (parser === undefined) {
      parsed = { config: lastValid, valid: false, checked: false, errors: NO_ERRORS };
      return parsed;
    }
    const result = parser(draft);
    if (result.success) {
      lastValid = result.data;
      lastErrors = NO_ERRORS;
      parsed = { config: result.data, valid: true, checked: true, errors: NO_ERRORS };
    } else {
      const errors = errorsByPath(result.error.issues);
      if (!shallowEqual(errors, lastErrors)) lastErrors = errors;
      parsed = { config: lastValid, valid: false, checked: true, errors: lastErrors };
    }
    return parsed;
  };

  if (parser === undefined) {
    whenConfigParser((arrived) => {
      parser = arrived;
      // What was typed before the schema arrived: the first draft is the last valid one if it is valid.
      if (draft !== initial.draft) {
        const start = arrived(initial.draft);
        if (start.success) lastValid = start.data;
      }
      parsed = undefined;
      emit();
    });
  }

  const replaceDraft = (next: unknown) => {
    if (next === draft) return;
    parse(); // remember the last valid config before moving on
    draft = next;
    parsed = undefined;
  };

  const store: WizardStore = {
    getDraft: () => draft,
    setDraft(next, options) {
      const previous = draft;
      replaceDraft(next);
      // A later edit without a label drops the undo: undoing would otherwise discard what was typed since.
      undoEntry =
        options?.undoLabel !== undefined
          ? { draft: previous, label: options.undoLabel, place: options.undoPlace ?? 'banner' }
          : undefined;
      emit();
    },
    setField(path, value) {
      replaceDraft(setAtPath(draft, path, value));
      undoEntry = undefined;
      emit();
    },
    undo() {
      if (undoEntry === undefined) return;
      replaceDraft(undoEntry.draft);
      undoEntry = undefined;
      emit();
    },
    undoLabel: () => undoEntry?.label,
    undoPlace: () => undoEntry?.place ?? 'banner',
    clearUndo() {
      if (undoEntry === undefined) return;
      undoEntry = undefined;
      emit();
    },
    getNotice: () => notice,
    setNotice(next) {
      notice = next;
      emit();
    },
    getParsed: parse,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}

/**
 * The first draft, from what the page was opened with (startup-context.ts, the link decoded once): a reload of
 * the tab's own address its newer tab draft, else a permalink, else the autosaved draft, else the defaults
 * (outside a browser: the defaults).
 */
function startupState(): { draft: unknown; notice?: Notice } {
  if (typeof window === 'undefined') return { draft: configDefaults() };
  if (startupContext.tabDraft !== undefined) return { draft: startupContext.tabDraft };
  const { draft, notice } = draftAtStartup({
    saved: startupContext.savedDraft,
    link: startupContext.link,
    defaults: configDefaults(),
  });
  // An opened link is shown by the review panel (SharedConfigReview): no banner saying so as well.
  return notice === undefined || startupContext.link?.ok === true ? { draft } : { draft, notice };
}

let pageStore: { store: WizardStore; startDraft: unknown } | undefined;
// Made on first use: the page reads how it was opened (startup-context.ts) before it renders.
const page = () => {
  if (pageStore === undefined) {
    const startup = startupState();
    pageStore = { store: createWizardStore(startup), startDraft: startup.draft };
  }
  return pageStore.store;
};

/** The draft the page opened with: what autosave and the share link start from. */
export function startupDraft(): unknown {
  page();
  return pageStore!.startDraft;
}

/** The page's store: the form's draft and what it shows about it. */
export const wizardStore: WizardStore = {
  getDraft: () => page().getDraft(),
  setDraft: (draft, options) => page().setDraft(draft, options),
  setField: (path, value) => page().setField(path, value),
  undo: () => page().undo(),
  undoLabel: () => page().undoLabel(),
  undoPlace: () => page().undoPlace(),
  clearUndo: () => page().clearUndo(),
  getNotice: () => page().getNotice(),
  setNotice: (notice) => page().setNotice(notice),
  getParsed: () => page().getParsed(),
  subscribe: (listener) => page().subscribe(listener),
};

export function useWizardDraft(): unknown {
  return useSyncExternalStore(wizardStore.subscribe, wizardStore.getDraft, wizardStore.getDraft);
}

export function useNotice(): Notice | undefined {
  return useSyncExternalStore(wizardStore.subscribe, wizardStore.getNotice, wizardStore.getNotice);
}

export function useUndoLabel(): string | undefined {
  return useSyncExternalStore(wizardStore.subscribe, wizardStore.undoLabel, wizardStore.undoLabel);
}

export function useUndoPlace(): UndoPlace {
  return useSyncExternalStore(wizardStore.subscribe, wizardStore.undoPlace, wizardStore.undoPlace);
}

export function useParsedConfig(): ParsedDraft {
  return useSyncExternalStore(wizardStore.subscribe, wizardStore.getParsed, wizardStore.getParsed);
}
