import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../knowledge/types';
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
    const entry = (key: string): Explanation => ({ key, title: key, body: '', links: [] });
    const marks = lineMarks(
      [
        { line: 3, explanation: entry('one') },
        { line: 3, explanation: entry('two') },
      ],
      [3, 5],
    );
    expect(marks).toEqual([
      { line: 3, explained: true, changed: true, title: 'one · two' },
      { line: 5, explained: false, changed: true },
    ]);
  });
});
