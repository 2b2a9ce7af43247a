import type { Config } from '../../config/schema';
import type { ConfigWarning } from '../types';

/** One rule: looks at a valid config and returns the warnings it raises (none when the config is fine). */
export type WarningRule = (config: Config) => ConfigWarning[];

/** A rule that raises at most one warning: `null` when the config is fine. */
export const singleWarning =
  (check: (config: Config) => ConfigWarning | null): WarningRule =>
  (config) => {
    const warning = check(config);
    return warning === null ? [] : [warning];
  };
