const PLAIN_PYTHON = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;

/** A Python string literal for any text (double-quoted, every control and non-ASCII character escaped). */
export function pyString(value: string): string {
  // Most values (names, hosts, settings) need no escaping at all.
  if (PLAIN_PYTHON.test(value)) return `"${value}"`;
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code > 0x7e && code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code > 0xffff) out += `\\U${code.toString(16).padStart(8, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** A Python literal for JSON-like data: str, int, bool, None, list and dict. */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`pyLiteral: ${value} has no Python literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${pyString(key)}: ${pyLiteral(item)}`).join(', ')}}`;
  }
  throw new Error(`pyLiteral: unsupported ${typeof value}`);
}
