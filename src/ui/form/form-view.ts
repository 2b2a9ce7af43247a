import type { Config } from '../../config/schema';

/**
 * The config the form decides visibility from: the last valid config with the draft's scalar values laid over
 * it wherever they have the same type. Choosing "Lambda function URL" must show the Lambda fields at once, even
 * though the endpoint typed for the old origin type makes the draft invalid for a moment.
 */
export function formViewConfig(lastValid: Config, draft: unknown): Config {
  return overlay(lastValid, draft) as Config;
}

function overlay(base: unknown, draft: unknown): unknown {
  if (base !== null && typeof base === 'object' && !Array.isArray(base)) {
    if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) return base;
    const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const key of Object.keys(result)) {
      result[key] = overlay(result[key], (draft as Record<string, unknown>)[key]);
    }
    return result;
  }
  return typeof draft === typeof base && !Array.isArray(base) ? draft : base;
}
