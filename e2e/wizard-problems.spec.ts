import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PERMALINK_FORMAT } from '../src/config/permalink-migrations';
import { DRAFT_STORAGE_KEY } from '../src/config/startup';
import { decodeTraceInputs } from '../src/ui/trace/trace-link';
import { expectStep, goToStep, nextButton, openGuided, stepButton } from './flow-page';
import { editorState, isPhone, shot, sidewaysOverflow, VARIANTS } from './problem-variants';
import { failOnPageErrors } from './share-helpers';
import { field, openTarget, typeInto, waitForEditor } from './wizard-page';

/**
 * Issue 12's numbered problems, each checked as a person meets it, at three screens in light and dark. The
 * problems are batched by what the page shows (layout and reading, errors and fixes) to keep the run short.
 */
for (const variant of VARIANTS) {
  test.describe(`at ${variant.name}`, () => {
    test.use({ viewport: variant.viewport });
    test.beforeEach(async ({ page }) => {
      failOnPageErrors(page);
      await page.emulateMedia({ colorScheme: variant.scheme });
    });

    test('layout and reading: 2, 4, 5, 7, 10, 11, 12, 13, 15', async ({ page }) => {
      await openGuided(page);
      await waitForEditor(page);
      await shot(page, variant, 'step1');

      await test.step('4: between the inputs of a step, Tab meets nothing but inputs', async () => {
        const stops = await page.locator('#step-site').evaluate((step) => {
          const tabbable = [
            ...step.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary'),
          ].filter(
            (element) =>
              element.tabIndex >= 0 && !element.hasAttribute('disabled') && element.offsetParent !== null,
          );
          const next = tabbable.findIndex((element) => /^Next/.test(element.textContent ?? ''));
          return tabbable
            .slice(0, next)
            .filter((element) => !['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName))
            .map((element) => element.textContent?.trim());
        });
        expect(stops).toEqual(['Add a domain name']);
      });

      await test.step('15: the colour scheme follows the system, Monaco included', async () => {
        const background = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background).toBe(variant.scheme === 'dark' ? 'rgb(17, 21, 27)' : 'rgb(243, 245, 248)');
        await expect(page.locator('.code-view .monaco-editor')).toHaveClass(
          variant.scheme === 'dark' ? /vs-dark/ : /\bvs\b(?!-)/,
        );
        // And follows a change of the system's scheme while the page is open.
        const other = variant.scheme === 'dark' ? 'light' : 'dark';
        await page.emulateMedia({ colorScheme: other });
        await expect(page.locator('.code-view .monaco-editor')).toHaveClass(
          other === 'dark' ? /vs-dark/ : /\bvs\b(?!-)/,
        );
        await page.emulateMedia({ colorScheme: variant.scheme });
      });

      await test.step('15: preset labels fit their menu', async () => {
        const cut = await page.locator('.share-presets select').evaluate((select: HTMLSelectElement) => {
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room =
            select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
          return [...select.options].filter((option) => context.measureText(option.text).width > room).length;
        });
        // One option per preset file, and the menu's own first line.
        const presets = readdirSync('public/presets').filter((name) => name.endsWith('.json'));
        await expect(page.locator('.share-presets option')).toHaveCount(presets.length + 1);
        expect(cut).toBe(0);
      });

      await test.step('13: the project name comes from the domain', async () => {
        await typeInto(page, 'domains.primary', 'shop.example.org');
        await expect(field(page, 'projectName')).toHaveValue('shop-example');
        await expect(page.locator('#field-projectName-help').locator('..')).toContainText(
          'Made from your domain',
        );
      });

      await test.step('11: a field says it differs from the default; the code steps through its changes', async () => {
        await expect(page.locator('#field-domains-primary-help')).toContainText(
          'Changed from the default (www.example.com)',
        );
        await expect(page.getByRole('heading', { name: /Your site/ }).first()).toContainText(
          'changed from the defaults',
        );
        const navigator = page.locator('.change-navigator');
        await expect(navigator).toContainText(/\d+ lines? changed by your last edit/);
        await navigator.getByRole('button', { name: 'Next change' }).click();
        await expect(navigator).toContainText(/at 1 of \d+/);
        const { selectedLine } = await editorState(page);
        const changed = await page.locator('.code-view .line-changed').count();
        expect(changed).toBeGreaterThan(0);
        expect(selectedLine).toBeGreaterThan(0);
      });

      await test.step('5: the AWS words are spelled out, and DNS outside Route 53 has a path', async () => {
        const words = page.getByRole('definition');
        await expect(page.locator('.section-words')).toContainText('ACM');
        await expect(words.filter({ hasText: 'AWS Certificate Manager' })).toHaveCount(1);
        await expect(words.filter({ hasText: 'Amazon Resource Name' })).toHaveCount(1);
        await expect(page.getByRole('complementary', { name: 'DNS outside Route 53' })).toContainText(
          'CNAME',
        );
      });

      await test.step('7: Copy link moves nothing', async () => {
        // Boxes in page coordinates: clicking may scroll the page, which is not a layout shift.
        const layout = () =>
          page.evaluate(() =>
            ['.app-header', '.share-buttons', 'main', '#wizard-form-start'].map((selector) => {
              const box = document.querySelector(selector)!.getBoundingClientRect();
              return [selector, box.x, box.y + window.scrollY, box.width, box.height];
            }),
          );
        const before = await layout();
        await page.getByRole('button', { name: 'Copy link' }).click();
        await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
        expect(await layout()).toEqual(before);
        await shot(page, variant, 'copy-link');
        await page.getByRole('button', { name: 'Hide link' }).click();
      });

      await test.step('10: the jump link lands on the Checks (phones); beside the step otherwise', async () => {
        const checks = page.locator('#warnings-title');
        const jump = page.getByRole('link', { name: 'Jump to the checks and generated files' });
        if (isPhone(variant)) {
          await jump.click();
          await expect(checks).toBeInViewport();
          const box = await checks.boundingBox();
          expect(box!.y).toBeGreaterThanOrEqual(0);
          expect(box!.y).toBeLessThan(variant.viewport.height / 3);
          await shot(page, variant, 'jump');
        } else {
          await expect(jump).toBeHidden();
          const step = await page.locator('#step-site').boundingBox();
          const checksBox = await checks.boundingBox();
          expect(checksBox!.x).toBeGreaterThan(step!.x + step!.width - 1);
        }
      });

      await test.step('12: one scroll area, a useful editor, CDK and Terraform open on their stack', async () => {
        const overflow = await page
          .locator('#generated-files')
          .evaluate((column) => getComputedStyle(column).overflowY);
        expect(overflow).toBe('visible');
        await openTarget(page, 'CDK (TypeScript)');
        await expect(page.locator('.file-path')).toHaveText('cdk-typescript/lib/stacks.ts');
        await openTarget(page, 'Terraform');
        await expect(page.locator('.file-path')).toHaveText('terraform/main.tf');
        await waitForEditor(page);
        await page.locator('.code-view').scrollIntoViewIfNeeded();
        const box = await page.locator('.code-view').boundingBox();
        expect(box!.height).toBeLessThanOrEqual(variant.viewport.height);
        await expect
          .poll(async () => (await editorState(page)).visibleLines)
          .toBeGreaterThanOrEqual(variant.viewport.height >= 720 ? 24 : 15);
        expect((await editorState(page)).wordWrap).toBe('on');
        // At the end of the file the wheel scrolls the page on instead of being swallowed.
        await page.evaluate(() => {
          const monaco = (
            window as unknown as {
              monaco: { editor: { getEditors(): { setScrollTop(top: number): void }[] } };
            }
          ).monaco;
          monaco.editor.getEditors()[0]!.setScrollTop(100_000);
        });
        const editorBox = (await page.locator('.code-view').boundingBox())!;
        await page.mouse.move(editorBox.x + editorBox.width / 2, editorBox.y + editorBox.height / 2);
        const before = await page.evaluate(() => window.scrollY);
        await page.mouse.wheel(0, 400);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
        await shot(page, variant, 'terraform');
      });

      await test.step('2: the Request flow fits the screen', async () => {
        await openTarget(page, 'Request flow');
        const panel = page.locator('.trace-panel');
        await expect(panel).toBeVisible();
        for (const example of ['Logged-in form POST', 'Spoofed X-Forwarded-Host']) {
          await page.getByRole('button', { name: example }).click();
          expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
          const widest = await page.locator('#preview-tabpanel').evaluate((tabpanel) => {
            const right = tabpanel.getBoundingClientRect().right;
            return Math.max(
              ...[...tabpanel.querySelectorAll('*')].map(
                (element) => element.getBoundingClientRect().right - right,
              ),
            );
          });
          expect(widest).toBeLessThanOrEqual(1);
        }
        await panel.scrollIntoViewIfNeeded();
        await shot(page, variant, 'request-flow');
      });

      await test.step('5: OAC and SigV4 are spelled out where a function URL offers them', async () => {
        await goToStep(page, 2);
        await field(page, 'origin.type').selectOption('lambda-url');
        await expect(page.getByRole('definition').filter({ hasText: 'Origin access control' })).toHaveCount(
          1,
        );
        await expect(page.getByRole('definition').filter({ hasText: 'Signature Version 4' })).toHaveCount(1);
        await shot(page, variant, 'step2-words');
      });
    });

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
        await expect(other.getByRole('tab', { name: 'Request flow' })).toHaveAttribute(
          'aria-selected',
          'true',
        );
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
}
