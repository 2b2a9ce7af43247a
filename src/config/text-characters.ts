/**
 * Characters no AWS name or comment needs, refused in the one free-text field (the distribution comment) and
 * escaped by every writer: they make text read differently than it is ("Trojan Source", CVE-2021-42574: direction
 * controls and invisible characters in source code), a terminal acts on them, or they are not text at all.
 *
 * The comment travels to CloudFront inside an XML 1.0 document (the DistributionConfig body of CreateDistribution
 * and UpdateDistribution, https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_UpdateDistribution.html).
 * XML 1.0 has no place for most control characters, lone surrogates, U+FFFE or U+FFFF (production [2] Char,
 * https://www.w3.org/TR/xml/#charsets) and turns a carriage return into a line feed (2.11 End-of-Line Handling,
 * https://www.w3.org/TR/xml/#sec-line-ends). Tab and line feed would survive XML, but a comment is the one-line
 * description the console lists, and a line break in it would break the README's table (our choice, not AWS's).
 */

/** Any one of those characters (a lone surrogate counts as one). */
export const UNWANTED_TEXT_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** The same characters, every occurrence (for the writers' escapes). */
export const UNWANTED_TEXT_CHARACTERS = new RegExp(UNWANTED_TEXT_CHARACTER.source, 'gu');

/** `U+202E`: how a message names a character. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What kind of unwanted character this is, in words a person understands. */
function kindOf(character: string): string {
  if (/\p{Cc}/u.test(character)) return 'a control character';
  if (/\p{Bidi_Control}/u.test(character)) return 'a text-direction control';
  if (/\p{Cf}/u.test(character)) return 'an invisible formatting character';
  if (/[\p{Zl}\p{Zp}]/u.test(character)) return 'a line or paragraph separator';
  if (/\p{Cs}/u.test(character)) return 'half of a character (a lone surrogate)';
  return 'a noncharacter';
}

/** Why `text` cannot be a comment, naming its first unwanted character; null when it can. */
export function unwantedCharacterProblem(text: string): string | null {
  const found = UNWANTED_TEXT_CHARACTER.exec(text)?.[0];
  if (found === undefined) return null;
  return `Not ${codePointName(found)} (${kindOf(found)}): use printable text only, without control, invisible or direction-changing characters`;
}
