import { UNWANTED_TEXT_CHARACTERS } from '../../config/text-characters';
import { jsString } from '../../model/javascript-string';

/**
 * A single-quoted TypeScript string literal for any text (the generated CDK app's house style). Built on
 * `jsString`, so it escapes the same characters (control characters, U+2028/2029, "<"), then swaps the quotes
 * and escapes every invisible or direction-changing character too (`\uXXXX`, `\u{XXXXX}`), so a reviewer reads
 * the source as the compiler does.
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
  return `'${out.replace(UNWANTED_TEXT_CHARACTERS, escapeCodePoint)}'`;
}

function escapeCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
