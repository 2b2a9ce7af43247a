/**
 * Just enough of Python to read settings literals without running anything: strings (with escapes and
 * implicit concatenation), True/False/None, integers, and lists/tuples of them. Anything else is "not a
 * literal": the caller keeps its source text.
 */
export type PythonLiteral = string | number | boolean | null | PythonLiteral[];

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'punct'; value: string };

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

/** Tokens of one expression, or null when it holds something this reader does not evaluate. */
function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === '#') {
      const end = source.indexOf('\n', index);
      index = end === -1 ? source.length : end;
      continue;
    }
    const stringStart = /^([rRuU]?)('''|"""|'|")/.exec(source.slice(index));
    if (stringStart !== null) {
      const raw = stringStart[1]!.toLowerCase() === 'r';
      const quote = stringStart[2]!;
      let cursor = index + stringStart[0].length;
      let value = '';
      for (;;) {
        if (cursor >= source.length) return null;
        if (source.startsWith(quote, cursor)) break;
        const next = source[cursor]!;
        if (next === '\n' && quote.length === 1) return null;
        if (next === '\\' && !raw) {
          const escaped = source[cursor + 1] ?? '';
          if (!(escaped in ESCAPES)) return null;
          value += ESCAPES[escaped];
          cursor += 2;
          continue;
        }
        value += next;
        cursor += 1;
      }
      tokens.push({ kind: 'string', value });
      index = cursor + quote.length;
      continue;
    }
    const number = /^\d[\d_]*/.exec(source.slice(index));
    if (number !== null) {
      if (/^[.eExXoObBjJ]/.test(source.slice(index + number[0].length))) return null;
      tokens.push({ kind: 'number', value: Number(number[0].replace(/_/g, '')) });
      index += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index));
    if (name !== null) {
      tokens.push({ kind: 'name', value: name[0] });
      index += name[0].length;
      continue;
    }
    if ('[](),-'.includes(char)) {
      tokens.push({ kind: 'punct', value: char });
      index += 1;
      continue;
    }
    return null;
  }
  return tokens;
}

/** The value of a Python literal expression, or undefined when it is not one (a call, a name, an f-string…). */
export function evaluatePythonLiteral(source: string): { value: PythonLiteral } | undefined {
  const tokens = tokenize(source);
  if (tokens === null || tokens.length === 0) return undefined;
  let position = 0;
  const fail = Symbol('fail');
  const parse = (depth: number): PythonLiteral | typeof fail => {
    if (depth > 20) return fail;
    const token = tokens[position];
    if (token === undefined) return fail;
    position += 1;
    if (token.kind === 'string') {
      let value = token.value;
      while (tokens[position]?.kind === 'string') value += (tokens[position++] as { value: string }).value;
      return value;
    }
    if (token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      if (token.value === 'True') return true;
      if (token.value === 'False') return false;
      if (token.value === 'None') return null;
      return fail;
    }
    if (token.value === '-' && tokens[position]?.kind === 'number')
      return -(tokens[position++] as { value: number }).value;
    if (token.value === '[' || token.value === '(') {
      const close = token.value === '[' ? ']' : ')';
      const items: PythonLiteral[] = [];
      let sawComma = false;
      for (;;) {
        const next = tokens[position];
        if (next === undefined) return fail;
        if (next.kind === 'punct' && next.value === close) {
          position += 1;
          // (x) is just x; (x,) is a tuple.
          if (close === ')' && items.length === 1 && !sawComma) return items[0]!;
          return items;
        }
        const item = parse(depth + 1);
        if (item === fail) return fail;
        items.push(item);
        const separator = tokens[position];
        if (separator?.kind === 'punct' && separator.value === ',') {
          sawComma = true;
          position += 1;
        } else if (!(separator?.kind === 'punct' && separator.value === close)) return fail;
      }
    }
    return fail;
  };
  const value = parse(0);
  if (value === fail || position !== tokens.length) return undefined;
  return { value };
}

/** Splits settings text into top-level statements (brackets and triple quotes may span lines), with line numbers. */
export function pythonStatements(text: string): { line: number; text: string; indented: boolean }[] {
  const statements: { line: number; text: string; indented: boolean }[] = [];
  const lines = text.split(/\r?\n/);
  let current: { line: number; text: string; indented: boolean } | null = null;
  let depth = 0;
  let triple: string | null = null;
  lines.forEach((lineText, index) => {
    if (current === null) {
      if (lineText.trim() === '' || lineText.trim().startsWith('#')) return;
      current = { line: index + 1, text: lineText, indented: /^\s/.test(lineText) };
    } else current.text += `\n${lineText}`;
    // Track open brackets and triple-quoted strings outside strings and comments.
    for (let i = 0; i < lineText.length; i += 1) {
      const rest = lineText.slice(i);
      if (triple !== null) {
        if (rest.startsWith(triple)) {
          i += 2;
          triple = null;
        }
        continue;
      }
      const char = lineText[i]!;
      if (char === '#') break;
      if (rest.startsWith("'''") || rest.startsWith('"""')) {
        triple = rest.slice(0, 3);
        i += 2;
        continue;
      }
      if (char === "'" || char === '"') {
        const end = lineText.indexOf(char, i + 1);
        i = end === -1 ? lineText.length : end;
        continue;
      }
      if ('([{'.includes(char)) depth += 1;
      if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
    }
    const continued = lineText.trimEnd().endsWith('\\');
    if (depth === 0 && triple === null && !continued) {
      statements.push(current);
      current = null;
    }
  });
  if (current !== null) statements.push(current);
  return statements;
}
