import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { VIEW_STORAGE_KEY } from '../src/ui/flow/view-storage';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

/** Opens every page of the context on the full form (as a returning expert would), unless it chose otherwise. */
export async function preferFullForm(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, 'full');
  }, VIEW_STORAGE_KEY);
}

/** A new browser context whose pages open on the full form. */
export async function fullFormContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await preferFullForm(context);
  return context;
}

/**
 * The specs written against the whole form on one page: they run on the full form (the view a person keeps
 * once chosen). The guided flow has its own specs (wizard-flow, wizard-problems-reading and -actions, wizard-keyboard).
 */
export const test = base.extend({
  context: async ({ context }, provide) => {
    await preferFullForm(context);
    await provide(context);
  },
});
