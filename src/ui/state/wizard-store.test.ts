import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../config/schema';
import { createWizardStore, getAtPath, setAtPath } from './wizard-store';

describe('wizard store', () => {
  it('parses once per draft and keeps the last valid config while the draft is invalid', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const first = store.getParsed();
    expect(first.valid).toBe(true);
    expect(store.getParsed()).toBe(first);

    store.setField('domains.primary', 'shop.example.org');
    const valid = store.getParsed();
    expect(valid.config.domains.primary).toBe('shop.example.org');

    store.setField('domains.additional', ['ok.example.org', 'bad name']);
    const invalid = store.getParsed();
    expect(invalid.valid).toBe(false);
    expect(invalid.config).toBe(valid.config);
    expect(invalid.errors['domains.additional.1']).toMatch(/Not a valid domain name/);
    expect(getAtPath(store.getDraft(), 'domains.additional.1')).toBe('bad name');
  });

  it('undo restores the draft from before a labelled change, and a later edit drops it', () => {
    const store = createWizardStore({ draft: defaultConfig() });
    const before = store.getDraft();
    store.setDraft(setAtPath(before, 'securityHeaders.mode', 'managed'), {
      undoLabel: 'Add security headers',
    });
    expect(store.undoLabel()).toBe('Add security headers');
    store.undo();
    expect(store.getDraft()).toBe(before);
    expect(store.undoLabel()).toBeUndefined();

    store.setDraft(setAtPath(before, 'securityHeaders.mode', 'managed'), { undoLabel: 'x' });
    store.setField('projectName', 'other');
    expect(store.undoLabel()).toBeUndefined();

    store.setDraft(before, { undoLabel: 'y' });
    store.clearUndo();
    expect(store.undoLabel()).toBeUndefined();
    expect(store.getDraft()).toBe(before);
  });

  it('notifies subscribers and stops after unsubscribe', () => {
    const store = createWizardStore({ draft: {} });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setNotice({ kind: 'error', text: 'Tampered link' });
    expect(store.getNotice()?.text).toBe('Tampered link');
    unsubscribe();
    store.setNotice(undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('setAtPath copies instead of mutating and creates arrays for numeric segments', () => {
    const draft = { domains: { primary: 'a.example.com' } };
    const next = setAtPath(draft, 'domains.additional.0', 'b.example.com');
    expect(draft).toEqual({ domains: { primary: 'a.example.com' } });
    expect(next).toEqual({ domains: { primary: 'a.example.com', additional: ['b.example.com'] } });
  });
});
