// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodePermalink } from '../../config/permalink';
import { ConfigSchema, defaultConfig } from '../../config/schema';
import { createWizardStore } from '../state/wizard-store';
import { HASH_SYNC_DELAY_MS, OPEN_LINK_UNDO_LABEL, startHashSync } from './hash-sync';
import { linkReviewStore } from './link-review';

const shop = ConfigSchema.parse({ projectName: 'shop', domains: { primary: 'shop.example.org' } });

function pasteIntoAddressBar(hash: string) {
  window.history.replaceState(null, '', `/#${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('startHashSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    linkReviewStore.set(undefined);
  });
  afterEach(() => vi.useRealTimers());

  it('writes the valid config into the address bar after a pause, without history entries', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const stop = startHashSync(store);
    const historyLength = window.history.length;
    store.setField('projectName', 'shop');
    store.setField('domains.primary', 'shop.example.org');
    vi.advanceTimersByTime(HASH_SYNC_DELAY_MS - 1);
    expect(window.location.hash).toBe('');
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toBe(`#${encodePermalink(shop)}`);
    expect(window.history.length).toBe(historyLength);
    stop();
  });

  it('removes the fragment while the form is invalid, so a reload restores the autosaved draft', () => {
    const store = createWizardStore({ draft: shop });
    const stop = startHashSync(store);
    store.setField('projectName', 'shop2');
    vi.advanceTimersByTime(HASH_SYNC_DELAY_MS);
    expect(window.location.hash).not.toBe('');
    store.setField('origin.endpoint', '');
    vi.advanceTimersByTime(HASH_SYNC_DELAY_MS);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/');
    stop();
  });

  it('opens a link pasted into the address bar, undoably', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const stop = startHashSync(store);
    pasteIntoAddressBar(encodePermalink(shop));
    expect(store.getDraft()).toEqual(shop);
    expect(store.undoLabel()).toBe(OPEN_LINK_UNDO_LABEL);
    expect(linkReviewStore.get()).toMatchObject({ kind: 'opened', config: shop });
    store.undo();
    expect(store.getDraft()).toEqual(defaultConfig());
    stop();
  });

  it('keeps the current work and names the field when a pasted link is tampered with', () => {
    const work = ConfigSchema.parse({ projectName: 'mywork' });
    const store = createWizardStore({ draft: work });
    const stop = startHashSync(store);
    const tampered = encodePermalink(
      // a link built by hand with a hostile domain: decodes fine, fails the schema
      { ...shop, domains: { primary: 'evil.example.org"; DROP', additional: [] } } as typeof shop,
    );
    pasteIntoAddressBar(tampered);
    expect(store.getDraft()).toBe(work);
    expect(store.getNotice()).toMatchObject({
      kind: 'error',
      details: [expect.stringMatching(/^domains\.primary: /)],
    });
    const review = linkReviewStore.get();
    expect(review).toMatchObject({ kind: 'broken', keptDraft: work });
    expect(review?.kind === 'broken' && review.validPart?.projectName).toBe('shop');

    pasteIntoAddressBar(encodePermalink(shop).slice(0, -5)); // cut short
    expect(store.getDraft()).toBe(work);
    expect(store.getNotice()?.text).toMatch(/could not be opened/);
    stop();
  });

  it('does not reopen its own link and stops listening when stopped', () => {
    const store = createWizardStore({ draft: shop });
    const setDraft = vi.spyOn(store, 'setDraft');
    const stop = startHashSync(store);
    store.setField('projectName', 'shop');
    vi.advanceTimersByTime(HASH_SYNC_DELAY_MS);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(setDraft).not.toHaveBeenCalled();
    stop();
    pasteIntoAddressBar(encodePermalink(defaultConfig()));
    expect(setDraft).not.toHaveBeenCalled();
  });
});
