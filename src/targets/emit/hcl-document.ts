import type { GeneratedKey } from '../../model';
import { Explained, LineWriter, type WrittenText } from './explained';
import { UNWANTED_TEXT_CHARACTERS, codePointName } from '../../config/text-characters';
import { hclString } from './hcl';

/**
 * A small HCL document model and the one writer for Terraform files. Generators build blocks and attributes;
 * this writer quotes every string with `hclString`, lays the text out the way `terraform fmt` does (two-space
 * indent, `=` aligned across consecutive single-line attributes), and tags every line of an explained attribute,
 * object entry or block with its key, so the previews put the explanation beside exactly those lines.
 */

/** An HCL expression written as is (a reference, a function call, a `for` expression); never user text. */
export class HclExpression {
  constructor(readonly text: string) {}
}
export const expr = (text: string): HclExpression => new HclExpression(text);

export type HclValue =
  string | number | boolean | HclExpression | Explained<HclValue> | HclValue[] | { [key: string]: HclValue };

export type HclItem =
  | { kind: 'attribute'; name: string; value: HclValue }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[]; keys: readonly GeneratedKey[] }
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

export const attribute = (name: string, value: HclValue): HclItem => ({ kind: 'attribute', name, value });
/** A block; every line of it (header to closing brace) carries `keys`. */
export const block = (
  type: string,
  labels: string[],
  body: HclItem[],
  keys: readonly GeneratedKey[] = [],
): HclItem => ({ kind: 'block', type, labels, body, keys });
export const comment = (text: string): HclItem => ({ kind: 'comment', text });
export const blank: HclItem = { kind: 'blank' };

/** Attributes from an object, skipping `undefined` (an optional argument left out). */
export function attributes(values: Record<string, HclValue | undefined>): HclItem[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [attribute(name, value)],
  );
}

/** One written line and the explanation keys it carries. */
interface Line {
  text: string;
  keys: GeneratedKey[];
}

const tagged = (lines: Line[], keys: readonly GeneratedKey[]): Line[] =>
  keys.length === 0 ? lines : lines.map((line) => ({ text: line.text, keys: [...line.keys, ...keys] }));

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const objectKey = (key: string) => (IDENTIFIER.test(key) ? key : hclString(key));

/** A value's lines: the first continues `name = `, the others carry their own indentation. */
function renderValue(value: HclValue, indent: string): Line[] {
  if (value instanceof Explained) return tagged(renderValue(value.value, indent), [value.key]);
  if (value instanceof HclExpression) {
    return value.text.split('\n').map((text, index) => ({
      text: index === 0 ? text : `${indent}${text}`,
      keys: [],
    }));
  }
  if (typeof value === 'string') return [{ text: hclString(value), keys: [] }];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`HCL has no literal for ${value}`);
    return [{ text: String(value), keys: [] }];
  }
  if (typeof value === 'boolean') return [{ text: value ? 'true' : 'false', keys: [] }];
  if (Array.isArray(value)) {
    const items = value.map((item) => renderValue(item, indent));
    if (items.some((lines) => lines.length > 1)) throw new Error('HCL lists are written on one line here');
    return [
      {
        text: `[${items.map((lines) => lines[0]?.text ?? '').join(', ')}]`,
        keys: items.flatMap((lines) => lines[0]?.keys ?? []),
      },
    ];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [{ text: '{}', keys: [] }];
  const inner = `${indent}  `;
  return [
    { text: '{', keys: [] },
    ...renderAttributes(
      entries.map(([key, item]) => ({ name: objectKey(key), value: item })),
      inner,
    ),
    { text: `${indent}}`, keys: [] },
  ];
}

/** Lines for consecutive attributes, `=` aligned over each run of single-line values (as `terraform fmt` does). */
function renderAttributes(items: { name: string; value: HclValue }[], indent: string): Line[] {
  const lines: Line[] = [];
  let run: { name: string; line: Line }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((item) => item.name.length));
    for (const { name, line } of run)
      lines.push({ text: `${indent}${name.padEnd(width)} = ${line.text}`, keys: line.keys });
    run = [];
  };
  for (const { name, value } of items) {
    const rendered = renderValue(value, indent);
    const [first, ...rest] = rendered;
    if (first === undefined) continue;
    if (rest.length === 0) {
      run.push({ name, line: first });
      continue;
    }
    // A value that opens a bracket on this line ends the alignment run, like terraform fmt.
    flush();
    lines.push({ text: `${indent}${name} = ${first.text}`, keys: first.keys }, ...rest);
  }
  flush();
  return lines;
}

function renderBody(items: HclItem[], indent: string): Line[] {
  const lines: Line[] = [];
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
    if (item.kind === 'blank') lines.push({ text: '', keys: [] });
    else if (item.kind === 'comment')
      lines.push(
        ...item.text
          .split('\n')
          .map((line) => ({ text: `${indent}# ${visibleComment(line)}`.trimEnd(), keys: [] })),
      );
    else {
      const header = [item.type, ...item.labels.map(hclString)].join(' ');
      const body = renderBody(item.body, `${indent}  `);
      const blockLines =
        body.length === 0
          ? [{ text: `${indent}${header} {}`, keys: [] }]
          : [{ text: `${indent}${header} {`, keys: [] }, ...body, { text: `${indent}}`, keys: [] }];
      lines.push(...tagged(blockLines, item.keys));
    }
  }
  flush();
  return lines;
}

/** Comment text with any unwanted character shown by its name (`<U+202E>`): a comment has no escapes. */
function visibleComment(line: string): string {
  return line.replace(UNWANTED_TEXT_CHARACTERS, (char) => `<${codePointName(char)}>`);
}

/** A whole `.tf` file: top-level items as given, ending with one newline, with the lines each key tags. */
export function hclDocument(items: HclItem[]): WrittenText {
  const writer = new LineWriter();
  for (const line of renderBody(items, '')) writer.push(line.text, [...new Set(line.keys)]);
  writer.push('');
  return writer.done();
}

/** Top-level groups (a comment and its block, say) separated by one blank line each. */
export function hclBlocks(groups: HclItem[][]): WrittenText {
  return hclDocument(groups.flatMap((group, index) => (index === 0 ? group : [blank, ...group])));
}
