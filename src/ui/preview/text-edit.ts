/** One replacement turning `before` into `after`: the characters in [start, end) of `before` become `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single edit from `before` to `after` (the common start and end kept), or undefined when they are
 * equal. A keystroke changes a few characters of a generated file: the editor then re-tokenises and redraws
 * those lines instead of the whole file.
 */
export function textEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let common = 0;
  while (
    common < shorter - start &&
    before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)
  )
    common += 1;
  return { start, end: before.length - common, text: after.slice(start, after.length - common) };
}
