import fc from 'fast-check';
import { DISTRIBUTION_COMMENT_MAX } from '../../../src/config/aws-limits';
import { UNWANTED_TEXT_CHARACTERS } from '../../../src/config/text-characters';

/**
 * Text arbitraries for the writers' round-trip properties and the fuzz suite: fragments that break naive quoting
 * in some language, characters no comment may hold, any well-formed text, and the text the schema accepts.
 */

/** Pieces that mean something in YAML, JSON, HCL, Python, TypeScript, Markdown, HTML or a shell. */
export const TRICKY_FRAGMENTS: readonly string[] = [
  '"',
  "'",
  '\\',
  '\\\\',
  '\\n',
  '\\u0041',
  '`',
  '```',
  '${',
  '$${',
  '%{',
  '%%{',
  '}',
  '{{resolve:secretsmanager:x}}',
  '#',
  ' #',
  ': ',
  '- ',
  '? ',
  '&a',
  '*a',
  '!Ref',
  '|',
  '\\|',
  '>',
  '%',
  '@',
  '</script>',
  '*/',
  '<!--',
  'yes',
  'No',
  'on',
  '~',
  'null',
  '0x1F',
  '1e3',
  '.inf',
  '2010-09-09',
  ' ',
  '   ',
  '$(id)',
  ';rm -rf /',
  'é',
  'ß',
  'İ',
  '\u0301',
  '\ufe0f',
  '\u00a0',
  '\u3000',
  '🥐',
  '😀',
  'ﷺ',
  '\u{10ffff}',
];

/** Characters the comment must refuse and every writer must escape (lone surrogates listed apart). */
export const HOSTILE_CHARACTERS: readonly string[] = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u{e0001}',
  '\u{1fffe}',
];
export const LONE_SURROGATES: readonly string[] = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Drops lone surrogates (each UTF-16 unit that is not half of a pair). */
export const wellFormed = (text: string): string => text.replace(/\p{Cs}/gu, '');

/** Printable text without line breaks (what a line of a YAML block or a README cell holds). */
const printableLine = fc
  .string({ unit: 'binary', maxLength: 10 })
  .map((text) => text.replace(UNWANTED_TEXT_CHARACTERS, ''));

/**
 * Several lines (what a block scalar holds): empty lines, lines of spaces, lines that start with spaces or a
 * tab, and trailing line breaks, the shapes YAML's indentation rules trip on.
 */
export const multilineText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom('', ' ', '   ', '\t', ' x', '  indented', '\tx', 'x ', '#', '- item', 'key: value'),
        fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), printableLine).map(([lead, line]) => lead + line),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom('', '\n', '\n\n', '\n \n'),
  )
  .map(([lines, end]) => `${lines.join('\n')}${end}`)
  .filter((text) => text.includes('\n'));

/** Any well-formed text: random code points mixed with tricky fragments and hostile characters. */
const mixedText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY_FRAGMENTS) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => wellFormed(parts.join('')));

/** Any well-formed text: mixed fragments, or several lines. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mixedText },
  { weight: 1, arbitrary: multilineText },
);

/**
 * Text as the schema keeps a comment: every unwanted character removed, in normal form C, cut to `max` UTF-16
 * units (never splitting a pair, and normalized again after the cut).
 */
export function acceptableText(text: string, max: number = DISTRIBUTION_COMMENT_MAX): string {
  let cleaned = text.replace(UNWANTED_TEXT_CHARACTERS, '').normalize('NFC');
  while (cleaned.length > max) cleaned = wellFormed(cleaned.slice(0, max)).normalize('NFC');
  return cleaned;
}

/** What the schema accepts as a distribution comment (printable NFC text, at most 128 UTF-16 units). */
export const commentText: fc.Arbitrary<string> = anyText.map((text) => acceptableText(text));

/** Text that must be refused as a comment: acceptable text with one hostile character or lone surrogate in it. */
export const refusedCommentText: fc.Arbitrary<string> = fc
  .tuple(commentText, fc.constantFrom(...HOSTILE_CHARACTERS, ...LONE_SURROGATES), fc.nat())
  .map(([text, hostile, at]) => {
    const characters = [...text.slice(0, DISTRIBUTION_COMMENT_MAX - 2)];
    characters.splice(at % (characters.length + 1), 0, hostile);
    return characters.join('');
  });
