import { jsString } from '../../model/javascript-string';

/**
 * A single-quoted TypeScript string literal for any text (the generated CDK app's house style). Built on
 * `jsString`, so it escapes the same characters (control characters, U+2028/2029, "<"), then swaps the quotes.
 */
export function tsString(value: string): string {
  const inner = jsString(value).slice(1, -1);
  let out = '';
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner.charAt(index);
    if (char === '\\') {
      const next = inner.charAt(index + 1);
      out += next === '"' ? '"' : `\\${next}`;
      index += 1;
    } else if (char === "'") {
      out += "\\'";
    } else {
      out += char;
    }
  }
  return `'${out}'`;
}
