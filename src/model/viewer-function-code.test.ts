import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
import { jsString } from './javascript-string';
import { viewerFunctionCode } from './viewer-function-code';

const HOSTILE = [
  'www.example.com"',
  'www.example.com\\',
  'www.example.com\nevil',
  'a${process.exit()}.example.com',
  'www.example.com</script><script>alert(1)</script>',
  "www.example.com';alert(1);//",
  'www.example.com\u2028x',
  '*/ handler = null; /*',
];

describe('hostile strings never reach the function code unescaped', () => {
  it.each(HOSTILE)('the schema rejects the domain %j', (domain) => {
    expect(parseConfig({ domains: { primary: domain } }).success).toBe(false);
    expect(parseConfig({ domains: { additional: [domain] } }).success).toBe(false);
  });

  it.each(HOSTILE)('jsString(%j) evaluates back to the same string', (value) => {
    const literal = jsString(value);
    expect(literal).not.toMatch(/<\/script/i);
    expect(literal).not.toMatch(/[\n\u2028\u2029]/);
    expect(vm.runInNewContext(`(${literal})`)).toBe(value);
    expect(vm.runInNewContext(`var x = ${literal}; x`)).toBe(value);
  });

  it('the primary domain is the one interpolation, as a jsString literal', () => {
    const parsed = parseConfig({ domains: { primary: 'WWW.Example.COM' } });
    if (!parsed.success) throw parsed.error;
    const code = viewerFunctionCode(parsed.data);
    expect(code).toContain(`var PRIMARY_DOMAIN = ${jsString('www.example.com')};`);
    expect(code.split('www.example.com')).toHaveLength(2);
  });
});
