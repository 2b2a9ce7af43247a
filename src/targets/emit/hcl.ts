/** Printable ASCII without a quote or backslash, and no `${` / `%{` template opener. */
const PLAIN_HCL = /^(?:[\x20-\x21\x23\x26-\x5b\x5d-\x7e]|[$%](?!\{))*$/;

/**
 * An HCL (Terraform) quoted string for any text: escapes quotes, backslashes and control characters, and the
 * template sequences `${` and `%{`, which HCL would otherwise interpolate.
 */
export function hclString(value: string): string {
  // Most values (names, IDs, paths) need no escaping at all.
  if (PLAIN_HCL.test(value)) return `"${value}"`;
  let out = '"';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] ?? '';
    const next = value[index + 1];
    const code = char.charCodeAt(0);
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if ((char === '$' || char === '%') && next === '{') out += `${char}${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}
