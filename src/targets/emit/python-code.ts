import { pyLiteral } from './python';

/**
 * A small model of Python expressions and the one writer for generated Python code: literals go through
 * `pyLiteral` (so every string is escaped in one place), calls are laid out on one line when they fit and one
 * argument per line (4-space indent, trailing commas) when they do not.
 */
export type PyExpr =
  | { kind: 'raw'; text: string }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'call'; callee: string; args: PyExpr[]; kwargs: [string, PyExpr][] }
  | { kind: 'list'; items: PyExpr[] }
  | { kind: 'dict'; entries: [PyExpr, PyExpr][] };

/** A name, attribute chain or other code written as is (never user text). */
export const raw = (text: string): PyExpr => ({ kind: 'raw', text });
export const lit = (value: string | number | boolean | null): PyExpr => ({ kind: 'literal', value });
export const list = (items: PyExpr[]): PyExpr => ({ kind: 'list', items });
export const dict = (entries: [PyExpr, PyExpr][]): PyExpr => ({ kind: 'dict', entries });

/** A call; keyword arguments whose value is `undefined` are left out (optional, not set). */
export function call(
  callee: string,
  args: PyExpr[] = [],
  kwargs: Record<string, PyExpr | undefined> = {},
): PyExpr {
  const present = Object.entries(kwargs).filter((entry): entry is [string, PyExpr] => entry[1] !== undefined);
  return { kind: 'call', callee, args, kwargs: present };
}

const LINE_WIDTH = 100;
const INDENT = '    ';

// renderPy asks for the one-line form of every subtree at every depth: remember it per expression.
const oneLineCache = new WeakMap<PyExpr, string>();

function oneLine(expr: PyExpr): string {
  let text = oneLineCache.get(expr);
  if (text === undefined) {
    text = oneLineUncached(expr);
    oneLineCache.set(expr, text);
  }
  return text;
}

function oneLineUncached(expr: PyExpr): string {
  switch (expr.kind) {
    case 'raw':
      return expr.text;
    case 'literal':
      return pyLiteral(expr.value);
    case 'call':
      return `${expr.callee}(${[...expr.args.map(oneLine), ...expr.kwargs.map(([k, v]) => `${k}=${oneLine(v)}`)].join(', ')})`;
    case 'list':
      return `[${expr.items.map(oneLine).join(', ')}]`;
    case 'dict':
      return `{${expr.entries.map(([k, v]) => `${oneLine(k)}: ${oneLine(v)}`).join(', ')}}`;
  }
}

/** The expression at `indent`, starting after `prefixWidth` characters already on its first line. */
export function renderPy(expr: PyExpr, indent = '', prefixWidth = 0): string {
  const flat = oneLine(expr);
  if (indent.length + prefixWidth + flat.length <= LINE_WIDTH && !flat.includes('\n')) return flat;
  const inner = indent + INDENT;
  const item = (text: string, value: PyExpr) => `${inner}${text}${renderPy(value, inner, text.length)},`;
  switch (expr.kind) {
    case 'raw':
    case 'literal':
      return flat;
    case 'call':
      return [
        `${expr.callee}(`,
        ...expr.args.map((arg) => item('', arg)),
        ...expr.kwargs.map(([key, value]) => item(`${key}=`, value)),
        `${indent})`,
      ].join('\n');
    case 'list':
      return ['[', ...expr.items.map((value) => item('', value)), `${indent}]`].join('\n');
    case 'dict':
      return [
        '{',
        ...expr.entries.map(([key, value]) => item(`${oneLine(key)}: `, value)),
        `${indent}}`,
      ].join('\n');
  }
}

/** A statement line (or lines): `name = expr`, or a bare expression when `name` is null. */
export function statement(name: string | null, expr: PyExpr, indent: string): string {
  const prefix = name === null ? '' : `${name} = `;
  return `${indent}${prefix}${renderPy(expr, indent, prefix.length)}`;
}
