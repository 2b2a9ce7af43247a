import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tsString } from './typescript';

const HOSTILE = [
  '"',
  "'",
  '\\',
  '\\"',
  "\\'",
  '\n\r\t',
  '${process.exit(1)}',
  '`',
  '*/',
  '</script>',
  '\u2028\u2029',
  '\0',
];

describe('tsString', () => {
  it.each(HOSTILE)('%j evaluates back to itself', (value) => {
    expect(vm.runInNewContext(tsString(value))).toBe(value);
  });

  it('is single-quoted and keeps </script> and line separators escaped', () => {
    expect(tsString("it's")).toBe("'it\\'s'");
    expect(tsString('say "hi"')).toBe(`'say "hi"'`);
    expect(tsString('</script>')).not.toContain('</');
    expect(tsString('a\u2028b')).not.toMatch(/[\n\u2028\u2029]/);
  });

  it('round-trips any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(vm.runInNewContext(tsString(value))).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
