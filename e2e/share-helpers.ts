import { expect, type Page } from '@playwright/test';
import { DRAFT_STORAGE_KEY } from '../src/config/startup';
import { openWizard, typeInto } from './wizard-page';

/** Fails the test on any uncaught page error: a damaged link or a bad import must never crash the app. */
export function failOnPageErrors(page: Page): void {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught error in the page: ${error.message}`);
  });
}

/** The autosaved draft as the page stored it (undefined while nothing was saved). */
export async function savedDraft(page: Page): Promise<Record<string, unknown> | undefined> {
  const text = await page.evaluate((key) => localStorage.getItem(key), DRAFT_STORAGE_KEY);
  return text === null ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/** Waits until autosave has stored a draft whose projectName is `name`. */
export async function waitForAutosave(page: Page, projectName: string): Promise<void> {
  await expect.poll(async () => (await savedDraft(page))?.projectName).toBe(projectName);
}

/** Waits until the address bar holds a share link (the hash follows the form after a short pause). */
export async function waitForLinkInAddressBar(page: Page, previous?: string): Promise<string> {
  await expect.poll(() => page.url()).toMatch(/#c=2\.[A-Za-z0-9_-]+$/);
  if (previous !== undefined) await expect.poll(() => page.url()).not.toBe(previous);
  return page.url();
}

/** Opens the wizard, types a project name and waits until this browser has saved it: work a link must not wipe. */
export async function openWizardWithSavedWork(page: Page, projectName: string): Promise<void> {
  failOnPageErrors(page);
  await openWizard(page);
  await typeInto(page, 'projectName', projectName);
  await waitForAutosave(page, projectName);
}
