/**
 * An HCL (Terraform) quoted string for any text: escapes quotes, backslashes and control characters, and the
 * template sequences `${` and `%{`, which HCL would otherwise interpolate.
 */
export function hclString(value: string): string {
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
