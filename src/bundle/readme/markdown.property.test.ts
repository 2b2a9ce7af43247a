// @vitest-environment jsdom
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { commentText } from '../../../test/support/fuzz/text';
import { parseConfig } from '../../config/schema';
import { bundleFiles } from '../index';
import { mdInline, mdTable, mdValue } from './markdown';

/**
 * The README is read by a Markdown renderer (marked, GitHub-flavoured, here) and then by a person: the text of
 * every cell and code span the renderer makes must be the value as typed, for every comment the schema accepts.
 */

/** The rendered HTML as the test document's body (each parse replaces its content). */
function rendered(markdown: string): HTMLElement {
  document.body.innerHTML = marked.parse(markdown, { async: false, gfm: true });
  return document.body;
}

/** The text of each cell of the first table's body, row by row. */
function tableCells(markdown: string): string[][] {
  const rows = [...rendered(markdown).querySelectorAll('table tbody tr')];
  return rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

describe('Markdown values read back by a renderer', () => {
  it('a table cell shows every accepted comment as typed, in a two-column row (property)', () => {
    fc.assert(
      fc.property(commentText, (comment) => {
        fc.pre(comment !== '');
        const table = mdTable(['Setting', 'Value'], [['`distribution.comment`', mdValue(comment)]]);
        expect(tableCells(table)).toEqual([['distribution.comment', comment]]);
      }),
      { numRuns: 400, seed: 13 },
    );
  });

  it('inline code in a sentence shows every accepted comment as typed (property)', () => {
    fc.assert(
      fc.property(commentText, (comment) => {
        fc.pre(comment !== '');
        const code = rendered(`- The comment is ${mdInline(comment)}.`).querySelector('li code');
        expect(code?.textContent).toBe(comment);
      }),
      { numRuns: 400, seed: 14 },
    );
  });

  it.each([' x ', '  padded  ', 'a\\|b', '\\|', '`tick`', 'x\\', ' \\| ', '\u3000lead'])(
    'keeps %j (the cases a renderer strips, splits or trims)',
    (comment) => {
      const table = mdTable(['Setting', 'Value'], [['x', mdValue(comment)]]);
      expect(tableCells(table)).toEqual([['x', comment]]);
    },
  );

  it('the bundle README lists the comment as typed', () => {
    const comment = ' Shop | front \\| “prod” `x` ';
    const parsed = parseConfig({ distribution: { comment } });
    if (!parsed.success) throw new Error(parsed.error.message);
    const readme = bundleFiles(parsed.data).find((file) => file.path === 'README.md');
    const cells = tableCells(String(readme?.contents).slice(String(readme?.contents).indexOf('| Setting |')));
    expect(cells.find((row) => row.some((cell) => cell.includes('distribution.comment')))?.at(-1)).toBe(
      comment,
    );
  });
});
