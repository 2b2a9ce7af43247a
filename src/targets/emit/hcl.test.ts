import { describe, expect, it } from 'vitest';
import { hclString } from './hcl';

describe('hclString', () => {
  it('leaves plain text as is and escapes quotes, backslashes, control characters and template openers', () => {
    expect(hclString('mysite-django-pages')).toBe('"mysite-django-pages"');
    expect(hclString('a ${b} %{c} "d" \\ e')).toBe('"a $${b} %%{c} \\"d\\" \\\\ e"');
    expect(hclString('line\nnext\ttab\r\u0001')).toBe('"line\\nnext\\ttab\\r\\u0001"');
    expect(hclString('$ and % alone, {braces}')).toBe('"$ and % alone, {braces}"');
  });
});
