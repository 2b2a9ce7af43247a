import { hclString } from './hcl';

/**
 * A small HCL document model and the one writer for Terraform files. Generators build blocks and attributes;
 * this writer quotes every string with `hclString` and lays the text out the way `terraform fmt` does (two-space
 * indent, `=` aligned across consecutive single-line attributes), so generated files pass `terraform fmt -check`.
 */

/** An HCL expression written as is (a reference, a function call, a `for` expression); never user text. */
export class HclExpression {
  constructor(readonly text: string) {}
}
export const expr = (text: string): HclExpression => new HclExpression(text);

export type HclValue = string | number | boolean | HclExpression | HclValue[] | { [key: string]: HclValue };

export type HclItem =
  | { kind: 'attribute'; name: string; value: HclValue }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[] }
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

export const attribute = (name: string, value: HclValue): HclItem => ({ kind: 'attribute', name, value });
export const block = (type: string, labels: string[], body: HclItem[]): HclItem => ({
  kind: 'block',
  type,
  labels,
  body,
});
export const comment = (text: string): HclItem => ({ kind: 'comment', text });
export const blank: HclItem = { kind: 'blank' };

/** Attributes from an object, skipping `undefined` (an optional argument left out). */
export function attributes(values: Record<string, HclValue | undefined>): HclItem[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [attribute(name, value)],
  );
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const objectKey = (key: string) => (IDENTIFIER.test(key) ? key : hclString(key));

function renderValue(value: HclValue, indent: string): string {
  if (value instanceof HclExpression) return value.text.split('\n').join(`\n${indent}`);
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`HCL has no literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item) => renderValue(item, indent)).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  const lines = renderAttributes(
    entries.map(([key, item]) => ({ name: objectKey(key), value: item })),
    inner,
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Lines for consecutive attributes, `=` aligned over each run of single-line values (as `terraform fmt` does). */
function renderAttributes(items: { name: string; value: HclValue }[], indent: string): string[] {
  const rendered = items.map(({ name, value }) => ({ name, text: renderValue(value, indent) }));
  const lines: string[] = [];
  let run: { name: string; text: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((item) => item.name.length));
    for (const item of run) lines.push(`${indent}${item.name.padEnd(width)} = ${item.text}`);
    run = [];
  };
  for (const item of rendered) {
    if (item.text.includes('\n')) {
      // A value that opens a bracket on this line ends the alignment run, like terraform fmt.
      flush();
      lines.push(`${indent}${item.name} = ${item.text}`);
    } else {
      run.push(item);
    }
  }
  flush();
  return lines;
}

function renderBody(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  let pending: { name: string; value: HclValue }[] = [];
  const flush = () => {
    lines.push(...renderAttributes(pending, indent));
    pending = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute') {
      pending.push(item);
      continue;
    }
    flush();
    if (item.kind === 'blank') lines.push('');
    else if (item.kind === 'comment')
      lines.push(...item.text.split('\n').map((line) => `${indent}# ${line}`.trimEnd()));
    else {
      const header = [item.type, ...item.labels.map(hclString)].join(' ');
      const body = renderBody(item.body, `${indent}  `);
      lines.push(body.length === 0 ? `${indent}${header} {}` : `${indent}${header} {`, ...body);
      if (body.length > 0) lines.push(`${indent}}`);
    }
  }
  flush();
  return lines;
}

/** A whole `.tf` / `.tfvars` file: top-level items separated as given, ending with one newline. */
export function hclDocument(items: HclItem[]): string {
  return `${renderBody(items, '').join('\n')}\n`;
}

/** Top-level blocks separated by one blank line each. */
export function hclBlocks(blocks: HclItem[][]): string {
  return hclDocument(blocks.flatMap((group, index) => (index === 0 ? group : [blank, ...group])));
}
