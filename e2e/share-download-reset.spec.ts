import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { unzipSync, strFromU8 } from 'fflate';
import { parseConfig } from '../src/config/schema';
import { bundleFiles } from '../src/bundle';
import { failOnPageErrors } from './share-helpers';
import { field, openWizard, typeInto } from './wizard-page';

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await openWizard(page);
});

test('download the zip: named after the project, every target folder, a config.json that parses', async ({
  page,
}) => {
  await typeInto(page, 'projectName', 'shop');
  await typeInto(page, 'domains.primary', 'shop.example.org');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shop-cloudfront.zip');
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const paths = Object.keys(entries);
  expect(paths).toEqual(expect.arrayContaining(['README.md', 'config.json', 'permalink.txt']));
  expect(paths).toContain('cloudfront-function/viewer-request.js');
  const parsed = parseConfig(JSON.parse(strFromU8(entries['config.json']!)));
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  expect(parsed.data).toMatchObject({ projectName: 'shop', domains: { primary: 'shop.example.org' } });
  // Exactly the files the bundle module makes for that config, with the same contents.
  const expected = bundleFiles(parsed.data, { baseUrl: new URL('/', page.url()).href });
  expect([...paths].sort()).toEqual(expected.map((file) => file.path).sort());
  for (const file of expected) expect(strFromU8(entries[file.path]!), file.path).toBe(file.contents);
  // The bundle's permalink opens this wizard with the same settings.
  const permalink = strFromU8(entries['permalink.txt']!).trim();
  expect(permalink.startsWith(`${new URL('/', page.url()).href}#c=2.`)).toBe(true);
});

test('copy link and download wait for a valid form', async ({ page }) => {
  await typeInto(page, 'origin.endpoint', 'nonsense');
  await expect(page.getByRole('button', { name: 'Download .zip' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  await expect(
    page.getByText('Fix the highlighted fields to copy a link or download the bundle.'),
  ).toBeVisible();
});

test('reset to defaults asks first and can be undone', async ({ page }) => {
  await typeInto(page, 'projectName', 'mywork');
  const reset = page.getByRole('button', { name: 'Reset to defaults' });
  const dialog = page.getByRole('dialog', { name: 'Reset every setting to its default?' });

  await reset.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(field(page, 'projectName')).toHaveValue('mywork');

  await reset.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(field(page, 'projectName')).toHaveValue('mywork');

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(field(page, 'projectName')).toHaveValue('mysite');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'projectName')).toHaveValue('mywork');
});

test('load a preset, then undo it', async ({ page }) => {
  await typeInto(page, 'projectName', 'mywork');
  const picker = page.getByLabel('Start from a preset');
  await picker.selectOption({ label: 'Load balancer (ALB) on ECS, HTTPS' });
  await expect(page.getByText(/Django in ECS containers behind an internet-facing ALB/)).toBeVisible();
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(field(page, 'origin.type')).toHaveValue('alb');
  await expect(field(page, 'origin.endpoint')).toHaveValue('origin.example.com');
  await expect(field(page, 'projectName')).toHaveValue('mysite');
  await expect(page.getByText('All settings are valid')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'projectName')).toHaveValue('mywork');
});

test('an invalid or missing preset file shows an error and the others still load', async ({ page }) => {
  await page.route('**/presets/03-alb-ecs.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        $preset: { name: 'Broken ALB', description: 'x' },
        origin: { type: 'apigw-rest' },
      }),
    }),
  );
  await page.route('**/presets/02-lambda-url-secret-header.json', (route) => route.fulfill({ status: 404 }));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'is invalid and was left out' });
  await expect(alert).toContainText('Broken ALB (03-alb-ecs.json)');
  await expect(alert).toContainText('origin.path: A REST API is reached through its stage');
  await expect(alert).toContainText('HTTP 404 for /presets/02-lambda-url-secret-header.json');
  const picker = page.getByLabel('Start from a preset');
  await expect(picker.locator('option', { hasText: 'Broken ALB (cannot be loaded)' })).toBeDisabled();
  await picker.selectOption({ label: 'API Gateway REST API, /prod stage' });
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(field(page, 'origin.path')).toHaveValue('/prod');
});
