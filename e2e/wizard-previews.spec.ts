import { expect, test } from './fixtures';
import {
  field,
  fileText,
  modelText,
  openTarget,
  openWizard,
  targetText,
  typeInto,
  waitForEditor,
} from './wizard-page';

test.describe('live previews', () => {
  test('a typed domain appears in the CloudFront Function, CDK and Django previews', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    await typeInto(page, 'domains.primary', 'shop.example.org');
    await expect(field(page, 'domains.primary')).toHaveValue('shop.example.org');

    await expect
      .poll(() => targetText(page, 'CloudFront Function'), { timeout: 45_000 })
      .toContain('shop.example.org');
    await expect
      .poll(() => targetText(page, 'CDK (TypeScript)'), { timeout: 45_000 })
      .toContain('shop.example.org');
    await expect
      .poll(() => targetText(page, 'Django settings'), { timeout: 45_000 })
      .toContain('shop.example.org');
  });

  test('an invalid domain is flagged at the field and the previews keep the last valid output', async ({
    page,
  }) => {
    await openWizard(page);
    await waitForEditor(page);
    await typeInto(page, 'domains.primary', 'shop.example.org');
    await openTarget(page, 'CloudFront Function');
    const path = 'cloudfront-function/viewer-request.js';
    await expect.poll(async () => (await fileText(page, path)).includes('shop.example.org')).toBe(true);

    await typeInto(page, 'domains.primary', 'shop example');
    const input = field(page, 'domains.primary');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    const message = page.locator(`#${errorId}`);
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('Not a valid domain name');
    // What the person typed stays in the field.
    await expect(input).toHaveValue('shop example');
    await expect(page.getByRole('status').filter({ hasText: 'last valid setup' })).toBeVisible();

    // The preview still shows the last valid domain, never the invalid text.
    const text = await modelText(page, path);
    expect(text).toContain('shop.example.org');
    expect(text).not.toContain('shop example');

    await typeInto(page, 'domains.primary', 'fixed.example.org');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => modelText(page, path)).toContain('fixed.example.org');
  });

  test('switching the origin type changes the fields shown and the previews', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    await expect(field(page, 'origin.lambdaUrlAuth')).toHaveCount(0);
    const before = await targetText(page, 'CloudFormation');
    expect(before).toContain('execute-api');

    await field(page, 'origin.type').selectOption('lambda-url');
    await expect(field(page, 'origin.lambdaUrlAuth')).toBeVisible();
    // The function ARN is asked for only when origin access control signs the requests.
    await expect(field(page, 'origin.lambdaFunctionArn')).toHaveCount(0);
    await field(page, 'origin.lambdaUrlAuth').selectOption('oac');
    await expect(field(page, 'origin.lambdaFunctionArn')).toBeVisible();
    await field(page, 'origin.lambdaUrlAuth').selectOption('none-with-secret-header');
    // The API Gateway endpoint does not fit a function URL: the field says so.
    await expect(field(page, 'origin.endpoint')).toHaveAttribute('aria-invalid', 'true');

    await typeInto(page, 'origin.endpoint', 'https://abcdefghij1234567890.lambda-url.eu-west-1.on.aws/');
    await expect(field(page, 'origin.endpoint')).not.toHaveAttribute('aria-invalid', 'true');
    await expect
      .poll(() => targetText(page, 'CloudFormation'), { timeout: 45_000 })
      .toContain('abcdefghij1234567890.lambda-url.eu-west-1.on.aws');

    await field(page, 'origin.type').selectOption('alb');
    await expect(field(page, 'origin.lambdaUrlAuth')).toHaveCount(0);
  });

  test('extra domain names can be added and removed', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Add a domain name' }).click();
    await expect(field(page, 'domains.additional.0')).toBeFocused();
    await field(page, 'domains.additional.0').pressSequentially('example.com');
    await expect
      .poll(() => targetText(page, 'Django settings'), { timeout: 45_000 })
      .toContain('"example.com"');

    await page.getByRole('button', { name: 'Remove other domain name 1' }).click();
    await expect(field(page, 'domains.additional.0')).toHaveCount(0);
    await expect
      .poll(() => targetText(page, 'Django settings'), { timeout: 45_000 })
      .not.toContain('"example.com"');
  });

  test('the editor keeps its scroll position while the form changes the file', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    const path = (await targetText(page, 'CloudFormation')) && 'cloudformation/template.yaml';
    await fileText(page, path);
    const scrollTop = () =>
      page.evaluate(() => {
        const monaco = (
          window as unknown as {
            monaco: {
              editor: { getEditors(): { getScrollTop(): number; setScrollTop(top: number): void }[] };
            };
          }
        ).monaco;
        return monaco.editor.getEditors()[0]!.getScrollTop();
      });
    await page.evaluate(() => {
      const monaco = (
        window as unknown as { monaco: { editor: { getEditors(): { setScrollTop(top: number): void }[] } } }
      ).monaco;
      monaco.editor.getEditors()[0]!.setScrollTop(600);
    });
    await expect.poll(scrollTop).toBe(600);
    await typeInto(page, 'domains.primary', 'scroll.example.org');
    await expect.poll(() => modelText(page, path)).toContain('scroll.example.org');
    expect(await scrollTop()).toBe(600);
  });

  test('the form and the code are usable before the editor chunk arrives', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/CodeEditor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openWizard(page);
    const fallback = page.locator('.code-view pre.code-fallback');
    await expect(fallback).toContainText("request.headers['x-forwarded-host']");
    await typeInto(page, 'domains.primary', 'early.example.org');
    await expect(fallback).toContainText('early.example.org');
    await expect(page.locator('.code-view .monaco-editor')).toHaveCount(0);

    release();
    await waitForEditor(page);
    await expect
      .poll(() => modelText(page, 'cloudfront-function/viewer-request.js'))
      .toContain('early.example.org');
  });
});
