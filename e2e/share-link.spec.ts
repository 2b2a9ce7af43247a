import { expect, fullFormContext, test } from './fixtures';
import { encodePermalink, permalinkUrl } from '../src/config/permalink';
import { ConfigSchema } from '../src/config/schema';
import {
  failOnPageErrors,
  openWizardWithSavedWork,
  savedDraft,
  waitForAutosave,
  waitForLinkInAddressBar,
} from './share-helpers';
import { field, modelText, openWizard, typeInto, waitForEditor } from './wizard-page';

const LAMBDA_ENDPOINT = 'abcdefghij1234567890abcdefghij12.lambda-url.eu-central-1.on.aws';

test('a link copied in one browser opens the same form and previews in another', async ({ browser }) => {
  const contextA = await fullFormContext(browser);
  await contextA.grantPermissions(['clipboard-read', 'clipboard-write']);
  const pageA = await contextA.newPage();
  failOnPageErrors(pageA);
  await openWizard(pageA);
  await typeInto(pageA, 'projectName', 'shop');
  await typeInto(pageA, 'domains.primary', 'shop.example.org');
  await field(pageA, 'origin.type').selectOption('lambda-url');
  await typeInto(pageA, 'origin.endpoint', LAMBDA_ENDPOINT);
  await expect(pageA.getByText('All settings are valid')).toBeVisible();

  await pageA.getByRole('button', { name: 'Copy link' }).click();
  const linkField = pageA.getByRole('textbox', { name: 'Share link' });
  await expect(linkField).toHaveValue(new RegExp(`^${new URL('/', pageA.url()).href}#c=2\\.`));
  const link = await linkField.inputValue();
  await expect(pageA.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await pageA.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(pageA.url()).toBe(link);
  await waitForEditor(pageA);
  const functionA = await modelText(pageA, 'cloudfront-function/viewer-request.js');

  const contextB = await fullFormContext(browser);
  const pageB = await contextB.newPage();
  failOnPageErrors(pageB);
  await pageB.goto(link);
  await expect(field(pageB, 'projectName')).toHaveValue('shop');
  await expect(field(pageB, 'domains.primary')).toHaveValue('shop.example.org');
  await expect(field(pageB, 'origin.type')).toHaveValue('lambda-url');
  await expect(field(pageB, 'origin.endpoint')).toHaveValue(LAMBDA_ENDPOINT);
  await waitForEditor(pageB);
  await expect.poll(() => modelText(pageB, 'cloudfront-function/viewer-request.js')).toBe(functionA);
  expect(functionA).toContain('shop.example.org');

  // The reviewer sees what the link changes from the defaults, and can collapse and dismiss it.
  const review = pageB.getByRole('region', { name: 'Shared configuration' });
  await expect(review.getByRole('heading', { name: 'You opened a shared configuration' })).toBeVisible();
  // Each line uses the form's own label for the field.
  const originTypeLabel = (await pageB.locator('label[for="field-origin-type"]').textContent()) ?? '';
  expect(originTypeLabel).not.toBe('');
  await expect(review.getByRole('listitem').filter({ hasText: `${originTypeLabel}:` })).toHaveText(
    `${originTypeLabel}: API Gateway HTTP API → Lambda function URL`,
  );
  await expect(review.getByRole('listitem').filter({ hasText: 'Project name' })).toContainText(
    'mysite → shop',
  );
  await review.getByText(/It changes \d+ settings from the defaults/).click();
  await expect(review.getByRole('listitem').first()).toBeHidden();
  await review.getByRole('button', { name: 'Dismiss' }).click();
  await expect(review).toBeHidden();

  // Back in A: the field follows later edits and says the clipboard holds the older link.
  await typeInto(pageA, 'projectName', 'shop2');
  await expect(linkField).not.toHaveValue(link);
  await expect(pageA.getByRole('status').filter({ hasText: 'copy it again' })).toBeVisible();
  await expect.poll(() => pageA.url()).toBe(await linkField.inputValue());
  await contextA.close();
  await contextB.close();
});

test('a shared link opened over saved work lists the differences and can restore that work', async ({
  page,
}) => {
  await openWizardWithSavedWork(page, 'mywork');
  const shared = ConfigSchema.parse({ projectName: 'theirs', domains: { primary: 'their.example.net' } });

  const tab = await page.context().newPage();
  await tab.goto(permalinkUrl(shared, new URL('/', page.url()).href));
  await expect(field(tab, 'projectName')).toHaveValue('theirs');
  const review = tab.getByRole('region', { name: 'Shared configuration' });
  await review.getByText('Compared with the work saved in this browser: 2 settings differ').click();
  await expect(review.getByRole('listitem').filter({ hasText: 'mywork → theirs' })).toBeVisible();
  await review.getByRole('button', { name: 'Restore my saved work' }).click();
  await expect(field(tab, 'projectName')).toHaveValue('mywork');
  await expect(field(tab, 'domains.primary')).toHaveValue('www.example.com');
});

test('a reload restores the work, valid or not, without calling it a shared link', async ({ page }) => {
  failOnPageErrors(page);
  await openWizard(page);
  await typeInto(page, 'projectName', 'reloaded');
  await typeInto(page, 'domains.primary', 'reload.example.org');
  await expect
    .poll(async () => (await savedDraft(page))?.domains)
    .toMatchObject({ primary: 'reload.example.org' });
  await waitForLinkInAddressBar(page);
  await page.reload();
  await expect(field(page, 'projectName')).toHaveValue('reloaded');
  await expect(field(page, 'domains.primary')).toHaveValue('reload.example.org');
  await expect(page.getByRole('region', { name: 'Shared configuration' })).toHaveCount(0);
  await expect(page.getByText('Opened the configuration from the shared link')).toHaveCount(0);

  // Reloaded at once after typing: the address bar's link is older than the form, the tab's draft wins.
  const linkBefore = page.url();
  // One input event, then the reload well inside the 300 ms the link waits for.
  await field(page, 'projectName').fill('typed-just-now');
  await page.reload();
  await expect(field(page, 'projectName')).toHaveValue('typed-just-now');
  await expect(field(page, 'domains.primary')).toHaveValue('reload.example.org');
  await expect(page.getByRole('region', { name: 'Shared configuration' })).toHaveCount(0);
  await expect.poll(() => page.url()).not.toBe(linkBefore); // the link catches up with the restored draft

  // An invalid, half-typed value survives a reload too (the address bar drops its link while invalid).
  await typeInto(page, 'origin.endpoint', 'half-typed');
  await expect.poll(() => page.url()).toBe(new URL('/', page.url()).href);
  await expect
    .poll(async () => page.evaluate(() => localStorage.getItem('cfdw:draft:v1')))
    .toContain('half-typed');
  await page.reload();
  await expect(field(page, 'origin.endpoint')).toHaveValue('half-typed');
  await expect(field(page, 'projectName')).toHaveValue('typed-just-now');
  await expect(field(page, 'origin.endpoint')).toHaveAttribute('aria-invalid', 'true');
});

test('a tampered link keeps the current work, says which field and why, and offers the valid part', async ({
  page,
}) => {
  await openWizardWithSavedWork(page, 'mywork');
  const shop = ConfigSchema.parse({ projectName: 'shop', domains: { primary: 'shop.example.org' } });
  const tampered = encodePermalink({
    ...shop,
    domains: { primary: 'shop.example.org"><script>alert(1)</script>', additional: [] },
  });

  // Opened in a new tab: the startup path.
  const tab = await page.context().newPage();
  failOnPageErrors(tab);
  await tab.goto(`/#${tampered}`);
  await expect(field(tab, 'projectName')).toHaveValue('mywork');
  const banner = tab.getByRole('alert').filter({ hasText: 'The shared link could not be opened' });
  await expect(banner).toContainText('domains.primary');
  await expect(banner).toContainText('Not a valid domain name');
  const review = tab.getByRole('region', { name: 'Shared link problems' });
  await review.getByRole('button', { name: 'Keep the valid part' }).click();
  await expect(field(tab, 'projectName')).toHaveValue('shop');
  await expect(field(tab, 'domains.primary')).toHaveValue('www.example.com');
  await expect(banner).toBeHidden();
  await tab.getByRole('button', { name: 'Undo' }).click();
  await expect(field(tab, 'projectName')).toHaveValue('mywork');
  // The undone draft is what this browser saves again (autosave runs a moment after a change).
  await waitForAutosave(tab, 'mywork');

  // Pasted into the address bar of the open page: the same, without a reload.
  await page.goto(`/#${tampered}`);
  await expect(page.getByRole('alert').filter({ hasText: 'domains.primary' })).toBeVisible();
  await expect(field(page, 'projectName')).toHaveValue('mywork');

  // Cut short: nothing decodes, the work stays and the message says so.
  const cut = await page.context().newPage();
  failOnPageErrors(cut);
  await cut.goto(`/#${encodePermalink(shop).slice(0, -6)}`);
  await expect(cut.getByRole('alert').filter({ hasText: 'could not be opened' })).toBeVisible();
  await expect(field(cut, 'projectName')).toHaveValue('mywork');
});
