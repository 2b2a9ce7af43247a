import { UNWANTED_TEXT_CHARACTER, UNWANTED_TEXT_CHARACTERS } from '../../config/text-characters';
import type { GeneratedKey } from '../../model';
import { LineWriter, type WrittenText } from './explained';
import { Intrinsic, unwrapExplained } from './cloudformation';

/**
 * YAML with short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`), written directly (no YAML library in the app
 * bundle). Strings are plain only when no YAML 1.1 reader can take them for anything else (a boolean such as
 * `yes`/`on`, a number, a date, an alias, a comment); every other string is double-quoted with escapes, and
 * multi-line text (the function code) becomes a literal block. An `Explained` value tags the line its key or
 * list item starts on.
 */
export function cloudFormationYaml(template: object): WrittenText {
  const lines: Line[] = [];
  writeMapping(template as Record<string, unknown>, 0, lines);
  const writer = new LineWriter();
  for (const line of lines) writer.push(line.text, line.keys);
  writer.push('');
  return writer.done();
}

interface Line {
  text: string;
  keys: GeneratedKey[];
}

const YAML_11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9 _./:@*,()+=-]*$/;

function isPlainSafe(value: string): boolean {
  return (
    PLAIN_SAFE.test(value) &&
    !value.endsWith(' ') &&
    !value.includes(': ') &&
    !value.endsWith(':') &&
    !YAML_11_WORDS.test(value)
  );
}

/**
 * A double-quoted YAML scalar: JSON escapes, plus an escape for every character YAML forbids raw or reads as a
 * line break, and every invisible or direction-changing one (`\uXXXX`, or `\UXXXXXXXX` past the BMP).
 */
function quoted(value: string): string {
  return JSON.stringify(value).replace(UNWANTED_TEXT_CHARACTERS, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff
      ? `\\U${code.toString(16).padStart(8, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function scalar(value: string): string {
  return isPlainSafe(value) ? value : quoted(value);
}

/**
 * Text that can be a literal block: several lines of printable text (tabs allowed, nothing else unwanted), none
 * of them only white space (readers take such a line at the end for an empty one and drop its spaces).
 */
function isBlockText(value: string): boolean {
  return (
    value.includes('\n') &&
    !UNWANTED_TEXT_CHARACTER.test(value.replace(/[\n\t]/g, '')) &&
    !/^[ \t]+$/m.test(value)
  );
}

/**
 * A literal block (`|`), chomped to keep exactly the trailing line breaks. YAML takes the indentation from the
 * first line that is not empty, so when that line starts with a space the indentation is given (`|2`).
 */
function blockScalar(value: string, indent: number): string[] {
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const body = value.slice(0, value.length - trailing);
  // Keep (`+`) when more than the final line break must survive, or when there is no text to end with one.
  const chomp = trailing === 0 ? '-' : trailing === 1 && body !== '' ? '' : '+';
  const indentIndicator = /^\n*[ ]/.test(body) ? '2' : '';
  const pad = ' '.repeat(indent + 2);
  const lines = body === '' ? [] : body.split('\n').map((line) => (line === '' ? '' : `${pad}${line}`));
  const emptyLines = body === '' ? trailing : trailing - 1;
  for (let extra = 0; extra < emptyLines; extra += 1) lines.push('');
  return [`|${indentIndicator}${chomp}`, ...lines];
}

/** The text after `key:` or `- ` for a value that fits on the line, or undefined for a nested block. */
function inlineValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Intrinsic) return `!${value.fn} ${scalar(value.value)}`;
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`cloudFormationYaml: ${value} is not a number CloudFormation takes`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : undefined;
  throw new Error(`cloudFormationYaml: cannot write a ${typeof value}`);
}

function writeValue(
  prefix: string,
  value: unknown,
  indent: number,
  keys: GeneratedKey[],
  lines: Line[],
): void {
  if (typeof value === 'string' && isBlockText(value)) {
    const [header, ...body] = blockScalar(value, indent);
    lines.push({ text: `${prefix} ${header}`, keys }, ...body.map((text) => ({ text, keys: [] })));
    return;
  }
  const inline = inlineValue(value);
  if (inline !== undefined) {
    lines.push({ text: `${prefix} ${inline}`, keys });
  } else if (Array.isArray(value)) {
    lines.push({ text: prefix, keys });
    writeSequence(value, indent + 2, lines);
  } else {
    lines.push({ text: prefix, keys });
    writeMapping(value as Record<string, unknown>, indent + 2, lines);
  }
}

function writeMapping(mapping: Record<string, unknown>, indent: number, lines: Line[]): void {
  const pad = ' '.repeat(indent);
  for (const [key, item] of Object.entries(mapping)) {
    const { keys, value } = unwrapExplained(item);
    if (value === undefined) continue;
    writeValue(`${pad}${scalar(key)}:`, value, indent, keys, lines);
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Intrinsic)
  );
}

function writeSequence(items: unknown[], indent: number, lines: Line[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    const { keys, value } = unwrapExplained(item);
    if (isMapping(value) && Object.keys(value).length > 0) {
      // The first key shares the dash's line; the rest align under it.
      const nested: Line[] = [];
      writeMapping(value, indent + 2, nested);
      const [first, ...rest] = nested;
      if (first === undefined) continue;
      lines.push(
        { text: `${pad}- ${first.text.slice(indent + 2)}`, keys: [...keys, ...first.keys] },
        ...rest,
      );
    } else {
      writeValue(`${pad}-`, value, indent, keys, lines);
    }
  }
}
