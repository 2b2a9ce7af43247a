import { describe, expect, it } from 'vitest';
import { explainedLines } from './annotate';
import { GENERATED_EXPLANATIONS } from './explanations';

describe('explainedLines', () => {
  it('puts each tagged line beside its explanation, in line order, a line once per key', () => {
    const lines = explainedLines([
      { line: 7, key: 'generated.allowedMethods' },
      { line: 3, key: 'generated.cacheKey' },
      { line: 3, key: 'generated.cachePolicy.dynamicPages' },
    ]);
    expect(lines.map((hit) => [hit.line, hit.key])).toEqual([
      [3, 'generated.cacheKey'],
      [3, 'generated.cachePolicy.dynamicPages'],
      [7, 'generated.allowedMethods'],
    ]);
    expect(lines[2]?.explanation).toBe(GENERATED_EXPLANATIONS['generated.allowedMethods']);
  });

  it('explains nothing in a file without tags', () => {
    expect(explainedLines(undefined)).toEqual([]);
    expect(explainedLines([])).toEqual([]);
  });
});
