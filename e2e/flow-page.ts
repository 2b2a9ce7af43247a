import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers for the guided flow (a first visit: no view remembered). */

export const STEP_TITLES = [
  'Your site',
  'Where Django runs',
  'Caching',
  'Protection and security',
  'Review and download',
];

export async function openGuided(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'CloudFront Django Wizard' })).toBeVisible();
}

export function stepHeading(page: Page): Locator {
  return page.locator('#step-heading');
}

export async function expectStep(page: Page, number: number): Promise<void> {
  await expect(stepHeading(page)).toHaveText(new RegExp(`^Step ${number} of 5: ${STEP_TITLES[number - 1]}`));
}

/** A step's button in the step list ("1 Your site", with its status words). */
export function stepButton(page: Page, number: number): Locator {
  return page
    .getByRole('navigation', { name: 'Setup steps' })
    .getByRole('button')
    .nth(number - 1);
}

export async function goToStep(page: Page, number: number): Promise<void> {
  await stepButton(page, number).click();
  await expectStep(page, number);
}

export function nextButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Next: / });
}
