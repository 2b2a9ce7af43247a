import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { field, openWizard, typeInto, waitForEditor } from './wizard-page';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

test.describe('axe accessibility scan (WCAG 2.1 A/AA)', () => {
  test('the wizard as it opens has no violations', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with invalid fields and every conditional field shown, still none', async ({ page }) => {
    await openWizard(page);
    await waitForEditor(page);
    await typeInto(page, 'domains.primary', 'not a domain');
    await field(page, 'origin.type').selectOption('lambda-url');
    await field(page, 'origin.lambdaUrlAuth').selectOption('oac');
    await field(page, 'dns.createRecords').check();
    await field(page, 'securityHeaders.mode').selectOption('custom');
    await expect(field(page, 'domains.primary')).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page)).toEqual([]);
  });

  test('at 390px wide, none', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openWizard(page);
    await waitForEditor(page);
    expect(await violations(page)).toEqual([]);
  });
});
