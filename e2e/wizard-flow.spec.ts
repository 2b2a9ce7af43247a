import { expect, test } from '@playwright/test';
import { encodePermalink } from '../src/config/permalink';
import { ConfigSchema } from '../src/config/schema';
import { expectStep, goToStep, nextButton, openGuided, stepButton, stepHeading } from './flow-page';
import { failOnPageErrors } from './share-helpers';
import { field, typeInto } from './wizard-page';

test.beforeEach(({ page }) => failOnPageErrors(page));

test('a first visit walks five short steps with Back and Next, the checks and preview beside each', async ({
  page,
}) => {
  await openGuided(page);
  await expectStep(page, 1);
  await expect(stepButton(page, 1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('region', { name: /Checks/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'CloudFront Function' })).toBeVisible();
  // Only this step's fields are on the page.
  await expect(field(page, 'domains.primary')).toBeVisible();
  await expect(field(page, 'origin.type')).toHaveCount(0);

  for (const number of [2, 3, 4, 5]) {
    await nextButton(page).click();
    await expectStep(page, number);
    await expect(stepHeading(page)).toBeFocused();
    await expect(stepButton(page, number)).toHaveAttribute('aria-current', 'step');
  }
  await expect(nextButton(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download all files (.zip)' })).toBeEnabled();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 4);
  await expect(field(page, 'originProtection.secretHeader')).toBeVisible();
  // A reload keeps the step.
  await page.reload();
  await expectStep(page, 4);
});

test('the step list says which steps have errors, fields to fill in and warnings', async ({ page }) => {
  await openGuided(page);
  // The example domain and certificate are flagged on step 1, the example origin on step 2.
  await expect(stepButton(page, 1)).toContainText('2 warnings');
  await expect(stepButton(page, 2)).toContainText('1 warning');
  await expect(stepButton(page, 3)).not.toContainText(/error|warning/);

  await goToStep(page, 2);
  await typeInto(page, 'origin.endpoint', 'not an endpoint');
  await expect(stepButton(page, 2)).toContainText('1 error');
  await expect(stepButton(page, 2)).toHaveAccessibleName(/Where Django runs.*1 error/);
  await typeInto(page, 'origin.endpoint', 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com');
  await expect(stepButton(page, 2)).not.toContainText(/error|warning/);
});

test('Next stays on a step with a mistake and puts the cursor on it', async ({ page }) => {
  await openGuided(page);
  await goToStep(page, 2);
  await typeInto(page, 'origin.endpoint', 'nonsense');
  await nextButton(page).click();
  await expectStep(page, 2);
  await expect(field(page, 'origin.endpoint')).toBeFocused();
  await expect(field(page, 'origin.endpoint')).toHaveAttribute('aria-invalid', 'true');
});

test('the full form is one click away and remembered; the guided steps one click back', async ({ page }) => {
  await openGuided(page);
  await page.getByRole('button', { name: 'Show the full form' }).click();
  await expect(field(page, 'origin.type')).toBeVisible();
  await expect(field(page, 'output.cloudFormationFormat')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Setup steps' })).toHaveCount(0);
  await page.reload();
  await expect(field(page, 'distribution.priceClass')).toBeVisible();
  await page.getByRole('button', { name: 'Use the guided steps' }).click();
  await expectStep(page, 1);
  await page.reload();
  await expectStep(page, 1);
});

test('opening a shared link, loading a preset or importing lands on the review', async ({ page }) => {
  const shared = ConfigSchema.parse({ projectName: 'linked', domains: { primary: 'linked.example.org' } });
  await openGuided(page, `/#${encodePermalink(shared)}`);
  await expectStep(page, 5);
  await expect(page.getByRole('region', { name: 'Your site' })).toContainText('linked.example.org');

  await openGuided(page, '/');
  await goToStep(page, 1);
  await page.getByLabel('Start from a preset').selectOption({ label: 'Load balancer (ALB) on ECS, HTTPS' });
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expectStep(page, 5);
  await expect(page.getByRole('region', { name: 'Where Django runs' })).toContainText(
    'Application Load Balancer',
  );
  // Each part is one click from its step.
  await page.getByRole('button', { name: 'Change Where Django runs' }).click();
  await expectStep(page, 2);
  await expect(field(page, 'origin.endpoint')).toHaveValue('origin.example.com');
});
