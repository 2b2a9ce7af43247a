import type { GeneratedKey } from '../../model';
import type { ExplainedLine } from '../types';

/**
 * A value tagged with the explanation of the generated setting it is: the language writers print the value and
 * record the line it lands on, so the previews put the explanation beside that line without searching text.
 */
export class Explained<T> {
  constructor(
    readonly key: GeneratedKey,
    readonly value: T,
  ) {}
}

export const explained = <T>(key: GeneratedKey, value: T): Explained<T> => new Explained(key, value);

/** What every language writer returns: the file's text and the lines it tagged. */
export interface WrittenText {
  text: string;
  explained: ExplainedLine[];
}

/** Collects lines and their tags as a writer goes (1-based line numbers). */
export class LineWriter {
  private readonly lines: string[] = [];
  private readonly tags: ExplainedLine[] = [];

  /** Adds one or more lines (a string with newlines is split); the first line carries `keys`. */
  push(text: string, keys: readonly GeneratedKey[] = []): void {
    const first = this.lines.length + 1;
    this.lines.push(...text.split('\n'));
    for (const key of keys) this.tags.push({ line: first, key });
  }

  /** Appends another writer's output, shifting its tags. */
  append(written: WrittenText): void {
    const offset = this.lines.length;
    this.lines.push(...written.text.split('\n'));
    for (const tag of written.explained) this.tags.push({ line: tag.line + offset, key: tag.key });
  }

  get lineCount(): number {
    return this.lines.length;
  }

  done(): WrittenText {
    const explained = [...this.tags].sort((a, b) => a.line - b.line || a.key.localeCompare(b.key));
    return { text: this.lines.join('\n'), explained };
  }
}
