import { expect, test, type Page } from '@playwright/test';
import { expectStep } from './flow-page';
import { failOnPageErrors } from './share-helpers';
import { field } from './wizard-page';

/** What has focus, as a keyboard user meets it. */
interface Stop {
  kind: 'input' | 'step-button' | 'other';
  what: string;
}

async function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null) return { kind: 'other' as const, what: 'nothing' };
    const what = `${element.tagName.toLowerCase()}#${element.id}|${element.textContent?.trim().slice(0, 40) ?? ''}`;
    const inStepFields = element.closest('.form-section') !== null && element.closest('.step-nav') === null;
    const isControl = ['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName);
    // The domain list's Add and Remove buttons are how its inputs are made: they count as its inputs.
    const isListControl = element.closest('.domain-list') !== null && element.tagName === 'BUTTON';
    if (inStepFields && (isControl || isListControl)) return { kind: 'input' as const, what };
    // Back, Next, the review's "Change" (back to a step) and its download are the flow's own buttons.
    const isStepButton =
      element.closest('.step-nav') !== null ||
      element.closest('.review-download') !== null ||
      element.closest('.review-group-head') !== null;
    return { kind: isStepButton ? ('step-button' as const) : ('other' as const), what };
  });
}

/**
 * Presses Tab until `done` says so; every stop on the way must be an input or a step button (no "More" button,
 * doc link or disclosure between two inputs). Returns how many Tabs it took.
 */
async function tabTo(page: Page, done: (stop: Stop) => boolean, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (done(stop)) return presses;
    expect(stop.kind, `Tab ${presses} stopped on ${stop.what}`).not.toBe('other');
  }
  throw new Error(`not reached within ${limit} Tabs`);
}

const textOf = (stop: Stop) => stop.what.slice(stop.what.indexOf('|') + 1);
const isInput = (id: string) => (stop: Stop) =>
  /^(input|select)#/.test(stop.what) && stop.what.includes(`#${id}|`);
const isButton = (text: RegExp) => (stop: Stop) => stop.kind === 'step-button' && text.test(textOf(stop));

test('keyboard only: a whole setup, one Tab per input plus the step buttons', async ({ page }) => {
  failOnPageErrors(page);
  await page.goto('/');
  await expectStep(page, 1);
  let tabs = 0;

  // Into the form past the header: the skip link, then the preset menu, the view switch and the step list.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the form' })).toBeFocused();
  await page.keyboard.press('Enter');
  const isFocused = () =>
    field(page, 'domains.primary').evaluate((input) => input === document.activeElement);
  for (let presses = 0; presses < 10 && !(await isFocused()); presses++) await page.keyboard.press('Tab');
  await expect(field(page, 'domains.primary')).toBeFocused();

  // Step 1: the site.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('www.mybakery.co.uk');
  tabs += await tabTo(page, (stop) => /Add a domain name/.test(textOf(stop)), 1);
  const add = page.getByRole('button', { name: 'Add a domain name' });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'domains.additional.0')).toBeFocused();
  await page.keyboard.type('mybakery.co.uk');
  tabs += await tabTo(page, isInput('field-projectName'), 3); // Remove, Add, then the project name
  await expect(field(page, 'projectName')).toHaveValue('mybakery');
  tabs += await tabTo(page, isInput('field-certificate-source'), 1);
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'certificate.source')).toHaveValue('create-dns-validated');
  tabs += await tabTo(page, isInput('field-dns-createRecords'), 1);
  await page.keyboard.press('Space');
  tabs += await tabTo(page, isInput('field-dns-hostedZoneId'), 1);
  await page.keyboard.type('Z0123456789ABCDEFGHIJ');
  tabs += await tabTo(page, isInput('field-dns-hostedZoneName'), 1);
  await page.keyboard.type('mybakery.co.uk');
  tabs += await tabTo(page, isButton(/^Next: Where Django runs/), 1);
  await page.keyboard.press('Enter');
  await expectStep(page, 2);
  // The step's heading takes focus once the step has rendered: Tab from there, not before it moves.
  await expect(page.locator('#step-heading')).toBeFocused();

  // Step 2: where Django runs (the API's endpoint; the rest as it is).
  tabs += await tabTo(page, isInput('field-origin-type'), 1);
  tabs += await tabTo(page, isInput('field-origin-endpoint'), 1);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com');
  tabs += await tabTo(page, isButton(/^Next: Caching/), 4); // path, Host strategy, Back, Next
  await page.keyboard.press('Enter');
  await expectStep(page, 3);
  await expect(page.locator('#step-heading')).toBeFocused();

  // Step 3: caching as it is: Tab straight through.
  const cachingTabs = await tabTo(page, isButton(/^Next: Protection and security/), 12);
  tabs += cachingTabs;
  expect(cachingTabs).toBeLessThanOrEqual(7 + 2); // mode, static ×3, media ×1, then Back and Next
  await page.keyboard.press('Enter');
  await expectStep(page, 4);
  await expect(page.locator('#step-heading')).toBeFocused();

  // Step 4: turn on the secret origin header.
  tabs += await tabTo(page, isInput('field-originProtection-secretHeader'), 1);
  await page.keyboard.press('Space');
  await expect(field(page, 'originProtection.secretHeader')).toBeChecked();
  tabs += await tabTo(page, isButton(/^Next: Review and download/), 16);
  await page.keyboard.press('Enter');
  await expectStep(page, 5);
  await expect(page.locator('#step-heading')).toBeFocused();

  // Review: the download (past the "Change" buttons of each part, which are step buttons too).
  const downloading = page.waitForEvent('download');
  tabs += await tabTo(page, (stop) => /Download all files/.test(textOf(stop)), 6); // 4 × Change, then it
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mybakery-cloudfront.zip');
  await expect(page.getByRole('heading', { name: /Next steps, in this order/ })).toBeFocused();
  expect(tabs).toBeLessThan(45);
});
