import type { Config } from '../config/schema';
import { WARNING_RULES } from './rules';
import type { ConfigWarning } from './types';

const SEVERITY_ORDER: Record<ConfigWarning['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Every warning the rules raise for this config, errors first, then warnings, then information. */
export function warningsFor(config: Config): ConfigWarning[] {
  return WARNING_RULES.flatMap((rule) => rule(config)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
