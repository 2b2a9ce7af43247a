import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SECURITY_HEADERS, contentSecurityPolicy } from '../src/hosting/security-headers';
import { TARGET_TABS } from '../src/targets/catalogue';
import { PROBE_WORKER_PATH, serveBuiltSite, type StaticSite } from '../test/support/hosting/static-server';
import { field, fileText, openTarget, targetFiles, typeInto, waitForEditor } from './wizard-page';

/**
 * The production build (`npx vite build` first) served as a static host serves it: dist/ with the headers of the
 * `_headers` file the build generated. The page then runs under two policies at once, the `<meta>` one in
 * index.html and the header one; the header one also reports every violation to the server (report-uri), which
 * catches workers too. Deliberate violations at the end prove each of the three listeners hears one.
 */
const BUILT = 'dist';
const PROBE = 'https://csp-probe.invalid/probe.png';

let site: StaticSite;
test.beforeAll(async () => {
  site = await serveBuiltSite(BUILT, { reportViolations: true });
});
test.afterAll(async () => site.close());

interface Heard {
  events: string[];
  console: string[];
}

/** Listens for violations the way a person's browser would show them: events in the page, console errors. */
async function listen(page: Page): Promise<Heard> {
  const heard: Heard = { events: [], console: [] };
  await page.exposeFunction('reportViolation', (text: string) => heard.events.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(
        `${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) heard.console.push(message.text());
  });
  page.on('pageerror', (error) => heard.console.push(`page error: ${error.message}`));
  return heard;
}

const reportedUris = () =>
  site.reports.map((report) => (report as { 'csp-report'?: { 'blocked-uri'?: string } })['csp-report']);

test('the built page is served with the generated headers and carries its <meta> policy', async ({
  request,
}) => {
  const page = await request.get(`${site.url}/`);
  for (const header of SECURITY_HEADERS) {
    const sent = page.headers()[header.name.toLowerCase()];
    expect(sent?.replace(/; report-uri .*$/, ''), header.name).toBe(header.value);
  }
  expect(page.headers()['cache-control']).toBe('no-cache');
  const html = readFileSync(`${BUILT}/index.html`, 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
  expect(meta?.[1]).toBe(contentSecurityPolicy('meta'));
  expect(new TextEncoder().encode(html.slice(0, html.indexOf('<meta charset'))).length).toBeLessThan(1024);
  const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+)"/.exec(html)?.[1];
  const asset = await request.get(`${site.url}/${script}`);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a whole session under the policy: typing, every tab, a request-flow trace and the download, no violation', async ({
  page,
}) => {
  const heard = await listen(page);
  await page.goto(`${site.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'CloudFront Django Wizard' })).toBeVisible();
  await waitForEditor(page);

  await typeInto(page, 'projectName', 'shop');
  await typeInto(page, 'domains.primary', 'shop.example.org');
  await field(page, 'origin.type').selectOption('alb');
  await typeInto(page, 'origin.endpoint', 'origin.example.org');

  for (const { label } of TARGET_TABS) {
    await openTarget(page, label);
    if (await page.locator('.preview-empty').isVisible()) continue;
    for (const path of await targetFiles(page, label)) await fileText(page, path);
  }

  await openTarget(page, 'Request flow');
  const panel = page.getByRole('tabpanel');
  for (const example of ['Page view', 'Spoofed X-Forwarded-Host', 'Logged-in form POST']) {
    await panel.getByRole('button', { name: example }).click();
    await expect(panel.locator('.trace-hops')).toContainText('CloudFront Function');
  }
  await panel.getByLabel('URL').fill('https://shop.example.org/accounts/login/?next=/');
  await expect(panel.locator('.trace-hops')).toContainText('x-forwarded-host');
  await expect(panel.getByRole('alert')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .zip' }).click();
  expect((await downloading).suggestedFilename()).toBe('shop-cloudfront.zip');

  // The deliberate violations: eval in a worker (only the reports hear that one), then an image from a host the
  // policy does not name. Once the image's report has arrived, every earlier one has been sent too.
  const refusal = await page.evaluate(
    (path) =>
      new Promise<string>((resolve) => {
        const worker = new Worker(path);
        worker.onmessage = (event) => resolve(String(event.data));
      }),
    PROBE_WORKER_PATH,
  );
  expect(refusal).toMatch(/EvalError/);
  await page.evaluate((src) => {
    const image = document.createElement('img');
    image.src = src;
    document.body.append(image);
  }, PROBE);
  await expect.poll(() => reportedUris().map((report) => report?.['blocked-uri'])).toContain(PROBE);
  await expect.poll(() => JSON.stringify(site.reports)).toContain(PROBE_WORKER_PATH);
  await expect.poll(() => heard.events.some((text) => text.includes(PROBE))).toBe(true);
  await expect.poll(() => heard.console.some((text) => text.includes(PROBE))).toBe(true);

  const notProbe = (text: string | undefined) => !text?.includes(PROBE) && !text?.includes(PROBE_WORKER_PATH);
  expect(heard.events.filter(notProbe)).toEqual([]);
  expect(heard.console.filter(notProbe)).toEqual([]);
  expect(site.reports.filter((report) => notProbe(JSON.stringify(report)))).toEqual([]);
});
