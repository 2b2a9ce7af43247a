/**
 * A JavaScript/TypeScript string literal for any text: JSON escaping plus the characters JSON leaves alone but a
 * JS source or an HTML <script> must not contain raw (U+2028/2029, "<" of "</script>").
 */
export function jsString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/</g, '\\u003c');
}
