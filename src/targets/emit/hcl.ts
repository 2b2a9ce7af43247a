import { UNWANTED_TEXT_CHARACTER } from '../../config/text-characters';

/** Printable ASCII without a quote or backslash, and no `${` / `%{` template opener. */
const PLAIN_HCL = /^(?:[\x20-\x21\x23\x26-\x5b\x5d-\x7e]|[$%](?!\{))*$/;

/**
 * An HCL (Terraform) quoted string for any text: escapes quotes, backslashes and control characters, every
 * invisible or direction-changing character (`\uNNNN`, or `\UNNNNNNNN` past the BMP), and the template sequences
 * `${` and `%{`, which HCL would otherwise interpolate. Text HCL would change is refused rather than written:
 * a lone surrogate (HCL source is UTF-8, which cannot hold one; Terraform would read U+FFFD) and text not in
 * Unicode normal form C (HCL normalizes every string literal to NFC, escapes included).
 */
export function hclString(value: string): string {
  // Most values (names, IDs, paths) need no escaping at all.
  if (PLAIN_HCL.test(value)) return `"${value}"`;
  if (value.normalize('NFC') !== value && !/\p{Cs}/u.test(value)) {
    throw new Error(
      `hclString: ${JSON.stringify(value)} is not in normal form C, which HCL would change it to`,
    );
  }
  const characters = [...value];
  let out = '"';
  characters.forEach((char, index) => {
    const next = characters[index + 1];
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if ((char === '$' || char === '%') && next === '{') out += `${char}${char}`;
    else if (code >= 0xd800 && code <= 0xdfff) {
      throw new Error(`hclString: a lone surrogate (U+${code.toString(16).toUpperCase()}) has no HCL form`);
    } else if (UNWANTED_TEXT_CHARACTER.test(char)) {
      out +=
        code > 0xffff
          ? `\\U${code.toString(16).padStart(8, '0')}`
          : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  });
  return `${out}"`;
}
