import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/support/fixtures';
import { deploymentFor, generatedKeysFor, generatedKeysOf } from '../model';
import { TARGETS } from '../targets';

/**
 * Every generated setting that applies to a deployment is explained beside a real line in every target of a
 * kind that prints it: the writer tags the line (`GeneratedFile.explained`), the previews put the explanation
 * there. A key missing from one target's files fails here.
 */
describe.each(FIXTURES.map((fixture) => [fixture.name, fixture.config] as const))(
  'explained lines for %s',
  (_, config) => {
    const deployment = deploymentFor(config);
    it.each(TARGETS.map((target) => [target.id, target] as const))(
      '%s tags every key that applies',
      (_, target) => {
        const files = target.generate(deployment);
        const tagged = new Set(files.flatMap((file) => (file.explained ?? []).map((line) => line.key)));
        const missing = generatedKeysFor(deployment, target.kind).filter((key) => !tagged.has(key));
        expect(missing).toEqual([]);
      },
    );

    it.each(TARGETS.map((target) => [target.id, target] as const))(
      '%s tags only lines it wrote, with keys that apply',
      (_, target) => {
        const applies = generatedKeysOf(deployment);
        for (const file of target.generate(deployment)) {
          const lineCount = file.contents.split('\n').length;
          for (const { line, key } of file.explained ?? [])
            expect(line >= 1 && line <= lineCount && applies.has(key), `${file.path}:${line} ${key}`).toBe(
              true,
            );
        }
      },
    );
  },
);
