import { UNWANTED_TEXT_CHARACTERS } from '../config/text-characters';

/**
 * A line as the CLI may print it: every control, invisible or direction-changing character (an escape sequence,
 * a line break inside a file name, a bell, a right-to-left override) shown as `\uXXXX` instead of sent to the
 * terminal, so nothing read from a config, a link, a path or an error can move the cursor, recolour the screen
 * or start a line of its own.
 */
export function terminalLine(text: string): string {
  return text.replace(UNWANTED_TEXT_CHARACTERS, (char) =>
    char
      .split('')
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}

/** Lines joined for the terminal: each escaped, each ending with the CLI's own line break. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map((line) => `${terminalLine(line)}\n`).join('');
}
