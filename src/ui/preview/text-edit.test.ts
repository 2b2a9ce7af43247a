import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textEdit } from './text-edit';

const apply = (before: string, edit: ReturnType<typeof textEdit>) =>
  edit === undefined ? before : before.slice(0, edit.start) + edit.text + before.slice(edit.end);

describe('textEdit', () => {
  it('replaces only what a keystroke changed', () => {
    expect(textEdit('var d = "www.example.com";', 'var d = "awww.example.com";')).toEqual({
      start: 9,
      end: 9,
      text: 'a',
    });
    expect(textEdit('a\nbb\nc', 'a\nc')).toEqual({ start: 2, end: 5, text: '' });
    expect(textEdit('same', 'same')).toBeUndefined();
  });

  it('keeps the common start and end apart when a run repeats', () => {
    expect(textEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(apply('abab', textEdit('abab', 'ab'))).toBe('ab');
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const edit = textEdit(before, after);
        expect(apply(before, edit)).toBe(after);
        if (edit !== undefined) expect(edit.start).toBeLessThanOrEqual(edit.end);
      }),
    );
  });
});
