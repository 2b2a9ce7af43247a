import { differencesFrom } from '../../config/json-diff';
import type { Config } from '../../config/schema';
import { FORM_DEFAULTS } from '../form/field-table';

/** The schema's defaults, as the build read them (the page's first chunk has no zod to make them). */
export const configDefaults = (): Config => FORM_DEFAULTS;

const differing = new WeakMap<Config, readonly string[]>();

/** Dotted paths of the settings of `config` that differ from the defaults: once per config object. */
export function differingPaths(config: Config): readonly string[] {
  let paths = differing.get(config);
  if (paths === undefined) {
    paths = differencesFrom(config, configDefaults()).map((difference) => difference.path);
    differing.set(config, paths);
  }
  return paths;
}
