import { describe, expect, it } from 'vitest';
import { explainedLines } from '../../knowledge/annotate';
import { changedLines, lineMarks } from './line-marks';

describe('changedLines', () => {
  it('marks lines whose text is new, nothing on the first render or an unchanged file', () => {
    expect(changedLines(undefined, 'a\nb')).toEqual([]);
    expect(changedLines('a\nb', 'a\nb')).toEqual([]);
    expect(changedLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([2, 4]);
  });

  it('counts repeated lines, so a duplicated line is new', () => {
    expect(changedLines('x\ny', 'x\nx\ny')).toEqual([2]);
  });
});

describe('lineMarks', () => {
  it('merges explained and changed marks per line and joins titles', () => {
    const explained = explainedLines([
      { line: 3, key: 'generated.cacheKey' },
      { line: 3, key: 'generated.allowedMethods' },
    ]);
    const titles = explained.map((hit) => hit.explanation.title);
    expect(lineMarks(explained, [3, 5])).toEqual([
      { line: 3, explained: true, changed: true, title: titles.join(' · ') },
      { line: 5, explained: false, changed: true },
    ]);
  });
});
