import { expect, test } from './fixtures';
import { field, fileText, openTarget, openWizard, typeInto, waitForEditor } from './wizard-page';

test.describe('explanations in the previews', () => {
  test('explained lines carry a glyph and are listed under the editor with their doc links', async ({
    page,
  }) => {
    await openWizard(page);
    await waitForEditor(page);
    await openTarget(page, 'CloudFront Function');
    const text = await fileText(page, 'cloudfront-function/viewer-request.js');
    const lines = text.split('\n');

    const settings = page.getByRole('region', { name: 'Settings in this file' });
    await expect(settings).toBeVisible();
    const entry = settings.getByRole('listitem').first();
    await expect(entry.getByRole('link').first()).toHaveAttribute(
      'href',
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    const lineButton = entry.getByRole('button', { name: /^line \d+$/ }).first();
    const line = Number((await lineButton.textContent())!.replace('line ', ''));
    // The explained line is the one that overwrites X-Forwarded-Host.
    expect(lines[line - 1]).toContain('x-forwarded-host');
    await expect(page.locator('.code-view .glyph-explained').first()).toBeVisible();

    await lineButton.click();
    const selectedLine = await page.evaluate(() => {
      const monaco = (
        window as unknown as {
          monaco: { editor: { getEditors(): { getSelection(): { startLineNumber: number } | null }[] } };
        }
      ).monaco;
      return monaco.editor.getEditors()[0]!.getSelection()?.startLineNumber;
    });
    expect(selectedLine).toBe(line);
  });

  test('lines changed by the last edit are highlighted and counted', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    await openTarget(page, 'CloudFront Function');
    await fileText(page, 'cloudfront-function/viewer-request.js');
    await expect(page.locator('.code-view .line-changed')).toHaveCount(0);
    await typeInto(page, 'domains.primary', 'changed.example.org');
    await expect(field(page, 'domains.primary')).toHaveValue('changed.example.org');
    await expect(page.locator('.code-view .line-changed').first()).toBeVisible();
    await expect(page.locator('.changed-count')).toContainText('changed by your last edit');
  });

  test('Copy puts the whole file on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openWizard(page);
    await waitForEditor(page);
    await openTarget(page, 'Django settings');
    const path = 'django/cloudfront_settings.py';
    const text = await fileText(page, path);
    await page.getByRole('button', { name: `Copy ${path}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});
