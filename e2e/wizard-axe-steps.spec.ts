import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectStep, goToStep, openGuided } from './flow-page';
import { field, openTarget, typeInto, waitForEditor } from './wizard-page';

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

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (WCAG 2.1 A/AA), ${scheme}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('every step of the guided flow, with its findings, and the next steps', async ({ page }) => {
      await openGuided(page);
      await waitForEditor(page);
      for (const number of [1, 2, 3, 4, 5]) {
        await goToStep(page, number);
        expect(await violations(page), `step ${number}`).toEqual([]);
      }
      // An ERROR at its field, a step with a field still to fill in, caching with its Django note.
      await goToStep(page, 2);
      await field(page, 'origin.type').selectOption('alb');
      await typeInto(page, 'origin.endpoint', 'my-alb-123456.eu-west-1.elb.amazonaws.com');
      await expect(field(page, 'origin.endpoint')).toHaveAttribute('aria-invalid', 'true');
      expect(await violations(page), 'error finding').toEqual([]);
      await page.getByRole('button', { name: 'Download .zip' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page), 'confirmation').toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Download anyway' }).click();
      await expectStep(page, 5);
      await expect(page.getByRole('region', { name: /Next steps/ })).toBeVisible();
      expect(await violations(page), 'next steps').toEqual([]);
      await goToStep(page, 1);
      await field(page, 'dns.createRecords').check();
      await goToStep(page, 3);
      await page.getByRole('radio', { name: 'Cache only what Django marks with Cache-Control' }).check();
      expect(await violations(page), 'caching with a field to fill in elsewhere').toEqual([]);
    });

    test('the Request flow with a what-if, and the full form', async ({ page }) => {
      await openGuided(page);
      await openTarget(page, 'Request flow');
      await page.getByRole('button', { name: 'A direct call to the origin' }).click();
      await expect(page.locator('.trace-what-if')).toBeVisible();
      expect(await violations(page), 'request flow').toEqual([]);
      await page.getByRole('button', { name: 'Show the full form' }).click();
      await expect(field(page, 'distribution.priceClass')).toBeVisible();
      await openTarget(page, 'CloudFormation');
      await waitForEditor(page);
      expect(await violations(page), 'full form').toEqual([]);
    });
  });
}
