import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMALINK_FORMAT } from './permalink-migrations';
import { encodePayload, permalinkUrl } from './permalink';
import { defaultConfig, parseConfig, type Config } from './schema';
import { DRAFT_STORAGE_KEY, UNCHECKED_LINK_NOTICE, initialDraft, loadDraft, saveDraft } from './startup';

/** A Storage backed by a Map, with switches for the failures browsers produce. */
function memoryStorage(options: { failReads?: boolean; failWrites?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => {
      if (options.failReads) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (options.failWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const sharedConfig = validConfig({
  projectName: 'bakery',
  domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
  origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
});
const savedDraft = { projectName: 'half-typed', domains: { primary: 'www.exa' } };

describe('initialDraft', () => {
  it('starts from defaultConfig() with no hash and no storage', () => {
    expect(initialDraft({ hash: '', storage: undefined })).toEqual({ draft: defaultConfig() });
  });

  it('restores the autosaved draft as it was typed (even if not valid yet)', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, savedDraft)).toBe(true);
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBe(JSON.stringify(savedDraft));
    expect(initialDraft({ hash: '', storage })).toEqual({ draft: savedDraft });
  });

  it('lets a valid permalink win over the autosaved draft, with an info notice', () => {
    const storage = memoryStorage();
    saveDraft(storage, savedDraft);
    const hash = new URL(permalinkUrl(sharedConfig, 'https://wizard.example/')).hash;
    const result = initialDraft({ hash, storage });
    expect(result.draft).toEqual(sharedConfig);
    expect(result.notice?.kind).toBe('info');
  });

  it('keeps the autosaved draft for an invalid link and names each wrong field, offering the valid part', () => {
    const storage = memoryStorage();
    saveDraft(storage, savedDraft);
    const invalid = {
      projectName: 'bakery',
      domains: { primary: 'not a domain' },
      dynamicCaching: { mode: 'sometimes' },
    };
    const result = initialDraft({
      hash: `#c=${encodePayload(invalid, PERMALINK_FORMAT.currentVersion, PERMALINK_FORMAT)}`,
      storage,
    });
    expect(result.draft).toEqual(savedDraft);
    expect(result.notice?.kind).toBe('error');
    expect(result.notice?.text).toContain('2 settings in this link are not valid');
    expect(result.notice?.text).toContain('your saved draft is shown');
    expect(result.notice?.details).toHaveLength(2);
    expect(result.notice?.details?.[0]).toMatch(/^domains\.primary: Not a valid domain name/);
    expect(result.notice?.details?.[1]).toMatch(/^dynamicCaching\.mode: /);
    expect(result.linkValidPart).toEqual({ ...defaultConfig(), projectName: 'bakery' });
  });

  it('reports a damaged link without details and falls back to the defaults when nothing is saved', () => {
    const hash = new URL(permalinkUrl(sharedConfig, 'https://wizard.example/')).hash;
    const result = initialDraft({ hash: hash.slice(0, hash.length - 12), storage: undefined });
    expect(result.draft).toEqual(defaultConfig());
    expect(result.notice?.kind).toBe('error');
    expect(result.notice?.text).toContain('the default settings are shown');
    expect(result.notice?.details).toBeUndefined();
  });

  it('refuses a link with one character changed, says why at the link, and keeps the saved draft', () => {
    const storage = memoryStorage();
    saveDraft(storage, savedDraft);
    const hash = new URL(permalinkUrl(sharedConfig, 'https://wizard.example/')).hash;
    const at = hash.length - 10;
    const changed = `${hash.slice(0, at)}${hash[at] === 'A' ? 'B' : 'A'}${hash.slice(at + 1)}`;
    const result = initialDraft({ hash: changed, storage });
    expect(result.draft).toEqual(savedDraft);
    expect(result.notice?.kind).toBe('error');
    expect(result.notice?.text).toMatch(
      /^The shared link could not be opened: This link is damaged: .+ your saved draft is shown\.$/,
    );
    expect(result.linkValidPart).toBeUndefined();
  });

  it('opens a format 1 link (no checksum) and says to check its settings', () => {
    const result = initialDraft({ hash: `#c=1.${'q0ZyIWYg66CGTG0tAA'}`, storage: undefined });
    // With format 1's defaults where today's differ (permalink-legacy.test.ts).
    expect(result.draft).toEqual(
      parseConfig({
        origin: { type: 'apigw-rest', path: '/prod' },
        distribution: { minimumTlsVersion: 'TLSv1.2_2021', accessLogs: 'off' },
        securityHeaders: { mode: 'none', hstsMaxAgeSeconds: 31536000, csp: 'none' },
      }).data,
    );
    expect(result.notice).toEqual({ kind: 'info', text: UNCHECKED_LINK_NOTICE });
  });

  it('ignores a hash that is not a permalink (an in-page anchor)', () => {
    expect(initialDraft({ hash: '#terraform', storage: undefined })).toEqual({ draft: defaultConfig() });
  });

  it('survives storage that throws, holds garbage, or holds a non-object', () => {
    expect(initialDraft({ hash: '', storage: memoryStorage({ failReads: true }) }).draft).toEqual(
      defaultConfig(),
    );
    const garbage = memoryStorage();
    garbage.setItem(DRAFT_STORAGE_KEY, '{not json');
    expect(loadDraft(garbage)).toBeUndefined();
    garbage.setItem(DRAFT_STORAGE_KEY, '[1,2]');
    expect(loadDraft(garbage)).toBeUndefined();
    expect(saveDraft(memoryStorage({ failWrites: true }), savedDraft)).toBe(false);
    expect(saveDraft(undefined, savedDraft)).toBe(false);
  });

  it('never throws, whatever the hash and stored text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 200 })), (hash, stored) => {
        const storage = memoryStorage();
        if (stored !== null) storage.setItem(DRAFT_STORAGE_KEY, stored);
        const result = initialDraft({ hash: `#c=${hash}`, storage });
        expect(result.draft).toBeTypeOf('object');
      }),
      { numRuns: 300 },
    );
  });
});
