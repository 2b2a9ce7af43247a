import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { goToStep, openGuided } from './flow-page';
import { atEveryVariant, editorState, isPhone, shot, sidewaysOverflow } from './problem-variants';
import { field, openTarget, typeInto, waitForEditor } from './wizard-page';

/**
 * Issue 12's numbered problems of layout and reading, each checked as a person meets it, at three screens in light
 * and dark (e2e/problem-variants.ts); the errors, downloads and links are in wizard-problems-actions.spec.ts.
 */
atEveryVariant((variant) => {
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
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
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
      await expect(page.getByRole('complementary', { name: 'DNS outside Route 53' })).toContainText('CNAME');
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
      await expect(page.getByRole('definition').filter({ hasText: 'Origin access control' })).toHaveCount(1);
      await expect(page.getByRole('definition').filter({ hasText: 'Signature Version 4' })).toHaveCount(1);
      await shot(page, variant, 'step2-words');
    });
  });
});
