import { describe, expect, it } from 'vitest';
import { explained } from './explained';
import { attribute, attributes, blank, block, comment, expr, hclBlocks, hclDocument } from './hcl-document';

const keysOn = (written: { explained: { line: number; key: string }[] }, line: number) =>
  written.explained.filter((tag) => tag.line === line).map((tag) => tag.key);

describe('the HCL document writer', () => {
  it('aligns = over runs of single-line attributes and ends a run at a multi-line value, like terraform fmt', () => {
    const written = hclDocument([
      block(
        'resource',
        ['aws_x', 'a'],
        [
          ...attributes({ name: 'n', description: 'd', skipped: undefined }),
          attribute('tags', { Name: 'x', 'with space': 'y' }),
          attribute('ttl', 60),
        ],
      ),
    ]);
    expect(written.text).toBe(
      [
        'resource "aws_x" "a" {',
        '  name        = "n"',
        '  description = "d"',
        '  tags = {',
        '    Name         = "x"',
        '    "with space" = "y"',
        '  }',
        '  ttl = 60',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('tags every line of an explained attribute, object entry and block, and nothing else', () => {
    const written = hclBlocks([
      [
        comment('why'),
        block(
          'resource',
          ['aws_x', 'a'],
          [
            attribute('aliases', explained('generated.aliases', ['a.example.com'])),
            attribute('map', explained('generated.cacheKey', { a: 1 })),
            attribute('ids', { one: explained('generated.priceClass', 'x'), two: 'y' }),
            block('inner', [], attributes({ b: expr('local.b') }), ['generated.ipv6']),
          ],
          ['generated.webAcl'],
        ),
      ],
      [block('locals', [], attributes({ c: true }))],
    ]);
    const lines = written.text.split('\n');
    expect(lines[0]).toBe('# why');
    expect(keysOn(written, 1)).toEqual([]);
    // The block's own key is on every line from its header to its closing brace.
    for (let line = 2; line <= 14; line += 1) expect(keysOn(written, line)).toContain('generated.webAcl');
    expect(lines[2]).toMatch(/^ {2}aliases = \["a.example.com"\]$/);
    expect(keysOn(written, 3)).toContain('generated.aliases');
    for (const line of [4, 5, 6]) expect(keysOn(written, line)).toContain('generated.cacheKey');
    expect(keysOn(written, 8)).toContain('generated.priceClass');
    expect(keysOn(written, 9)).not.toContain('generated.priceClass');
    for (const line of [11, 12, 13]) expect(keysOn(written, line)).toContain('generated.ipv6');
    expect(lines[14]).toBe('');
    expect(keysOn(written, 15)).toEqual([]);
    expect(lines[15]).toBe('locals {');
    expect(written.text.endsWith('}\n')).toBe(true);
    expect(Math.max(...written.explained.map((tag) => tag.line))).toBeLessThanOrEqual(lines.length);
  });

  it('quotes every string (labels, values, object keys) with hclString and writes empty blocks on one line', () => {
    const written = hclDocument([
      block('x', ['a"b'], [attribute('v', '${nope}')]),
      blank,
      block('y', [], []),
    ]);
    expect(written.text).toBe('x "a\\"b" {\n  v = "$${nope}"\n}\n\ny {}\n');
  });

  it('refuses values HCL cannot hold', () => {
    expect(() => hclDocument([attribute('n', Number.NaN)])).toThrow(/no literal/);
  });
});
