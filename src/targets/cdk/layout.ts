import type { GeneratedKey } from '../../model';

/**
 * The one layout both CDK printers use: an expression is a tree of text and bracketed groups; a group stays on
 * one line when it fits, else puts one item per line (with a trailing comma). TypeScript "hugs" a last object
 * argument (`new X(this, 'Id', {` … `});`), Python does not. Items carry explanation keys: the line an item
 * starts on is tagged with them (a group kept on one line carries all of its items' keys).
 */
export type Doc =
  | { kind: 'text'; text: string }
  | { kind: 'concat'; parts: Doc[] }
  | {
      kind: 'group';
      open: string;
      close: string;
      items: DocItem[];
      /** Spaces inside the brackets when on one line (`{ a: 1 }`). */
      pad: boolean;
      /** Break only the last item when it is a group and the rest fits on the first line. */
      hug: boolean;
      /** Always one item per line. */
      broken: boolean;
    };

export interface DocItem {
  prefix: string;
  doc: Doc;
  keys: readonly GeneratedKey[];
}

export interface Block {
  /** The first line continues the current line; later lines carry their own indentation. */
  lines: string[];
  tags: { line: number; key: GeneratedKey }[];
}

export const text = (value: string): Doc => ({ kind: 'text', text: value });
export const concat = (...parts: Doc[]): Doc => ({ kind: 'concat', parts });
export const item = (prefix: string, doc: Doc, keys: readonly GeneratedKey[] = []): DocItem => ({
  prefix,
  doc,
  keys,
});
export function group(
  open: string,
  close: string,
  items: DocItem[],
  options: { pad?: boolean; hug?: boolean; broken?: boolean } = {},
): Doc {
  return {
    kind: 'group',
    open,
    close,
    items,
    pad: options.pad ?? false,
    hug: options.hug ?? false,
    broken: options.broken ?? false,
  };
}

export interface LayoutStyle {
  width: number;
  step: string;
}

// A doc's one-line text, once per doc: layout asks again for every group it breaks, all the way down.
const flatTexts = new WeakMap<Doc, string | null>();

function flat(doc: Doc): string | null {
  if (doc.kind === 'text') return doc.text;
  const known = flatTexts.get(doc);
  if (known !== undefined) return known;
  const text = flatText(doc);
  flatTexts.set(doc, text);
  return text;
}

function flatText(doc: Doc): string | null {
  switch (doc.kind) {
    case 'text':
      return doc.text;
    case 'concat': {
      const parts = doc.parts.map(flat);
      return parts.some((part) => part === null) ? null : parts.join('');
    }
    case 'group': {
      if (doc.broken) return null;
      const items = doc.items.map((entry) => {
        const value = flat(entry.doc);
        return value === null ? null : `${entry.prefix}${value}`;
      });
      if (items.some((value) => value === null)) return null;
      if (items.length === 0) return `${doc.open}${doc.close}`;
      const pad = doc.pad ? ' ' : '';
      return `${doc.open}${pad}${items.join(', ')}${pad}${doc.close}`;
    }
  }
}

function keysOf(doc: Doc): GeneratedKey[] {
  switch (doc.kind) {
    case 'text':
      return [];
    case 'concat':
      return doc.parts.flatMap(keysOf);
    case 'group':
      return doc.items.flatMap((entry) => [...entry.keys, ...keysOf(entry.doc)]);
  }
}

/** Appends `next` to the last line of `block` (tags shifted). */
function join(block: Block, next: Block): Block {
  const offset = block.lines.length - 1;
  const lines = [...block.lines];
  lines[offset] = `${lines[offset] ?? ''}${next.lines[0] ?? ''}`;
  lines.push(...next.lines.slice(1));
  return {
    lines,
    tags: [...block.tags, ...next.tags.map((tag) => ({ line: tag.line + offset, key: tag.key }))],
  };
}

const single = (line: string, keys: readonly GeneratedKey[] = []): Block => ({
  lines: [line],
  tags: keys.map((key) => ({ line: 0, key })),
});

/** Lays out `doc` starting at `column` on a line indented by `indent`. */
export function layout(doc: Doc, style: LayoutStyle, indent: string, column: number): Block {
  const oneLine = flat(doc);
  if (oneLine !== null && column + oneLine.length <= style.width) return single(oneLine, keysOf(doc));
  switch (doc.kind) {
    case 'text':
      return single(doc.text);
    case 'concat': {
      let block = single('');
      let at = column;
      for (const part of doc.parts) {
        const next = layout(part, style, indent, at);
        block = join(block, next);
        at =
          next.lines.length > 1
            ? (next.lines[next.lines.length - 1] ?? '').length
            : at + (next.lines[0] ?? '').length;
      }
      return block;
    }
    case 'group':
      return hugged(doc, style, indent, column) ?? broken(doc, style, indent);
  }
}

function hugged(
  doc: Extract<Doc, { kind: 'group' }>,
  style: LayoutStyle,
  indent: string,
  column: number,
): Block | null {
  const last = doc.items[doc.items.length - 1];
  if (!doc.hug || doc.broken || last === undefined || last.doc.kind !== 'group') return null;
  const rest = doc.items.slice(0, -1).map((entry) => {
    const value = flat(entry.doc);
    return value === null ? null : `${entry.prefix}${value}`;
  });
  if (rest.some((value) => value === null)) return null;
  const head = `${doc.open}${[...rest, ''].join(', ')}${last.prefix}`;
  if (column + head.length + last.doc.open.length > style.width) return null;
  const keys = [
    ...doc.items.slice(0, -1).flatMap((entry) => [...entry.keys, ...keysOf(entry.doc)]),
    ...last.keys,
  ];
  const inner = broken(last.doc, style, indent);
  return join(join(single(head, keys), inner), single(doc.close));
}

function broken(doc: Extract<Doc, { kind: 'group' }>, style: LayoutStyle, indent: string): Block {
  if (doc.items.length === 0) return single(`${doc.open}${doc.close}`);
  const inner = `${indent}${style.step}`;
  const lines = [doc.open];
  const tags: Block['tags'] = [];
  for (const entry of doc.items) {
    const start = lines.length;
    const value = layout(entry.doc, style, inner, inner.length + entry.prefix.length);
    const first = `${inner}${entry.prefix}${value.lines[0] ?? ''}`;
    lines.push(first, ...value.lines.slice(1));
    lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''},`;
    for (const key of entry.keys) tags.push({ line: start, key });
    for (const tag of value.tags) tags.push({ line: start + tag.line, key: tag.key });
  }
  lines.push(`${indent}${doc.close}`);
  return { lines, tags };
}

/** A block's tags as 1-based file lines (`first` is the block's first line), each line and key once. */
export function uniqueTags(tags: Block['tags'], first: number): { line: number; key: GeneratedKey }[] {
  const seen = new Set<string>();
  const out: { line: number; key: GeneratedKey }[] = [];
  for (const tag of tags) {
    const id = `${tag.line} ${tag.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ line: tag.line + first, key: tag.key });
  }
  return out;
}
