import { expect, test } from './fixtures';
import { field, openTarget, openWizard, targetFiles, fileText, typeInto, waitForEditor } from './wizard-page';

test('a whole session makes no request outside the app origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await openWizard(page);
  await waitForEditor(page);
  await typeInto(page, 'domains.primary', 'offline.example.org');
  await field(page, 'origin.type').selectOption('alb');
  await typeInto(page, 'origin.endpoint', 'origin.example.org');
  await field(page, 'securityHeaders.mode').selectOption('custom');
  for (const label of await page.getByRole('tab').allTextContents()) {
    await openTarget(page, label);
    if (label === 'Request flow') {
      await expect(page.getByRole('tabpanel')).not.toContainText('Loading the request flow');
      await expect(page.getByRole('tabpanel')).not.toContainText('failed to load');
      continue;
    }
    if (await page.locator('.preview-empty').isVisible()) continue;
    for (const path of await targetFiles(page, label)) await fileText(page, path);
  }
  await page.screenshot({ path: '/tmp/wizard-session.png', fullPage: false });

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
  expect(foreign).toEqual([]);
});
