import { getAtPath, isPlainObject, leafPaths, type ConfigPath } from './config-diff';
import { defaultConfig, parseConfig, type Config } from './schema';

/**
 * The valid part of a draft that does not parse: every invalid setting back at its default, every valid one kept.
 * First the fields zod names are dropped (that fixes most drafts); when cross-field rules still fail, settings are
 * added back to the defaults one section (then one field) at a time, keeping each that leaves the config valid.
 * Never throws; returns `defaultConfig()` when nothing can be kept.
 */
export function recoverValidPart(input: unknown): Config {
  try {
    return recoverUnsafe(input);
  } catch {
    return defaultConfig();
  }
}

const MAX_DROP_ROUNDS = 3;
const MAX_ADD_BACK_PASSES = 4;

function recoverUnsafe(input: unknown): Config {
  let candidate: unknown = isPlainObject(input) ? jsonClone(input) : {};
  for (let round = 0; round <= MAX_DROP_ROUNDS; round += 1) {
    const parsed = parseConfig(candidate);
    if (parsed.success) return parsed.data;
    if (round === MAX_DROP_ROUNDS) break;
    for (const issue of parsed.error.issues) candidate = withoutPath(candidate, issue.path as ConfigPath);
  }
  return addBackWhileValid(candidate);
}

/** Greedy rebuild from the defaults: whole sections first (fields that only make sense together), then fields. */
function addBackWhileValid(candidate: unknown): Config {
  const defaults = defaultConfig();
  const known = (path: ConfigPath) => path.length > 0 && getAtPath(defaults, path) !== undefined;
  const sections = isPlainObject(candidate) ? Object.keys(candidate).filter((key) => known([key])) : [];
  const pending: ConfigPath[][] = sections.map((section) => [
    [section],
    ...leafPaths(getAtPath(candidate, [section]), [section]).filter(known),
  ]);
  let accepted: Record<string, unknown> = {};
  let best = defaults;
  for (let pass = 0; pass < MAX_ADD_BACK_PASSES; pass += 1) {
    let changed = false;
    for (const group of pending) {
      for (const path of group) {
        const value = getAtPath(candidate, path);
        if (value === undefined || (path.length > 1 && getAtPath(accepted, path) !== undefined)) continue;
        const trial = withValueAt(accepted, path, value);
        const parsed = parseConfig(trial);
        if (parsed.success && JSON.stringify(trial) !== JSON.stringify(accepted)) {
          accepted = trial;
          best = parsed.data;
          changed = true;
          if (path.length === 1) break;
        }
      }
    }
    if (!changed) break;
  }
  return best;
}

function jsonClone(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** A copy of `value` without the leaf at `path` (an array element is removed; a path through a scalar drops it). */
function withoutPath(value: unknown, path: ConfigPath): unknown {
  if (path.length === 0) return {};
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    if (rest.length === 0) return value.filter((_, index) => index !== head);
    return value.map((item, index) => (index === head ? withoutPath(item, rest) : item));
  }
  if (!isPlainObject(value) || typeof head !== 'string' || !Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0 || !(isPlainObject(copy[head]) || Array.isArray(copy[head]))) delete copy[head];
  else
    Object.defineProperty(copy, head, {
      value: withoutPath(copy[head], rest),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** A copy of `target` with `value` at `path` (paths come from the default config's shape, so keys are safe). */
function withValueAt(
  target: Record<string, unknown>,
  path: ConfigPath,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (typeof head !== 'string') return target;
  const child = target[head];
  return {
    ...target,
    [head]:
      rest.length === 0 ? jsonClone(value) : withValueAt(isPlainObject(child) ? child : {}, rest, value),
  };
}
