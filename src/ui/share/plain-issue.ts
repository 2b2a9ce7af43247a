import { isFieldPath, optionLabel } from '../form/field-table';

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of settings in braces { }',
  undefined: 'nothing',
  null: 'null',
};
const kind = (name: string) => KINDS[name] ?? name;

/**
 * A validation message in words a person reads: zod's own type and option messages ("Invalid input: expected
 * string, received number") become sentences; the schema's own messages are already written that way.
 */
export function plainIssueMessage(path: string, message: string): string {
  const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (type !== null) {
    if (type[2] === 'undefined') return `Missing: this needs ${kind(type[1]!)}`;
    return `This needs ${kind(type[1]!)}, not ${kind(type[2]!)}`;
  }
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option !== null) {
    const values = [...option[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    const field = path.replace(/\.\d+$/, '');
    const words = values.map((value) => (isFieldPath(field) ? optionLabel(field, value) : value));
    return `Choose one of: ${words.join('; ')}`;
  }
  const bound = /^Too (big|small): expected \w+ to (?:be|have) ([<>]=?)(\d+)/.exec(message);
  if (bound !== null) {
    const inclusive = bound[2]!.endsWith('=');
    const limit = Number(bound[3]);
    if (bound[1] === 'big') return `At most ${inclusive ? limit : limit - 1}`;
    return `At least ${inclusive ? limit : limit + 1}`;
  }
  if (/^Invalid input/.test(message)) return 'This value is not one the wizard can use';
  return message;
}

/** A JSON parser's complaint as a sentence, with the line when the browser says where it stopped. */
export function plainJsonError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  const where =
    position === null ? '' : ` near line ${text.slice(0, Number(position[1])).split('\n').length}`;
  return `This is not valid JSON${where}: look for a missing comma, quote or closing bracket.`;
}
