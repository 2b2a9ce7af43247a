/**
 * `npm run bench [-- --no-build] [-- --strict]`: the figures the wizard promises, measured on this machine.
 * - generation time: each target alone from the deployment model (what a keystroke regenerates: the file on
 *   screen), and all files of one config (bundleFiles: what a download or the CLI builds); median and p95
 * - permalink length for the seed's setup with real values, the defaults and every preset
 * - first-load JavaScript (gzip) of the production build, and the lazy chunks apart
 * `--no-build` reuses dist/ instead of building into a temporary folder; `--strict` exits 1 when a target is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleFiles } from '../src/bundle';
import { DEFAULT_PERMALINK_BASE_URL, permalinkUrl } from '../src/config/permalink';
import { defaultConfig, parseConfig, type Config } from '../src/config/schema';
import { TARGETS } from '../src/targets';
import { benchBuild } from './bench-build';
import { kB, medianAndP95, tableRow } from './bench-stats';
import { firstLoadReport, type ChunkSize } from './bench-first-load';
import { deploymentFor } from '../src/model';

// A keystroke regenerates the target on screen: well under a frame. The whole bundle is built once per download.
const TARGET_TARGET_MS = 1;
const TARGET_BUNDLE_MS = 16;
const TARGET_FIRST_LOAD_GZIP_BYTES = 96 * 1024;
const TARGET_LINK_CHARS = 300;
const WARM_UP_RUNS = 200;
const MEASURED_RUNS = 1000;

const args = new Set(process.argv.slice(2));
const root = join(import.meta.dirname, '..');
const misses: string[] = [];

function check(ok: boolean, what: string): string {
  if (!ok) misses.push(what);
  return ok ? 'ok' : 'MISSED';
}

function validConfig(input: unknown, name: string): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.data;
}

/** The seed's setup with real-looking values instead of the examples (what a person shares). */
const realLooking = validConfig(
  {
    projectName: 'bakery-shop',
    domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
    origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
    certificate: {
      arn: 'arn:aws:acm:us-east-1:481516234200:certificate/6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b',
    },
  },
  'seed setup',
);
const presetDir = join(root, 'public', 'presets');
const presets = readdirSync(presetDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, validConfig(JSON.parse(readFileSync(join(presetDir, file), 'utf8')), file)] as const);

function timeRuns(run: () => unknown): { median: number; p95: number } {
  for (let index = 0; index < WARM_UP_RUNS; index += 1) run();
  const samples: number[] = [];
  for (let index = 0; index < MEASURED_RUNS; index += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return medianAndP95(samples);
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

function generationFigures(): void {
  console.log(
    `\n## Generation time (${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up; targets: one target < ${TARGET_TARGET_MS} ms, the whole bundle < ${TARGET_BUNDLE_MS} ms)`,
  );
  const widths = [50, 12, 12, 8];
  console.log(tableRow(['what', 'median', 'p95', ''], widths));
  for (const [name, config] of [['seed setup', realLooking] as const, ...presets]) {
    const whole = timeRuns(() => bundleFiles(config));
    console.log(
      tableRow(
        [
          `bundleFiles: ${name}`,
          ms(whole.median),
          ms(whole.p95),
          check(whole.median < TARGET_BUNDLE_MS, `bundleFiles ${name}`),
        ],
        widths,
      ),
    );
  }
  for (const target of TARGETS) {
    const figures = timeRuns(() => target.generate(deploymentFor(realLooking)));
    console.log(
      tableRow(
        [
          `  ${target.label} (${target.generate(deploymentFor(realLooking)).length} files)`,
          ms(figures.median),
          ms(figures.p95),
          check(figures.median < TARGET_TARGET_MS, target.label),
        ],
        widths,
      ),
    );
  }
}

function permalinkFigures(): void {
  console.log(
    `\n## Permalink length (base ${DEFAULT_PERMALINK_BASE_URL}; target < ${TARGET_LINK_CHARS} characters)`,
  );
  const widths = [50, 8, 8];
  for (const [name, config] of [
    ['seed setup, real domain/API/certificate', realLooking] as const,
    ['defaults', defaultConfig()] as const,
    ...presets,
  ]) {
    const length = permalinkUrl(config, DEFAULT_PERMALINK_BASE_URL).length;
    console.log(tableRow([name, String(length), check(length < TARGET_LINK_CHARS, `link ${name}`)], widths));
  }
}

function sizeFigures(): void {
  const build = benchBuild(root, args.has('--no-build'));
  const dist = build.dir;
  try {
    const report = firstLoadReport(dist);
    const sum = (chunks: ChunkSize[], key: 'bytes' | 'gzipBytes') =>
      chunks.reduce((total, chunk) => total + chunk[key], 0);
    const widths = [50, 12, 12];
    const print = (chunks: ChunkSize[]) =>
      chunks.forEach((chunk) =>
        console.log(tableRow([`  ${chunk.file}`, kB(chunk.bytes), kB(chunk.gzipBytes)], widths)),
      );
    const firstLoadGzip = sum(report.firstLoad, 'gzipBytes');
    console.log(
      `\n## First-load JavaScript (${build.fresh ? 'fresh build' : 'dist/'}; target < ${kB(TARGET_FIRST_LOAD_GZIP_BYTES)} gzip)`,
    );
    console.log(tableRow(['file', 'raw', 'gzip'], widths));
    print(report.firstLoad);
    console.log(
      tableRow(
        ['first-load JavaScript total', kB(sum(report.firstLoad, 'bytes')), kB(firstLoadGzip)],
        widths,
      ) + `  ${check(firstLoadGzip < TARGET_FIRST_LOAD_GZIP_BYTES, 'first-load JavaScript')}`,
    );
    console.log('\nCSS linked by index.html (render-blocking, not counted above):');
    print(report.css);
    console.log(
      '\nLazy JavaScript (after the form is usable: the after-paint chunk with the schema, generators, Checks, previews and toolbar, fetched once the form has rendered; the Monaco editor, its worker and languages; the request-flow view, the importer and the zip writer on demand):',
    );
    print(report.lazy);
    console.log(
      tableRow(['lazy total', kB(sum(report.lazy, 'bytes')), kB(sum(report.lazy, 'gzipBytes'))], widths),
    );
  } finally {
    build.remove();
  }
}

console.log(`# CloudFront Django Wizard benchmark (Node ${process.version}, ${new Date().toISOString()})`);
// Timings on a shared machine move with its load: print it so a figure can be judged.
console.log(
  `${cpus().length} CPUs, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
generationFigures();
permalinkFigures();
sizeFigures();
console.log(misses.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${misses.join('; ')}`);
if (args.has('--strict') && misses.length > 0) process.exitCode = 1;
