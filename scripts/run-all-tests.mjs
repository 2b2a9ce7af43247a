#!/usr/bin/env node
// The one test command (`npm test`): static checks, unit and contract tests (Vitest), then the browser tests
// (Playwright in Debian's Chromium). Every stage runs even if an earlier one failed; the last line sums them up
// as "N passed, N failed, N skipped" and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp/test-results';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const stageLines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  stageLines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const only = process.argv[2];

if (!only || only === 'static') {
  check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  check('eslint', 'npx', ['eslint', '.', '--max-warnings', '0']);
  check('prettier', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
}

/**
 * The Django tests run generated settings in a real Django: make the virtualenv they use when it is missing
 * (pip reads the requirements from PyPI, or from the local mirror pip is configured with).
 */
function ensureDjangoVenv() {
  if (existsSync('.venv/bin/gunicorn')) return;
  console.log('\n=== Python virtualenv for the Django tests (.venv, from e2e/django/requirements.txt)');
  const made =
    spawnSync('python3', ['-m', 'venv', '.venv'], { stdio: 'inherit' }).status === 0 &&
    spawnSync('.venv/bin/pip', ['install', '--quiet', '-r', 'e2e/django/requirements.txt'], {
      stdio: 'inherit',
    }).status === 0;
  if (!made) console.log('Could not create .venv: the Django tests will say so (and fail under CI=true).');
}

if (!only || only === 'unit') {
  ensureDjangoVenv();
  const file = `${tmp}/vitest.json`;
  const { ok, seconds } = run('unit and contract tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    stageLines.push(
      `vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped (${seconds} s)`,
    );
    if (!ok && report.numFailedTests === 0) {
      totals.failed += 1;
      stageLines.push('vitest: exited non-zero (a suite failed to load)');
    }
  } else {
    totals.failed += 1;
    stageLines.push(`vitest: no report (${seconds} s)`);
  }
}

if (!only || only === 'e2e') {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(
      `\nNo Chromium at ${chromium}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const build = run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  totals[build.ok ? 'passed' : 'failed'] += 1;
  stageLines.push(`vite build: ${build.ok ? 'ok' : 'FAILED'} (${build.seconds} s)`);
  const file = `${tmp}/playwright.json`;
  const { seconds } = run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
  });
  const report = readJson(file);
  if (report?.stats) {
    const { expected, unexpected, skipped, flaky } = report.stats;
    totals.passed += expected + flaky;
    totals.failed += unexpected;
    totals.skipped += skipped;
    stageLines.push(
      `playwright: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped${flaky ? ` (${flaky} flaky)` : ''} (${seconds} s)`,
    );
    for (const error of report.errors ?? []) {
      totals.failed += 1;
      stageLines.push(`playwright error: ${String(error.message ?? '').split('\n')[0]}`);
    }
  } else {
    totals.failed += 1;
    stageLines.push(`playwright: no report (${seconds} s)`);
  }
}

console.log('\n=== Summary');
for (const line of stageLines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
