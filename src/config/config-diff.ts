import { differencesFrom, structuralDiff, type ConfigDifference } from './json-diff';
import { defaultConfig, type Config } from './schema';

// The diff itself needs no schema (json-diff.ts); only the defaults do.
export {
  differencesFrom,
  getAtPath,
  isPlainObject,
  jsonEqual,
  leafPaths,
  structuralDiff,
  type ConfigDifference,
  type ConfigPath,
} from './json-diff';

let frozenDefaults: Config | undefined;

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The defaults, parsed once and frozen: the diffs only read them (and parsing them costs more than a diff). */
const defaults = (): Config => (frozenDefaults ??= deepFreeze(defaultConfig()));

/** Only the values of `config` that differ from `defaultConfig()`: what a permalink carries. */
export function diffFromDefaults(config: Config): Partial<Record<keyof Config, unknown>> {
  return (structuralDiff(config, defaults()) ?? {}) as Partial<Record<keyof Config, unknown>>;
}

/** A readable list of the settings that differ between two configs (defaults first), for review. */
export function listDifferences(
  config: Config,
  options: { base?: Config; labelOf?: (path: string) => string | undefined } = {},
): ConfigDifference[] {
  return differencesFrom(config, options.base ?? defaults(), options.labelOf);
}
