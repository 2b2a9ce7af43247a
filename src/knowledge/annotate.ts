import type { GeneratedKey } from '../model/explanation-keys';
import { GENERATED_EXPLANATIONS } from './explanations';
import type { GeneratedExplanation } from './types';

export interface ExplainedLine {
  /** 1-based line number in the file. */
  line: number;
  key: GeneratedKey;
  explanation: GeneratedExplanation;
}

/**
 * The explanations of a generated file's lines, from the tags its writer put on them (`GeneratedFile.explained`):
 * nothing is searched in the text. Lines come in order; a line may carry several keys.
 */
export function explainedLines(
  tags: readonly { line: number; key: GeneratedKey }[] | undefined,
): ExplainedLine[] {
  return [...(tags ?? [])]
    .sort((a, b) => a.line - b.line)
    .map(({ line, key }) => ({ line, key, explanation: GENERATED_EXPLANATIONS[key] }));
}
