/**
 * `npm run bench:browser [-- --no-build | --dist DIR] [-- --runs N] [-- --samples]`: what a person feels, measured in Debian's Chromium on the
 * production build (served by `vite preview`, with its Content-Security-Policy).
 * - per run a fresh browser: first contentful paint, form usable (the frame that first shows the Domain input), the first
 *   code on screen (plain text until Monaco), Monaco's first lines, the JavaScript fetched before the form was usable
 * - 20 keystrokes in the Domain field per run: keydown → the first DOM mutation after which the visible editor shows
 *   the new domain, and → the frame after it painted (scripts/bench-browser-probe.js); long tasks while typing
 * - first-load JavaScript per chunk, gzip (the entry and its static imports, as `npm run bench` counts them)
 * Prints median and p95 over runs and exits 0 (targets missed are reported, not fatal; `--strict` exits 1).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { benchBuild } from './bench-build';
import { report, type Keystroke, type RunResult } from './bench-browser-report';

const KEYSTROKES = 20;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Typed at the start of the Domain field: each keystroke makes a new valid name that no earlier one contains.
const TYPED = 'abcdefghijklmnopqrstuvwxyz'.slice(0, KEYSTROKES);
const START_DOMAIN = 'www.example.com';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const root = join(import.meta.dirname, '..');
const probe = readFileSync(join(import.meta.dirname, 'bench-browser-probe.js'), 'utf8');

interface ProbeState {
  formUsable?: number;
  codeVisible?: number;
  editorReady?: number;
  longTasks: { start: number; duration: number }[];
  keystroke?: { keydown?: number; visible?: number; painted?: number };
}

// Page code as strings: tsx would wrap functions in helpers the page does not have.
const readProbe = (page: Page) =>
  page.evaluate('JSON.parse(JSON.stringify(window.__bench))') as Promise<ProbeState>;

/** Waits in the page until the JavaScript expression `condition` holds. */
async function until(page: Page, condition: string, timeout = 60_000): Promise<void> {
  await page.evaluate(`window.__bench.until(() => (${condition}), ${timeout})`);
}

async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((done) => requestIdleCallback(() => setTimeout(done, 50), { timeout: 2000 }))',
  );
}

async function oneRun(browser: Browser, url: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  await page.goto(url);
  const domain = page.locator('#field-domains-primary');
  await domain.waitFor();
  await until(page, 'window.__bench.editorReady !== undefined');
  await until(
    page,
    `document.querySelector('#preview-tabpanel .monaco-editor .view-lines')?.textContent.includes(${JSON.stringify(START_DOMAIN)})`,
  );
  await waitIdle(page);
  const loaded = await readProbe(page);
  const fcp = (await page.evaluate(
    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN",
  )) as number;
  const scriptsBeforeForm = (await page.evaluate(
    `performance.getEntriesByType('resource')
      .filter((entry) => entry.initiatorType !== 'css' && entry.name.endsWith('.js') && entry.responseEnd <= ${loaded.formUsable ?? 0})
      .map((entry) => new URL(entry.name).pathname.replace(/^\\//, ''))`,
  )) as string[];

  await domain.click();
  await domain.press('Home');
  const typingStarts = (await page.evaluate('performance.now()')) as number;
  const keystrokes: Keystroke[] = [];
  for (let index = 0; index < TYPED.length; index += 1) {
    const typed = TYPED.slice(0, index + 1);
    const expected = `${typed}${START_DOMAIN}`;
    await page.evaluate(`window.__bench.expectText(${JSON.stringify(expected)})`);
    await page.keyboard.press(TYPED[index]!);
    await until(page, 'window.__bench.keystroke.painted !== undefined', 10_000);
    const { keystroke } = await readProbe(page);
    keystrokes.push({
      toText: keystroke!.visible! - keystroke!.keydown!,
      toFrame: keystroke!.painted! - keystroke!.keydown!,
    });
    // Each keystroke on its own: the deferred work of the last one (Checks, explanations) finishes first.
    await waitIdle(page);
  }
  const finalDomain = `${TYPED}${START_DOMAIN}`;
  // The Checks follow the new value: the example-domain warning names what was typed.
  const checksFollow = await page
    .locator('.warnings-panel')
    .first()
    .textContent()
    .then((text) => (text ?? '').includes(finalDomain))
    .catch(() => false);
  const done = await readProbe(page);
  await context.close();
  return {
    fcp,
    formUsable: loaded.formUsable ?? NaN,
    codeVisible: loaded.codeVisible ?? NaN,
    editorReady: loaded.editorReady ?? NaN,
    scriptsBeforeForm,
    keystrokes,
    longTasksLoading: loaded.longTasks.map((task) => task.duration),
    longTasksTyping: done.longTasks.filter((task) => task.start >= typingStarts).map((task) => task.duration),
    checksFollow,
  };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return `${CHROMIUM} (version unknown)`;
  }
}

async function main(): Promise<void> {
  console.log(`# CloudFront Django Wizard browser benchmark (${new Date().toISOString()})`);
  // Timings on a shared machine move with its load: print it so a figure can be judged.
  console.log(
    `${chromiumVersion()}; Node ${process.version}; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GB; load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
  );
  // --dist measures a build made elsewhere (e.g. of an older commit, to compare).
  const distArg = args.indexOf('--dist');
  const build =
    distArg >= 0
      ? { dir: args[distArg + 1]!, fresh: false, remove: () => undefined }
      : benchBuild(root, args.includes('--no-build'));
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: build.dir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  const results: RunResult[] = [];
  try {
    if (url === undefined) throw new Error('vite preview did not report its address');
    for (let run = 0; run < RUNS; run += 1) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      try {
        results.push(await oneRun(browser, url));
      } finally {
        await browser.close();
      }
      process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
    }
    const missed = report(results, build.dir, {
      runs: RUNS,
      keystrokes: KEYSTROKES,
      samples: args.includes('--samples'),
    });
    if (args.includes('--strict') && missed.length > 0) process.exitCode = 1;
  } finally {
    await server.close();
    build.remove();
  }
}

await main();
