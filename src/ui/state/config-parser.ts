import type { Config } from '../../config/schema';

/** What `parseConfig` answers, as far as the store reads it. */
export type ConfigParseResult =
  | { success: true; data: Config }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

export type ConfigParser = (draft: unknown) => ConfigParseResult;

let parser: ConfigParser | undefined;
let loading: Promise<ConfigParser> | undefined;
const waiting = new Set<(parser: ConfigParser) => void>();

/**
 * The schema (zod and every field's validation) is a chunk of its own, fetched once the form is on screen: the
 * form is usable before it arrives, its messages follow. Undefined until then.
 */
export function configParser(): ConfigParser | undefined {
  return parser;
}

/** Makes `parse` the parser (the schema's chunk did arrive; tests provide it at once). */
export function provideConfigParser(parse: ConfigParser): void {
  parser = parse;
  waiting.forEach((listener) => listener(parse));
  waiting.clear();
}

/** Calls `listener` once the parser is there (at once when it already is). */
export function whenConfigParser(listener: (parser: ConfigParser) => void): void {
  if (parser !== undefined) listener(parser);
  else waiting.add(listener);
}

/** Fetches the schema's chunk (once) and provides its parser. */
export function loadConfigParser(): Promise<ConfigParser> {
  loading ??= import('../../config/schema').then(({ parseConfig }) => {
    provideConfigParser(parseConfig);
    return parseConfig;
  });
  return loading;
}
