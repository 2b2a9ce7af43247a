import { spawnSync } from 'node:child_process';
import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readCloudFormationYaml } from '../../../test/support/cloudformation/yaml-tags';
import { LONE_SURROGATES, anyText, commentText } from '../../../test/support/fuzz/text';
import { literal } from '../../../test/support/terraform/hcl-module';
import { UNWANTED_TEXT_CHARACTER } from '../../config/text-characters';
import { cloudFormationJson } from './cloudformation-json';
import { cloudFormationYaml } from './cloudformation-yaml';
import { hclString } from './hcl';
import { pyString } from './python';
import { tsString } from './typescript';

/**
 * Every writer, read back by an independent parser of its language, gives back every string: any well-formed
 * text (random code points, fragments that mean something in some language, control and invisible characters),
 * and in particular every comment the schema accepts. The written source never holds an invisible or
 * direction-changing character raw (a reviewer reads what the parser reads). HCL and Python are read by their own
 * tools in one batch each (HashiCorp's HCL parser as @cdktf/hcl2json, and python3).
 */

const SEED = 13;
const anyString = fc.oneof(anyText, commentText);
const samples = (runs: number) => [
  ...fc.sample(anyString, { numRuns: runs, seed: SEED }),
  ...fc.sample(commentText, { numRuns: runs, seed: SEED + 1 }),
];

/** No unwanted character raw in the written text (a YAML literal block keeps its line breaks and tabs). */
function expectNothingInvisible(written: string) {
  expect(UNWANTED_TEXT_CHARACTER.test(written.replace(/[\n\t]/g, ''))).toBe(false);
}

describe('YAML (read back by the yaml package, as YAML 1.1 and 1.2)', () => {
  it('keeps every string as a value, a list item and a key (property)', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const template = { Key: value, List: [value, { Inner: value }], [`k${value}`]: 1 };
        const text = cloudFormationYaml(template).text;
        expect(readCloudFormationYaml(text, '1.1')).toEqual(template);
        expect(readCloudFormationYaml(text, '1.2')).toEqual(template);
        expectNothingInvisible(text);
      }),
      { numRuns: 600, seed: SEED },
    );
  });
});

describe('JSON (read back by JSON.parse)', () => {
  it('keeps every string, lone surrogates too (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.constantFrom(...LONE_SURROGATES)), (value) => {
        const text = cloudFormationJson({ Key: value, [`k${value}`]: [value] }).text;
        expect(JSON.parse(text)).toEqual({ Key: value, [`k${value}`]: [value] });
        expectNothingInvisible(text);
      }),
      { numRuns: 600, seed: SEED },
    );
  });
});

describe('TypeScript (read back by the TypeScript compiler’s parser)', () => {
  it('keeps every string, lone surrogates too, with no syntax error (batch of samples)', () => {
    const values = [...samples(300), ...LONE_SURROGATES];
    const code = `export const values = [\n${values.map((value) => `  ${tsString(value)},`).join('\n')}\n];\n`;
    const source = ts.createSourceFile('values.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
      .parseDiagnostics;
    expect(diagnostics).toHaveLength(0);
    const read: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node)) read.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(read).toEqual(values);
    expectNothingInvisible(code.replace(/\n/g, ''));
  });
});

describe('Python (read back by python3)', () => {
  it('keeps every string, lone surrogates too (batch of samples)', () => {
    const values = [...samples(300), ...LONE_SURROGATES];
    const script = `import json, sys\nvalues = [\n${values.map((value) => `    ${pyString(value)},`).join('\n')}\n]\nsys.stdout.write(json.dumps(values))\n`;
    const result = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(values);
    expectNothingInvisible(script.replace(/\n/g, ''));
  });
});

describe('HCL (read back by HashiCorp’s HCL parser, @cdktf/hcl2json)', () => {
  it('keeps every well-formed string in normal form C (batch of samples)', async () => {
    const values = samples(300).map((value) => value.normalize('NFC'));
    const document = values.map((value, index) => `v${index} = ${hclString(value)}`).join('\n');
    expectNothingInvisible(document.replace(/\n/g, ''));
    const parsed = (await parseHcl('values.tf', `${document}\n`)) as Record<string, unknown>;
    expect(values.map((_, index) => literal(parsed[`v${index}`], `v${index}`))).toEqual(values);
  });

  it('refuses a lone surrogate rather than write what Terraform would read as U+FFFD', () => {
    for (const surrogate of LONE_SURROGATES) expect(() => hclString(`a${surrogate}`)).toThrow(/surrogate/);
  });

  it('refuses text HCL would normalize (a decomposed é), which the schema stores composed', async () => {
    expect(() => hclString('Cafe\u0301')).toThrow(/normal form C/);
    const parsed = (await parseHcl('x.tf', 'a = "Cafe\u0301"\n')) as Record<string, unknown>;
    expect(parsed.a).toBe('Café');
  });
});
