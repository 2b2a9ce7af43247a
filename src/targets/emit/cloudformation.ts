/**
 * CloudFormation templates are built as plain objects whose intrinsic functions are `Intrinsic` values; this
 * module is the one place that writes them out: YAML with the short tags (`!Ref`, `!GetAtt`, `!Sub`) or JSON
 * with the long forms (`Ref`, `Fn::GetAtt`, `Fn::Sub`).
 */
export class Intrinsic {
  constructor(
    readonly fn: 'Ref' | 'GetAtt' | 'Sub',
    /** Ref: a logical ID or parameter; GetAtt: `Resource.Attribute`; Sub: the template string. */
    readonly value: string,
  ) {}

  /** The long (JSON) form. */
  toJSON(): Record<string, unknown> {
    switch (this.fn) {
      case 'Ref':
        return { Ref: this.value };
      case 'GetAtt': {
        const dot = this.value.indexOf('.');
        return { 'Fn::GetAtt': [this.value.slice(0, dot), this.value.slice(dot + 1)] };
      }
      case 'Sub':
        return { 'Fn::Sub': this.value };
    }
  }
}

export const ref = (logicalIdOrParameter: string): Intrinsic => new Intrinsic('Ref', logicalIdOrParameter);
export const getAtt = (logicalId: string, attribute: string): Intrinsic =>
  new Intrinsic('GetAtt', `${logicalId}.${attribute}`);

/** A piece of an `Fn::Sub` string: literal text (escaped) or a variable such as `AWS::AccountId` or a logical ID. */
export type SubPart = string | { variable: string };

/**
 * An `Fn::Sub` built from parts: literal text is escaped so a `${` in it stays literal (`${!`), variables become
 * `${Name}`. Never write a Sub string by hand from user text.
 */
export function sub(...parts: SubPart[]): Intrinsic {
  return new Intrinsic(
    'Sub',
    parts
      .map((part) => (typeof part === 'string' ? part.replace(/\$\{/g, '${!') : `\${${part.variable}}`))
      .join(''),
  );
}

/** What CloudFormation makes of a Sub string's literal text (`${!` reads as `${`), for tests and previews. */
export function unescapeSubLiterals(value: string): string {
  return value.replace(/\$\{!/g, '${');
}

/**
 * YAML with short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`), written directly (no YAML library in the app
 * bundle). Strings are plain only when no YAML 1.1 reader can take them for anything else (a boolean such as
 * `yes`/`on`, a number, a date, an alias, a comment); every other string is double-quoted with escapes, and
 * multi-line text (the function code) becomes a literal block.
 */
export function cloudFormationYaml(template: object): string {
  const lines: string[] = [];
  writeMapping(template as Record<string, unknown>, 0, lines);
  return `${lines.join('\n')}\n`;
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

/** A double-quoted YAML scalar: JSON escapes, plus the characters YAML 1.1 reads as line breaks or forbids raw. */
function quoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: string): string {
  return isPlainSafe(value) ? value : quoted(value);
}

/** Text that can be a literal block: several lines, printable, no carriage returns or tabs at a line start. */
function isBlockText(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a block scalar cannot hold
  return value.includes('\n') && !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value);
}

function blockScalar(value: string, indent: number): string[] {
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? value : value.slice(0, value.length - trailing);
  const indentIndicator = body.startsWith(' ') ? '2' : '';
  const pad = ' '.repeat(indent + 2);
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${pad}${line}`));
  for (let extra = 1; extra < trailing; extra += 1) lines.push('');
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

function writeValue(prefix: string, value: unknown, indent: number, lines: string[]): void {
  if (typeof value === 'string' && isBlockText(value)) {
    const [header, ...body] = blockScalar(value, indent);
    lines.push(`${prefix} ${header}`, ...body);
    return;
  }
  const inline = inlineValue(value);
  if (inline !== undefined) {
    lines.push(`${prefix} ${inline}`);
  } else if (Array.isArray(value)) {
    lines.push(prefix);
    writeSequence(value, indent + 2, lines);
  } else {
    lines.push(prefix);
    writeMapping(value as Record<string, unknown>, indent + 2, lines);
  }
}

function writeMapping(mapping: Record<string, unknown>, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [key, value] of Object.entries(mapping)) {
    if (value === undefined) continue;
    writeValue(`${pad}${scalar(key)}:`, value, indent, lines);
  }
}

function writeSequence(items: unknown[], indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    const isMapping =
      item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Intrinsic);
    if (isMapping && Object.keys(item).length > 0) {
      // The first key shares the dash's line; the rest align under it.
      const nested: string[] = [];
      writeMapping(item as Record<string, unknown>, indent + 2, nested);
      const first = nested[0] ?? '';
      lines.push(`${pad}- ${first.slice(indent + 2)}`, ...nested.slice(1));
    } else {
      writeValue(`${pad}-`, item, indent, lines);
    }
  }
}

/** JSON with long-form intrinsics, two-space indented. */
export function cloudFormationJson(template: object): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
