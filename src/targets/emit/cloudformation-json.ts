import { UNWANTED_TEXT_CHARACTERS } from '../../config/text-characters';
import type { GeneratedKey } from '../../model';
import { LineWriter, type WrittenText } from './explained';
import { Intrinsic, unwrapExplained } from './cloudformation';

/**
 * JSON with long-form intrinsics, two-space indented: the same text `JSON.stringify(template, null, 2)` gives
 * (except that invisible and direction-changing characters are written as `\uXXXX` escapes), written line by
 * line so an `Explained` value tags the line its key or list item starts on.
 */
export function cloudFormationJson(template: object): WrittenText {
  const writer = new LineWriter();
  writeJson(template, 0, '', '', [], writer);
  writer.push('');
  return writer.done();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes `lead` + the value + `trail` at `indent` (the first line carries `keys`). */
function writeJson(
  raw: unknown,
  indent: number,
  lead: string,
  trail: string,
  outerKeys: GeneratedKey[],
  writer: LineWriter,
): void {
  const unwrapped = unwrapExplained(raw);
  const keys = [...outerKeys, ...unwrapped.keys];
  const value = unwrapped.value instanceof Intrinsic ? unwrapped.value.toJSON() : unwrapped.value;
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return writer.push(`${pad}${lead}[]${trail}`, keys);
    writer.push(`${pad}${lead}[`, keys);
    value.forEach((item, index) =>
      writeJson(item ?? null, indent + 2, '', index < value.length - 1 ? ',' : '', [], writer),
    );
    return writer.push(`${pad}]${trail}`);
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => unwrapExplained(item).value !== undefined);
    if (entries.length === 0) return writer.push(`${pad}${lead}{}${trail}`, keys);
    writer.push(`${pad}${lead}{`, keys);
    entries.forEach(([key, item], index) =>
      writeJson(item, indent + 2, `${jsonString(key)}: `, index < entries.length - 1 ? ',' : '', [], writer),
    );
    return writer.push(`${pad}}${trail}`);
  }
  writer.push(`${pad}${lead}${jsonScalar(value)}${trail}`, keys);
}

function jsonScalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`cloudFormationJson: ${value} is not a number CloudFormation takes`);
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  throw new Error(`cloudFormationJson: cannot write a ${typeof value}`);
}

/** A JSON string; what JSON.stringify leaves raw but no reader should miss is escaped (UTF-16 units). */
function jsonString(value: string): string {
  return JSON.stringify(value).replace(UNWANTED_TEXT_CHARACTERS, (char) =>
    char
      .split('')
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}
