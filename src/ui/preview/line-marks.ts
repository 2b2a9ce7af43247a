import type { ExplainedLine } from '../../knowledge/annotate';

/** A line of a previewed file worth marking: explained by a knowledge entry, changed by the last edit, or both. */
export interface LineMark {
  line: number;
  explained: boolean;
  changed: boolean;
  title?: string;
}

/**
 * Lines (1-based) of `current` that are new since `previous`: a line counts as changed when its text occurs more
 * often now than before. Cheap (no diff algorithm) and right for the small edits one keystroke makes.
 */
export function changedLines(previous: string | undefined, current: string): number[] {
  if (previous === undefined || previous === current) return [];
  const before = new Map<string, number>();
  for (const line of previous.split('\n')) before.set(line, (before.get(line) ?? 0) + 1);
  const changed: number[] = [];
  current.split('\n').forEach((line, index) => {
    const count = before.get(line) ?? 0;
    if (count > 0) before.set(line, count - 1);
    else changed.push(index + 1);
  });
  return changed;
}

/** One mark per line: explained (the writer tagged it; titles joined), changed by the last edit, or both. */
export function lineMarks(explained: readonly ExplainedLine[], changed: number[]): LineMark[] {
  const marks = new Map<number, LineMark>();
  for (const { line, explanation } of explained) {
    const mark = marks.get(line) ?? { line, explained: true, changed: false };
    mark.title = mark.title === undefined ? explanation.title : `${mark.title} · ${explanation.title}`;
    marks.set(line, mark);
  }
  for (const line of changed) {
    const mark = marks.get(line) ?? { line, explained: false, changed: false };
    mark.changed = true;
    marks.set(line, mark);
  }
  return [...marks.values()];
}
