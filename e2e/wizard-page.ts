import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers that drive the wizard the way a person does and read what the previews show. */

export async function openWizard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'CloudFront Django Wizard' })).toBeVisible();
}

/** Waits until the lazily loaded Monaco editor shows the selected file. */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.code-view .monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => 'monaco' in window);
}

/** The text of the editor model Monaco holds for a previewed file (the whole file, not only visible lines). */
export async function modelText(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate((wanted) => {
    const monaco = (
      window as unknown as {
        monaco?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } };
      }
    ).monaco;
    const model = monaco?.editor
      .getModels()
      .find((candidate) => candidate.uri.path.endsWith(`/${wanted}`) || candidate.uri.path === wanted);
    return model?.getValue();
  }, path);
}

export async function openTarget(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label, exact: true }).click();
  await expect(page.getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** The paths of the selected target's files, as its file list shows them. */
export async function targetFiles(page: Page, label: string): Promise<string[]> {
  const buttons = page.getByRole('navigation', { name: `${label} files` }).getByRole('button');
  await expect(buttons.first()).toBeVisible();
  return buttons.allTextContents();
}

/** Opens one file of the current target and returns its editor text once Monaco shows it. */
export async function fileText(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: path, exact: true }).click();
  await expect(page.locator(`.code-view[data-file-path="${path}"] .monaco-editor`)).toBeVisible({
    timeout: 30_000,
  });
  let text: string | undefined;
  await expect.poll(async () => (text = await modelText(page, path)) !== undefined).toBe(true);
  return text!;
}

/** Every file of a target, opened one by one in the editor, joined. */
export async function targetText(page: Page, label: string): Promise<string> {
  await openTarget(page, label);
  await waitForEditor(page);
  const texts: string[] = [];
  for (const path of await targetFiles(page, label)) texts.push(await fileText(page, path));
  return texts.join('\n');
}

/** The input of a form field by its dotted schema path ("domains.primary"); ids follow the path. */
export function field(page: Page, path: string): Locator {
  return page.locator(`#field-${path.replace(/\./g, '-')}`);
}

/** Replaces a text field's value by typing, as a person does (select all, type). */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  const input = field(page, path);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}
