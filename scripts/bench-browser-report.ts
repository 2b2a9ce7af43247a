import { firstLoadReport } from './bench-first-load';
import { kB, medianAndP95, tableRow } from './bench-stats';

/** What `npm run bench:browser` promises (issue 14). */
export const TARGETS = {
  keystrokeToTextP95: 16,
  keystrokeToFrameP95: 25,
  firstLoadGzip: 96 * 1024,
  longTaskWhileTyping: 50,
};

export interface Keystroke {
  toText: number;
  toFrame: number;
}
export interface RunResult {
  fcp: number;
  formUsable: number;
  codeVisible: number;
  editorReady: number;
  scriptsBeforeForm: string[];
  keystrokes: Keystroke[];
  longTasksLoading: number[];
  longTasksTyping: number[];
  checksFollow: boolean;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const widths = [46, 12, 12, 10];

function figure(
  misses: string[],
  what: string,
  values: number[],
  target?: { p95: number; name: string },
): void {
  const { median, p95 } = medianAndP95(values);
  let verdict = '';
  if (target !== undefined) {
    const ok = p95 <= target.p95;
    if (!ok) misses.push(target.name);
    verdict = `${ok ? 'ok' : 'MISSED'} (p95 ≤ ${target.p95} ms)`;
  }
  console.log(tableRow([what, ms(median), ms(p95), verdict], widths));
}

/** Prints the figures of all runs; returns the targets missed. */
export function report(
  results: RunResult[],
  dist: string,
  options: { runs: number; keystrokes: number; samples: boolean },
): string[] {
  const misses: string[] = [];
  const all = <T>(pick: (result: RunResult) => T[]) => results.flatMap(pick);
  console.log(
    `\n## Typing in the Domain field (${options.runs} fresh browsers × ${options.keystrokes} keystrokes)`,
  );
  console.log(tableRow(['what', 'median', 'p95', ''], widths));
  figure(
    misses,
    'keydown → visible editor shows the new text',
    all((result) => result.keystrokes.map((key) => key.toText)),
    { p95: TARGETS.keystrokeToTextP95, name: 'keystroke → text' },
  );
  figure(
    misses,
    'keydown → next painted frame',
    all((result) => result.keystrokes.map((key) => key.toFrame)),
    { p95: TARGETS.keystrokeToFrameP95, name: 'keystroke → frame' },
  );
  if (options.samples)
    results.forEach((result, run) =>
      console.log(
        `  run ${run + 1}: ${result.keystrokes.map((key) => `${key.toText.toFixed(0)}/${key.toFrame.toFixed(0)}`).join(' ')}`,
      ),
    );
  const typingTasks = all((result) => result.longTasksTyping);
  const longest = Math.max(0, ...typingTasks);
  const tasksOk = longest <= TARGETS.longTaskWhileTyping;
  if (!tasksOk) misses.push('long task while typing');
  console.log(
    `long tasks while typing: ${typingTasks.length} over 50 ms in all runs, longest ${ms(longest)} ` +
      `${tasksOk ? 'ok' : 'MISSED'}`,
  );
  const follow = results.every((result) => result.checksFollow);
  if (!follow) misses.push('Checks follow the typed domain');
  console.log(`Checks name the typed domain after the last keystroke: ${follow ? 'ok' : 'MISSED'}`);

  console.log(`\n## Loading (${options.runs} fresh browsers, times from navigation start)`);
  console.log(tableRow(['what', 'median', 'p95'], widths));
  const loading: [string, keyof Pick<RunResult, 'fcp' | 'formUsable' | 'codeVisible' | 'editorReady'>][] = [
    ['first contentful paint', 'fcp'],
    ['form usable (Domain input painted)', 'formUsable'],
    ['first code on screen', 'codeVisible'],
    ['Monaco shows the code', 'editorReady'],
  ];
  for (const [what, key] of loading)
    figure(
      misses,
      what,
      results.map((result) => result[key]),
    );
  const loadTasks = all((result) => result.longTasksLoading);
  console.log(
    `long tasks while loading: ${(loadTasks.length / results.length).toFixed(1)} per run, longest ${ms(Math.max(0, ...loadTasks))}`,
  );

  const { firstLoad } = firstLoadReport(dist);
  const total = firstLoad.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const sizeOk = total <= TARGETS.firstLoadGzip;
  if (!sizeOk) misses.push('first-load JavaScript');
  console.log(
    `\n## First-load JavaScript (the entry and its static imports; target ≤ ${kB(TARGETS.firstLoadGzip)} gzip)`,
  );
  console.log(tableRow(['file', 'raw', 'gzip'], widths));
  for (const chunk of firstLoad)
    console.log(tableRow([`  ${chunk.file}`, kB(chunk.bytes), kB(chunk.gzipBytes)], widths));
  console.log(
    tableRow(
      [
        'total',
        kB(firstLoad.reduce((sum, chunk) => sum + chunk.bytes, 0)),
        kB(total),
        sizeOk ? 'ok' : 'MISSED',
      ],
      widths,
    ),
  );
  const fetched = [...new Set(all((result) => result.scriptsBeforeForm))].sort();
  const unexpected = fetched.filter((file) => !firstLoad.some((chunk) => chunk.file === file));
  console.log(
    `JavaScript the browser fetched before the form was usable: ${fetched.length} files` +
      (unexpected.length > 0 ? `, also lazy ones: ${unexpected.join(', ')}` : ', all counted above'),
  );
  console.log(misses.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${misses.join('; ')}`);
  return misses;
}
