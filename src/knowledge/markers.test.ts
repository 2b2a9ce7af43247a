import { describe, expect, it } from 'vitest';
import { TARGETS } from '../targets';
import { explainedLines } from './annotate';
import { EXPLANATIONS } from './explanations';
import { SAMPLE_CONFIGS } from './test-support/configs';
import { deploymentFor } from '../model';

/**
 * Every marker of every applicable explanation must occur in its target's generated files, so the UI can put
 * each explanation beside real lines. A target whose generator still writes nothing is skipped, visibly.
 */
describe.each(Object.entries(SAMPLE_CONFIGS))('markers in the output for %s', (_, config) => {
  describe.each(TARGETS.map((target) => [target.id, target] as const))('%s', (targetId, target) => {
    const files = target.generate(deploymentFor(config));
    const output = files.map((file) => file.contents).join('\n');
    const entries = EXPLANATIONS.filter(
      (entry) => (entry.markers?.[targetId]?.length ?? 0) > 0 && (entry.appliesTo?.(config) ?? true),
    );
    const pending = files.length === 0 ? ` [SKIPPED: the ${targetId} generator writes no files yet]` : '';

    it.skipIf(files.length === 0)(`contains every marker of every applicable explanation${pending}`, () => {
      const missing = entries.flatMap((entry) =>
        (entry.markers?.[targetId] ?? [])
          .filter((marker) => !output.includes(marker))
          .map((marker) => `${entry.key}: ${marker}`),
      );
      expect(missing).toEqual([]);
    });

    it.skipIf(files.length === 0)(`puts every applicable explanation beside a line${pending}`, () => {
      const explained = new Set(
        files.flatMap((file) => explainedLines(file, config).map((line) => line.explanation.key)),
      );
      expect(entries.map((entry) => entry.key).filter((key) => !explained.has(key))).toEqual([]);
    });
  });
});
