import type { Config } from '../config/schema';
import { TARGET_IDS, type TargetId } from '../targets/catalogue';
import type { GeneratedFile } from '../targets/types';
import { EXPLANATIONS } from './explanations';
import type { Explanation } from './types';

export interface ExplainedLine {
  /** 1-based line number in the file. */
  line: number;
  explanation: Explanation;
}

/** The target a file belongs to: the first segment of its bundle path ("terraform/main.tf" → terraform). */
export function targetOfFile(file: GeneratedFile): TargetId | undefined {
  const folder = file.path.split('/')[0];
  return TARGET_IDS.find((id) => id === folder);
}

/** Whether an explanation is relevant for this config (entries without a condition always are). */
export function explanationApplies(entry: Explanation, config: Config): boolean {
  return entry.appliesTo === undefined || entry.appliesTo(config);
}

/**
 * The lines of a generated file that an explanation is about: a line is explained by every applicable entry one
 * of whose markers for the file's target it contains. Lines come in order; a line may carry several entries.
 */
export function explainedLines(
  file: GeneratedFile,
  config: Config,
  explanations: readonly Explanation[] = EXPLANATIONS,
): ExplainedLine[] {
  const target = targetOfFile(file);
  if (target === undefined) return [];
  const candidates = explanations
    .filter((entry) => (entry.markers?.[target]?.length ?? 0) > 0)
    .filter((entry) => explanationApplies(entry, config));
  const result: ExplainedLine[] = [];
  file.contents.split(/\r?\n/).forEach((text, index) => {
    for (const entry of candidates) {
      const markers = entry.markers?.[target] ?? [];
      if (markers.some((marker) => text.includes(marker)))
        result.push({ line: index + 1, explanation: entry });
    }
  });
  return result;
}
