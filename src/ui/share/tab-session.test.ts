// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { encodePermalink } from '../../config/permalink';
import { ConfigSchema, defaultConfig } from '../../config/schema';
import { createWizardStore } from '../state/wizard-store';
import { replaceAddress } from './page-url';
import { readStartupContext } from './startup-context';
import { restoreTabDraft, saveTabDraft } from './tab-session';

const shop = ConfigSchema.parse({ projectName: 'shop' });
const newer = { ...shop, projectName: 'shop-typed-after' };

describe('tab session', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('a reload of the link this tab wrote restores the tab draft, newer than the link', async () => {
    replaceAddress(`/#${encodePermalink(shop)}`);
    saveTabDraft(sessionStorage, newer);
    const context = await readStartupContext(window.location.hash, localStorage, sessionStorage);
    expect(context).toEqual({ tabDraft: newer });
    const store = createWizardStore({ draft: shop });
    restoreTabDraft(store, context.tabDraft);
    expect(store.getDraft()).toEqual(newer);
    expect(store.undoLabel()).toBeUndefined();
  });

  it('a reload without a link (the form was invalid) restores the tab draft too', async () => {
    replaceAddress('/');
    saveTabDraft(sessionStorage, { origin: { endpoint: 'half-typed' } });
    expect((await readStartupContext('', localStorage, sessionStorage)).tabDraft).toEqual({
      origin: { endpoint: 'half-typed' },
    });
  });

  it('a link from elsewhere wins over the tab draft and is decoded for review', async () => {
    replaceAddress(`/#${encodePermalink(shop)}`);
    saveTabDraft(sessionStorage, newer);
    const other = `#${encodePermalink(defaultConfig())}`;
    const context = await readStartupContext(other, localStorage, sessionStorage);
    expect(context.tabDraft).toBeUndefined();
    expect(context.link).toEqual({ ok: true, config: defaultConfig() });
  });

  it('a new tab (empty sessionStorage) follows the link, and restoring nothing changes nothing', async () => {
    const context = await readStartupContext(`#${encodePermalink(shop)}`, localStorage, sessionStorage);
    expect(context).toEqual({ link: { ok: true, config: shop } });
    const store = createWizardStore({ draft: shop });
    restoreTabDraft(store, undefined);
    expect(store.getDraft()).toBe(shop);
  });
});
