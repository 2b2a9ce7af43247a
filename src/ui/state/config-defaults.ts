import { listDifferences } from '../../config/config-diff';
import { defaultConfig, type Config } from '../../config/schema';

let defaults: Config | undefined;
/** The schema's defaults, made on first use (never while modules load: zod must be made jitless first). */
export const configDefaults = (): Config => (defaults ??= defaultConfig());

const differing = new WeakMap<Config, readonly string[]>();

/** Dotted paths of the settings of `config` that differ from the defaults: once per config object. */
export function differingPaths(config: Config): readonly string[] {
  let paths = differing.get(config);
  if (paths === undefined) {
    paths = listDifferences(config, { base: configDefaults() }).map((difference) => difference.path);
    differing.set(config, paths);
  }
  return paths;
}
