import { spawnSync } from 'node:child_process';
import { parse as parseHcl } from '@cdktf/hcl2json';
import ts from 'typescript';
import { UNWANTED_TEXT_CHARACTER } from '../../../src/config/text-characters';
import { cloudFormationJson } from '../../../src/targets/emit/cloudformation-json';
import { cloudFormationYaml } from '../../../src/targets/emit/cloudformation-yaml';
import { hclString } from '../../../src/targets/emit/hcl';
import { pyString } from '../../../src/targets/emit/python';
import { tsString } from '../../../src/targets/emit/typescript';
import { readCloudFormationYaml } from '../cloudformation/yaml-tags';
import { literal } from '../terraform/hcl-module';

/**
 * Each language writer's round trip through an independent parser of that language, over a batch of strings:
 * the strings that come back changed (or the raw unwanted characters the written text holds), as messages.
 * Shared by the per-writer property tests (src/targets/emit/round-trip.property.test.ts) and the fuzz suite.
 */

const show = (value: string) => JSON.stringify(value);

/** A problem when the written text holds an invisible or control character raw (a YAML block keeps \n and tabs). */
function invisibleIn(language: string, written: string, value: string): string[] {
  return UNWANTED_TEXT_CHARACTER.test(written.replace(/[\n\t]/g, ''))
    ? [`${language}: ${show(value)} written with a raw unwanted character`]
    : [];
}

export function yamlProblems(values: readonly string[]): string[] {
  return values.flatMap((value) => {
    const template = { Key: value, List: [value, { Inner: value }], [`k${value}`]: 1 };
    const text = cloudFormationYaml(template).text;
    const problems = invisibleIn('YAML', text, value);
    for (const version of ['1.1', '1.2'] as const) {
      let read: unknown;
      try {
        read = readCloudFormationYaml(text, version);
      } catch (error) {
        read = `(${(error as Error).message})`;
      }
      if (JSON.stringify(read) !== JSON.stringify(template))
        problems.push(`YAML ${version}: ${show(value)} read back as ${JSON.stringify(read)}`);
    }
    return problems;
  });
}

export function jsonProblems(values: readonly string[]): string[] {
  return values.flatMap((value) => {
    const text = cloudFormationJson({ Key: value, [`k${value}`]: [value] }).text;
    const read = JSON.parse(text) as Record<string, unknown>;
    const same = read.Key === value && JSON.stringify(read[`k${value}`]) === JSON.stringify([value]);
    return [...invisibleIn('JSON', text, value), ...(same ? [] : [`JSON: ${show(value)} read back changed`])];
  });
}

export function typescriptProblems(values: readonly string[]): string[] {
  const literals = values.map((value) => tsString(value));
  const code = `export const values = [\n${literals.map((text) => `  ${text},`).join('\n')}\n];\n`;
  const source = ts.createSourceFile('values.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const errors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (errors.length > 0) return [`TypeScript: ${errors.length} syntax errors`];
  const read: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) read.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return values.flatMap((value, index) => [
    ...invisibleIn('TypeScript', literals[index] ?? '', value),
    ...(read[index] === value ? [] : [`TypeScript: ${show(value)} read back as ${show(read[index] ?? '')}`]),
  ]);
}

export function pythonProblems(values: readonly string[]): string[] {
  const literals = values.map((value) => pyString(value));
  const script = `import json, sys\nvalues = [\n${literals.map((text) => `    ${text},`).join('\n')}\n]\nsys.stdout.write(json.dumps(values))\n`;
  const result = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  if (result.status !== 0) return [`Python: ${result.stderr.trim()}`];
  const read = JSON.parse(result.stdout) as string[];
  return values.flatMap((value, index) => [
    ...invisibleIn('Python', literals[index] ?? '', value),
    ...(read[index] === value ? [] : [`Python: ${show(value)} read back as ${show(read[index] ?? '')}`]),
  ]);
}

/** HCL: every string must come back, or be refused by the writer (text HCL cannot hold unchanged). */
export async function hclProblems(values: readonly string[]): Promise<string[]> {
  const written: { value: string; text: string }[] = [];
  const problems: string[] = [];
  for (const value of values) {
    try {
      written.push({ value, text: hclString(value) });
    } catch {
      // Refused: a lone surrogate or text not in NFC; the schema keeps both out of every config.
      if (value.normalize('NFC') === value && !/\p{Cs}/u.test(value))
        problems.push(`HCL refused ${show(value)}`);
    }
  }
  const document = written.map(({ text }, index) => `v${index} = ${text}`).join('\n');
  const parsed = (await parseHcl('values.tf', `${document}\n`)) as Record<string, unknown>;
  written.forEach(({ value, text }, index) => {
    problems.push(...invisibleIn('HCL', text, value));
    let read: string;
    try {
      read = literal(parsed[`v${index}`], `v${index}`);
    } catch (error) {
      read = `(${(error as Error).message})`;
    }
    if (read !== value) problems.push(`HCL: ${show(value)} read back as ${show(read)}`);
  });
  return problems;
}

/** Every writer over the same strings. */
export async function writerProblems(values: readonly string[]): Promise<string[]> {
  return [
    ...yamlProblems(values),
    ...jsonProblems(values),
    ...typescriptProblems(values),
    ...pythonProblems(values),
    ...(await hclProblems(values)),
  ];
}
