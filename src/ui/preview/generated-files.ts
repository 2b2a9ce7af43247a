import type { Config } from '../../config/schema';
import { deploymentFor } from '../../model';
import type { GeneratedFile, Target, TargetId } from '../../targets/types';

export interface GeneratedTarget {
  files: GeneratedFile[];
  error?: string;
}

const generated = new WeakMap<Config, Map<TargetId, GeneratedTarget>>();

/**
 * One target's files for a config, once per config object: the editor that follows each keystroke and the
 * preview that renders after it ask for the same files.
 */
export function generatedFiles(target: Target, config: Config): GeneratedTarget {
  let byTarget = generated.get(config);
  if (byTarget === undefined) {
    byTarget = new Map();
    generated.set(config, byTarget);
  }
  let result = byTarget.get(target.id);
  if (result === undefined) {
    try {
      result = { files: target.generate(deploymentFor(config)) };
    } catch (error) {
      result = { files: [], error: error instanceof Error ? error.message : String(error) };
    }
    byTarget.set(target.id, result);
  }
  return result;
}
