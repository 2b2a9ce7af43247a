import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the production build (`npx vite build` first), in Debian's Chromium: no browser download.
 * CHROMIUM_PATH points at another Chromium when /usr/bin/chromium is not the one to use.
 */
// E2E_PORT lets two checkouts run their browser tests on one machine at the same time.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['django/**'],
  fullyParallel: true,
  // Two workers on the 2-core CI machine too: the same as every local run (retries catch a slow machine's flake).
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  // Several people run specs at once on one machine: PLAYWRIGHT_OUTPUT_DIR keeps their artifacts apart.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? '.tmp/playwright-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
