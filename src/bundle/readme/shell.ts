import type { OutputKey } from '../../model';

/**
 * Shell for the bundle README's commands: the one place a value enters a shell line. Every value the model holds
 * is pattern-checked already (names, regions, ARNs); quoting anyway keeps a future field from breaking a command.
 */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The shell variable the README keeps a stack output in: `StaticFilesBucketName` → `STATIC_FILES_BUCKET_NAME`. */
export function outputVariable(key: OutputKey): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Text for inside a double-quoted shell word (next to a `$VARIABLE`): quotes, `$`, backticks and `\\` escaped. */
export function shellInDoubleQuotes(value: string): string {
  return value.replace(/[\\"$`]/g, '\\$&');
}
