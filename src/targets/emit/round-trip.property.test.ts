import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONE_SURROGATES, anyText, commentText } from '../../../test/support/fuzz/text';
import {
  hclProblems,
  jsonProblems,
  pythonProblems,
  typescriptProblems,
  yamlProblems,
} from '../../../test/support/fuzz/writer-round-trip';
import { hclString } from './hcl';

/**
 * Every writer, read back by an independent parser of its language, gives back every string: any well-formed
 * text (random code points, fragments that mean something in some language, control and invisible characters),
 * and in particular every comment the schema accepts; the written source never holds an invisible or
 * direction-changing character raw. YAML by the yaml package (as YAML 1.1 and 1.2), JSON by JSON.parse,
 * TypeScript by the compiler's parser, Python by python3, HCL by HashiCorp's parser (@cdktf/hcl2json).
 */

const SEED = 13;
const samples = (runs: number) => [
  ...fc.sample(fc.oneof(anyText, commentText), { numRuns: runs, seed: SEED }),
  ...fc.sample(commentText, { numRuns: runs, seed: SEED + 1 }),
];

describe('each writer reads back as the same string', () => {
  it('YAML (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, commentText), (value) => {
        expect(yamlProblems([value])).toEqual([]);
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('JSON, lone surrogates too (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, commentText, fc.constantFrom(...LONE_SURROGATES)), (value) => {
        expect(jsonProblems([value])).toEqual([]);
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('TypeScript, lone surrogates too (600 samples, one parse)', () => {
    expect(typescriptProblems([...samples(300), ...LONE_SURROGATES])).toEqual([]);
  });

  it('Python, lone surrogates too (600 samples, one python3)', () => {
    expect(pythonProblems([...samples(300), ...LONE_SURROGATES])).toEqual([]);
  });

  it('HCL, for text in normal form C (600 samples, one parse)', async () => {
    expect(await hclProblems(samples(300).map((value) => value.normalize('NFC')))).toEqual([]);
  });
});

describe('HCL refuses what Terraform would change', () => {
  it('a lone surrogate (Terraform would read U+FFFD)', () => {
    for (const surrogate of LONE_SURROGATES) expect(() => hclString(`a${surrogate}`)).toThrow(/surrogate/);
  });

  it('text not in normal form C (HCL normalizes every string, escapes included)', async () => {
    expect(() => hclString('Cafe\u0301')).toThrow(/normal form C/);
    const parsed = (await parseHcl('x.tf', 'a = "Cafe\\u0301"\n')) as Record<string, unknown>;
    expect(parsed.a).toBe('Café');
  });
});
