// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_STORAGE_KEY, initialDraft, loadDraft } from '../../config/startup';
import { defaultConfig } from '../../config/schema';
import { createWizardStore } from '../state/wizard-store';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';

describe('startAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('saves the draft once typing pauses, and a reload starts from it', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const stop = startAutosave(store, localStorage, sessionStorage);
    store.setField('domains.primary', 'shop.example.org');
    store.setField('projectName', 'sho'); // still typing
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    store.setField('projectName', 'shop');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(loadDraft(localStorage)).toEqual(store.getDraft());
    expect(loadDraft(sessionStorage)).toEqual(store.getDraft());
    expect(initialDraft({ hash: '', storage: localStorage }).draft).toMatchObject({
      projectName: 'shop',
      domains: { primary: 'shop.example.org' },
    });
    stop();
  });

  it('keeps an invalid draft as typed (the form shows its errors after reload)', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const stop = startAutosave(store, localStorage, sessionStorage);
    store.setField('origin.endpoint', 'not an endpoint');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(loadDraft(localStorage)).toMatchObject({ origin: { endpoint: 'not an endpoint' } });
    stop();
  });

  it('saves at once when the page is hidden, and not for notice-only changes', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const stop = startAutosave(store, localStorage, sessionStorage);
    store.setNotice({ kind: 'info', text: 'hello' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(setItem).not.toHaveBeenCalled();
    store.setField('projectName', 'quick');
    // This tab's copy is written at once, on the change itself; the shared one waits for the pause or pagehide.
    expect(loadDraft(sessionStorage)).toMatchObject({ projectName: 'quick' });
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(loadDraft(localStorage)).toMatchObject({ projectName: 'quick' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(setItem).toHaveBeenCalledTimes(2); // once each: localStorage and this tab's sessionStorage
    stop();
    setItem.mockRestore();
  });

  it('stops saving once stopped, and survives storage that refuses writes', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const stopRefusing = startAutosave(store, refusing, undefined);
    store.setField('projectName', 'full');
    expect(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)).not.toThrow();
    stopRefusing();
    const stop = startAutosave(store, localStorage, sessionStorage);
    stop();
    store.setField('projectName', 'later');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('says when a save fails (storage full) and when saving works again', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    let full = true;
    const storage = {
      getItem: () => null,
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        localStorage.setItem(key, value);
      },
    } as unknown as Storage;
    const events = { onSaveFailed: vi.fn(), onSaved: vi.fn() };
    const stop = startAutosave(store, storage, undefined, AUTOSAVE_DELAY_MS, events);
    store.setField('projectName', 'full');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(events.onSaveFailed).toHaveBeenCalledTimes(1);
    expect(events.onSaved).not.toHaveBeenCalled();
    full = false;
    store.setField('projectName', 'room');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(events.onSaved).toHaveBeenCalledTimes(1);
    expect(loadDraft(localStorage)).toMatchObject({ projectName: 'room' });
    stop();
  });

  it('does not overwrite another tab’s newer draft in silence: saving waits for the person’s choice', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    let decide: ((choice: 'keep-mine' | 'take-theirs') => void) | undefined;
    const onOtherTabSaved = vi.fn((_theirs: unknown, choose: typeof decide) => (decide = choose));
    const stop = startAutosave(store, localStorage, sessionStorage, AUTOSAVE_DELAY_MS, { onOtherTabSaved });
    const theirs = { ...defaultConfig(), projectName: 'theirs' };
    // What the browser does in this tab when another tab writes the shared key.
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(theirs));
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: DRAFT_STORAGE_KEY,
        newValue: JSON.stringify(theirs),
        storageArea: localStorage,
      }),
    );
    expect(onOtherTabSaved).toHaveBeenCalledWith(theirs, expect.any(Function));
    store.setField('projectName', 'mine');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(loadDraft(localStorage)).toMatchObject({ projectName: 'theirs' });
    decide!('keep-mine');
    expect(loadDraft(localStorage)).toMatchObject({ projectName: 'mine' });
    stop();
  });

  it('ignores another tab writing the same draft as this one', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const onOtherTabSaved = vi.fn();
    const stop = startAutosave(store, localStorage, sessionStorage, AUTOSAVE_DELAY_MS, { onOtherTabSaved });
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: DRAFT_STORAGE_KEY,
        newValue: JSON.stringify(store.getDraft()),
        storageArea: localStorage,
      }),
    );
    expect(onOtherTabSaved).not.toHaveBeenCalled();
    stop();
  });
});
