/** Markdown emitting for the bundle README: the one place that quotes values into Markdown. */

/**
 * Inline code that survives any backticks in the value (a longer fence than the longest run inside). A space
 * pads the value when it starts or ends with a backtick, or with a space at both ends (CommonMark strips one).
 */
export function mdInline(value: string): string {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const spacedBothEnds = value.trim() !== '' && value.startsWith(' ') && value.endsWith(' ');
  const padded = value.startsWith('`') || value.endsWith('`') || spacedBothEnds ? ` ${value} ` : value;
  return `${fence}${padded.replace(/[\r\n]+/g, ' ')}${fence}`;
}

/**
 * Text shown exactly as typed in a table cell, for a value inline code cannot carry there: GFM tables split on
 * a pipe after an escaped backslash, so `\|` has no code-span form. ASCII punctuation is backslash-escaped
 * (pipes are left to `mdCell`), white space at either end as character references (cells are trimmed).
 */
function mdEscapedText(value: string): string {
  const escaped = value.replace(/[!-/:-@[-`{}~]/g, (char) => `\\${char}`);
  return escaped.replace(/^\s+|\s+$/g, (spaces) =>
    [...spaces].map((space) => `&#x${(space.codePointAt(0) ?? 32).toString(16)};`).join(''),
  );
}

/** A fenced code block in a language (fence longer than any backtick run in the code). */
export function mdBlock(language: string, code: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

/** A config value as readable inline code: strings as typed, everything else as JSON. */
export function mdValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value === '') return '(empty)';
    return value.includes('\\|') ? mdEscapedText(value) : mdInline(value);
  }
  return mdInline(JSON.stringify(value) ?? 'undefined');
}

/** Text for a table cell: pipes escaped, one line. */
export function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Joins sections with one blank line between them, dropping empty ones. */
export function sections(...parts: (string | false | null | undefined)[]): string {
  return `${parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n')}\n`;
}
