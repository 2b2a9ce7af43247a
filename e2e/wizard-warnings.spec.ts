import { expect, test } from './fixtures';
import { field, openWizard } from './wizard-page';

test.describe('warnings', () => {
  test('a warning appears for a risky setting, and its fix removes it (with undo)', async ({ page }) => {
    await openWizard(page);
    const panel = page.getByRole('region', { name: /Checks/ });
    const preload = panel.locator('[data-warning-id="hsts-preload-requirements"]');
    await expect(preload).toHaveCount(0);

    await field(page, 'securityHeaders.mode').selectOption('custom');
    await field(page, 'securityHeaders.hstsPreload').check();
    await expect(preload).toBeVisible();
    await expect(preload).toContainText('Warning');
    // Each warning links to the documentation it rests on.
    await expect(preload.getByRole('link').last()).toHaveAttribute('href', /^https:\/\//);

    await preload.getByRole('button', { name: 'Include subdomains, max-age one year' }).click();
    await expect(preload).toHaveCount(0);
    await expect(field(page, 'securityHeaders.hstsIncludeSubdomains')).toBeChecked();
    await expect(field(page, 'securityHeaders.hstsMaxAgeSeconds')).toHaveValue('31536000');

    // The fix can be taken back.
    const undoBar = page
      .getByRole('status')
      .filter({ hasText: 'Applied: Include subdomains, max-age one year' });
    await expect(undoBar).toBeVisible();
    await undoBar.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(field(page, 'securityHeaders.hstsIncludeSubdomains')).not.toBeChecked();
    await expect(preload).toBeVisible();
  });

  test('every fix offered for the starting setup clears its own warning', async ({ page }) => {
    await openWizard(page);
    const fixable = page.locator('[data-warning-id]').filter({ has: page.locator('button') });
    const ids = await fixable.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-warning-id')!),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const warning = page.locator(`[data-warning-id="${id}"]`);
      if ((await warning.count()) === 0) continue; // an earlier fix cleared it too
      await warning.getByRole('button').click();
      await expect(warning).toHaveCount(0);
    }
    await expect(page.getByRole('status').filter({ hasText: 'All settings are valid' })).toBeVisible();
  });
});
