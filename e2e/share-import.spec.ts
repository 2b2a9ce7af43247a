import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { permalinkUrl } from '../src/config/permalink';
import { ConfigSchema } from '../src/config/schema';
import { failOnPageErrors } from './share-helpers';
import { field, openWizard, typeInto } from './wizard-page';

const restPreset = readFileSync(
  new URL('../public/presets/04-apigw-rest-regional.json', import.meta.url),
  'utf8',
);

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a configuration' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await openWizard(page);
  await typeInto(page, 'projectName', 'mywork');
});

test('import by pasting configuration JSON, then undo it', async ({ page }) => {
  const dialog = await openImport(page);
  await expect(dialog.getByLabel('Paste a share link or configuration JSON')).toBeFocused();
  await dialog.getByLabel('Paste a share link or configuration JSON').fill(restPreset);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'origin.type')).toHaveValue('apigw-rest');
  await expect(field(page, 'origin.path')).toHaveValue('/prod');
  await expect(field(page, 'projectName')).toHaveValue('mysite');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'projectName')).toHaveValue('mywork');
  await expect(field(page, 'origin.type')).toHaveValue('apigw-http');
});

test('import by pasting a share link', async ({ page }) => {
  const shared = ConfigSchema.parse({ projectName: 'linked', domains: { primary: 'linked.example.org' } });
  const dialog = await openImport(page);
  await dialog
    .getByLabel('Paste a share link or configuration JSON')
    .fill(permalinkUrl(shared, 'https://someone-else.example/wizard/'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(field(page, 'projectName')).toHaveValue('linked');
  await expect(field(page, 'domains.primary')).toHaveValue('linked.example.org');
});

test('import by choosing a file and by dropping one', async ({ page }) => {
  let dialog = await openImport(page);
  await dialog.getByLabel(/Or choose a \.json file/).setInputFiles({
    name: 'config.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ projectName: 'fromfile', origin: { type: 'alb', endpoint: 'origin.example.com' } }),
    ),
  });
  await expect(dialog).toBeHidden();
  await expect(field(page, 'projectName')).toHaveValue('fromfile');
  await expect(field(page, 'origin.endpoint')).toHaveValue('origin.example.com');

  dialog = await openImport(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const json = JSON.stringify({ projectName: 'dropped' });
    transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return transfer;
  });
  await dialog.locator('form').dispatchEvent('drop', { dataTransfer });
  await expect(dialog).toBeHidden();
  await expect(field(page, 'projectName')).toHaveValue('dropped');
});

test('invalid input lists each field and why, and replaces nothing', async ({ page }) => {
  const dialog = await openImport(page);
  const text = dialog.getByLabel('Paste a share link or configuration JSON');
  await text.fill(JSON.stringify({ projectName: 'Bad Name', domains: { primary: 'https://x.example.org' } }));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'Could not import the pasted text: 2 settings are not valid. Nothing was replaced.',
  );
  await expect(alert.getByRole('listitem').filter({ hasText: 'projectName' })).toContainText(
    'Project name: 2-32 lower-case letters',
  );
  await expect(alert.getByRole('listitem').filter({ hasText: 'domains.primary' })).toContainText(
    'Enter the domain name only, without https://',
  );

  await text.fill('{"projectName": "broken json"');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(alert).toContainText('This is not valid JSON');

  await text.fill('https://wizard.example/#c=1.AAAA');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(alert).toContainText('Could not import the pasted text');

  // Escape closes the dialog, nothing changed, and focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  await expect(field(page, 'projectName')).toHaveValue('mywork');
});

test('keep the valid part of an invalid import', async ({ page }) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel('Paste a share link or configuration JSON')
    .fill(JSON.stringify({ projectName: 'partial', domains: { primary: 'not a domain' } }));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Keep the valid part' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'projectName')).toHaveValue('partial');
  await expect(field(page, 'domains.primary')).toHaveValue('www.example.com');
});
