/**
 * Test support: reads a `_headers` file (Netlify / Cloudflare Pages syntax) back into rules, and answers which
 * headers a path gets, as those hosts do: every matching rule adds its headers; a trailing `*` matches any rest.
 * @see https://docs.netlify.com/routing/headers/
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
export interface HeaderRule {
  pattern: string;
  headers: { name: string; value: string }[];
}

export function readHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (header === null || rule === undefined) throw new Error(`Line ${index + 1} is not "  Name: value"`);
    rule.headers.push({ name: header[1]!, value: header[2]! });
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a request for `path` gets, in rule order (a name given twice appears twice). */
export function headersForPath(
  rules: readonly HeaderRule[],
  path: string,
): { name: string; value: string }[] {
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
