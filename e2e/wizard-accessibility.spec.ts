import { expect, test } from './fixtures';
import { field, modelText, openTarget, openWizard, waitForEditor } from './wizard-page';

test.describe('accessibility', () => {
  test('keyboard only: Tab to a field, change it, add a domain, switch preview tabs', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    const primary = field(page, 'domains.primary');

    // Tab from the top of the page until the domain field has focus, as a keyboard user does.
    await page.locator('body').focus();
    for (
      let step = 0;
      step < 40 && !(await primary.evaluate((input) => input === document.activeElement));
      step++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(primary).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('keys.example.net');
    await expect(primary).toHaveValue('keys.example.net');

    // Tab on (past the field's doc links) to "Add a domain name"; Enter adds a field and focuses it.
    const add = page.getByRole('button', { name: 'Add a domain name' });
    for (
      let step = 0;
      step < 10 && !(await add.evaluate((button) => button === document.activeElement));
      step++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, 'domains.additional.0')).toBeFocused();
    await page.keyboard.type('example.net');

    // Origin type select changes from the keyboard too.
    await field(page, 'origin.type').focus();
    await page.keyboard.press('ArrowDown');
    await expect(field(page, 'origin.type')).toHaveValue('apigw-rest');

    // Preview tabs: arrow keys move between targets.
    await openTarget(page, 'CloudFront Function');
    await page.getByRole('tab', { name: 'CloudFront Function' }).focus();
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab').nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'CloudFront Function' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    // The read-only editor does not trap Tab.
    await page.locator('.code-view .monaco-editor textarea').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null)).toBe(true);

    // The REST API needs a stage: fill it so the config is valid and the preview follows.
    await field(page, 'origin.path').focus();
    await page.keyboard.type('/prod');
    await expect
      .poll(() => modelText(page, 'cloudfront-function/viewer-request.js'))
      .toContain('keys.example.net');
  });

  test('every visible input has a label tied to it, and focus is visible', async ({ page }) => {
    await openWizard(page);
    const inputs = page.locator('form input, form select, form textarea');
    const count = await inputs.count();
    expect(count).toBeGreaterThan(20);
    for (let index = 0; index < count; index++) {
      const input = inputs.nth(index);
      if (!(await input.isVisible())) continue;
      const labelled = await input.evaluate(
        (element) =>
          (element as HTMLInputElement).labels !== null &&
          [...(element as HTMLInputElement).labels!].some((label) => label.textContent!.trim() !== ''),
      );
      expect(labelled, `input ${await input.getAttribute('id')} has a visible label`).toBe(true);
    }
    await expect(page.locator('form fieldset legend').first()).toBeVisible();

    const primary = field(page, 'domains.primary');
    await primary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await primary.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('at 390px wide the page has no horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openWizard(page);
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Add a domain name' }).click();
    await field(page, 'domains.additional.0').pressSequentially('a-rather-long-subdomain-name.example.com');
    await field(page, 'origin.type').selectOption('lambda-url');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/wizard-390-top.png' });
    await page.locator('#generated-files').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/wizard-390-previews.png' });
  });
});
