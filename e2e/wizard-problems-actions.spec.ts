import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PERMALINK_FORMAT } from '../src/config/permalink-migrations';
import { DRAFT_STORAGE_KEY } from '../src/config/startup';
import { decodeTraceInputs } from '../src/ui/trace/trace-link';
import { expectStep, goToStep, nextButton, openGuided, stepButton } from './flow-page';
import { atEveryVariant, shot } from './problem-variants';
import { field, openTarget, typeInto, waitForEditor } from './wizard-page';

/**
 * Issue 12's numbered problems of errors, fixes, downloads, what-ifs, links, import and autosave, each checked as a
 * person meets it, at three screens in light and dark (e2e/problem-variants.ts); layout and reading are in
 * wizard-problems-reading.spec.ts.
 */
atEveryVariant((variant) => {
  test('errors, checks and fixes: 1, 3, 6, 14', async ({ page }) => {
    await openGuided(page);

    await test.step('6: a field that just appeared is not red; the previews say they are behind', async () => {
      await field(page, 'dns.createRecords').check();
      const zone = field(page, 'dns.hostedZoneId');
      await expect(zone).toBeVisible();
      await expect(zone).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.field-pending').first()).toContainText('Still needed');
      await expect(page.getByText('These files are from your last valid settings')).toBeVisible();
      await expect(page.getByText('These checks are of your last valid settings')).toBeVisible();
      await expect(stepButton(page, 1)).toContainText('to fill in');
      await nextButton(page).click();
      await expectStep(page, 1);
      await expect(zone).toHaveAttribute('aria-invalid', 'true');
      await expect(zone).toBeFocused();
      await shot(page, variant, 'required');
      await field(page, 'dns.createRecords').uncheck();
      await expect(page.getByText('All settings are valid')).toBeVisible();
    });

    await test.step('1: an ERROR finding is marked at its field and named before Download and Copy link', async () => {
      await goToStep(page, 2);
      await field(page, 'origin.type').selectOption('alb');
      await typeInto(page, 'origin.endpoint', 'my-alb-123456.eu-west-1.elb.amazonaws.com');
      const endpoint = field(page, 'origin.endpoint');
      await expect(endpoint).toHaveAttribute('aria-invalid', 'true');
      const finding = page.locator('#field-origin-endpoint-findings');
      await expect(finding).toContainText('Error:');
      await expect(finding).toContainText('502');
      expect(await endpoint.getAttribute('aria-describedby')).toContain('field-origin-endpoint-findings');
      await expect(endpoint).toHaveAccessibleDescription(/every request ends in 502/);
      await expect(stepButton(page, 2)).toContainText('1 error');
      await shot(page, variant, 'error-finding');

      let downloads = 0;
      page.on('download', () => (downloads += 1));
      await page.getByRole('button', { name: 'Download .zip' }).click();
      const dialog = page.getByRole('dialog', { name: 'This setup has an error that breaks it' });
      await expect(dialog).toContainText('Origin endpoint');
      await expect(dialog).toContainText('every request ends in 502');
      await shot(page, variant, 'confirm');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Fix Origin endpoint' }).click();
      await expect(endpoint).toBeFocused();
      expect(downloads).toBe(0);
      await expect(page.getByRole('textbox', { name: 'Share link' })).toBeHidden();
      await typeInto(page, 'origin.endpoint', 'origin.example.org');
      await expect(endpoint).not.toHaveAttribute('aria-invalid', 'true');
    });

    await test.step('3: caching pages raises a check, says what matters up front, shows the Django side', async () => {
      await goToStep(page, 3);
      const marked = page.getByRole('radio', { name: 'Cache only what Django marks with Cache-Control' });
      await expect(page.locator('.choice-about').first()).toBeVisible();
      await marked.check();
      await expect(marked).toHaveAccessibleDescription(/Mark only pages that are the same for everyone/);
      const check = page.locator('[data-warning-id="cached-pages-need-marking"]');
      await expect(check).toBeVisible();
      await expect(
        page.getByRole('complementary', { name: 'Marking views cacheable in Django' }),
      ).toContainText('@cache_control(public=True, max_age=300)');
      await expect(page.locator('#field-dynamicCaching-mode-findings')).toContainText('never_cache');
      await shot(page, variant, 'caching');
    });

    await test.step('14: a one-click fix keeps the focus, and its Undo covers nothing', async () => {
      const check = page.locator('[data-warning-id="cached-pages-need-marking"]');
      await check.getByRole('button', { name: 'Do not cache Django pages' }).click();
      await expect(check).toHaveCount(0);
      const undo = page.getByRole('region', { name: /Checks/ }).getByRole('button', { name: 'Undo' });
      await expect(undo).toBeFocused();
      const position = await page
        .locator('.warnings-panel .undo-bar')
        .evaluate((bar) => getComputedStyle(bar).position);
      expect(position).toBe('static');
      await shot(page, variant, 'undo');
      await undo.click();
      await expect(
        page.getByRole('radio', { name: 'Cache only what Django marks with Cache-Control' }),
      ).toBeChecked();
    });
  });

  test('downloads, what-ifs, links, import and autosave: 8, 9, 15 and the storage problems', async ({
    page,
    context,
  }) => {
    await openGuided(page);
    await waitForEditor(page);

    await test.step('8: after Download, the deploy order for the target looked at, and one folder alone', async () => {
      await openTarget(page, 'Terraform');
      await goToStep(page, 5);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download all files (.zip)' }).click();
      await downloading;
      const next = page.getByRole('region', { name: /Next steps, in this order/ });
      await expect(next).toBeVisible();
      await expect(next.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(next.getByLabel('Deploy with')).toHaveValue('terraform');
      await expect(next).toContainText('Deploy the stack with Terraform');
      await expect(next.locator('pre').filter({ hasText: 'terraform' }).first()).toBeVisible();
      await expect(next).toContainText('Point your domain at CloudFront, last');
      await shot(page, variant, 'next-steps');
      const folder = page.waitForEvent('download');
      await next.getByRole('button', { name: 'Download only terraform/' }).click();
      const zip = await folder;
      expect(zip.suggestedFilename()).toBe('mysite-terraform.zip');
      const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(await zip.path()))));
      expect(entries).toContain('terraform/main.tf');
      expect(entries.every((path) => path.startsWith('terraform/'))).toBe(true);
      await next.getByLabel('Deploy with').selectOption('cdk-python');
      await expect(next).toContainText('Deploy the stack with CDK (Python)');
    });

    await test.step('9: what-ifs trace misconfigurations without changing the form, and travel in the link', async () => {
      await openTarget(page, 'Request flow');
      await page.getByRole('button', { name: 'Host forwarded to the origin' }).click();
      const whatIf = page.locator('.trace-what-if');
      await expect(whatIf).toContainText('Your setup is unchanged');
      await expect(page.locator('[data-hop="origin"]')).toHaveClass(/trace-hop-stopped/);
      await expect(page.locator('[data-hop="origin"]')).toContainText('403');
      await expect(page.locator('[data-hop="django"]')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Where Django runs' })).toContainText(
        'API Gateway HTTP API',
      );

      await page.getByRole('button', { name: 'A direct call to the origin' }).click();
      await expect(page.locator('[data-hop]')).toHaveCount(3);
      await expect(page.locator('[data-hop="edge"]')).toHaveCount(0);
      await expect(page.getByLabel('Verdicts')).toContainText('200 from the Django view');
      await page.getByRole('button', { name: 'An OAC-signed form POST' }).click();
      await expect(page.locator('.trace-error')).toContainText('Lambda function URLs only');
      await page.getByRole('button', { name: 'A direct call to the origin' }).click();
      await shot(page, variant, 'what-if');

      // The link opens the same trace.
      // The address bar follows a moment later: wait until it holds this what-if.
      await expect.poll(() => decodeTraceInputs(page.url())?.whatIf).toBe('direct-to-origin');
      expect(page.url()).toMatch(new RegExp(`#c=${PERMALINK_FORMAT.currentVersion}\\.[^&]+&t=`));
      const other = await context.newPage();
      await other.goto(page.url());
      await expect(other.getByRole('tab', { name: 'Request flow' })).toHaveAttribute('aria-selected', 'true');
      await expect(other.locator('.trace-what-if')).toContainText('called abc123defg.execute-api');
      await expect(other.getByRole('button', { name: 'A direct call to the origin' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await other.close();
    });

    await test.step('15: the import dialog says what is wrong in plain words', async () => {
      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a configuration' });
      const text = dialog.getByLabel('Paste a share link or configuration JSON');
      await text.fill('{\n "projectName": "shop"\n "origin": {} }');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText('This is not valid JSON near line 3');
      await text.fill(JSON.stringify({ projectName: 5, origin: { type: 'heroku' } }));
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(
        'Project name (in the JSON: projectName): This needs text, not a number',
      );
      await expect(alert).toContainText(
        'Where Django runs (in the JSON: origin.type): Choose one of: API Gateway HTTP API;',
      );
      await expect(alert).not.toContainText('Invalid input');
      await expect(alert).not.toContainText('expected');
      await shot(page, variant, 'import');
      await page.keyboard.press('Escape');
    });

    await test.step('another tab changing the saved draft is said, and the person chooses', async () => {
      const other = await context.newPage();
      await other.goto('/');
      await expect(other.locator('#step-heading')).toBeVisible();
      await goToStep(other, 1);
      await other.locator('#field-projectName').fill('from-the-other-tab');
      const notice = page.getByRole('status').filter({ hasText: 'Another tab saved a different version' });
      await expect(notice).toBeVisible();
      await shot(page, variant, 'other-tab');
      await notice.getByRole('button', { name: 'Use the other tab’s version' }).click();
      await goToStep(page, 1);
      await expect(field(page, 'projectName')).toHaveValue('from-the-other-tab');
      await other.close();
    });

    await test.step('autosave failing (storage full) is said on the page', async () => {
      await page.evaluate((key) => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (name: string, value: string) {
          if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, name, value);
        };
      }, DRAFT_STORAGE_KEY);
      await typeInto(page, 'projectName', 'full-storage');
      const alert = page.getByRole('alert').filter({ hasText: 'not being saved in this browser' });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('Copy the link or download');
      await shot(page, variant, 'storage-full');
    });
  });
});
