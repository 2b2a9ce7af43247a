/**
 * The construct graph in Python's spelling: what `python-graph.py` reads back from a generated Python app (with
 * Python's own `ast`), and what the graph the printers were given becomes under jsii's naming rule. The two must be
 * equal (`python-graph-reader.ts` reads them); the interpreter (`graph-interpreter.ts`) synthesizes either.
 */
import type { CdkApp, CdkModule, CdkProp, CdkStatement, CdkValue } from '../../../src/targets/cdk/graph';
import { pythonName } from '../../../src/targets/cdk/naming';
import { pythonVariable } from '../../../src/targets/cdk/print-python';

export interface PyKeyword {
  name: string;
  value: PyValue;
}

/** Structs and classes look alike in Python (`Type(keyword=...)`): both are `new` here. */
export type PyValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'member'; module: CdkModule; type: string; member: string }
  | { kind: 'call'; module: CdkModule; type: string; method: string; args: PyValue[]; keywords: PyKeyword[] }
  | { kind: 'new'; module: CdkModule; type: string; args: PyValue[]; keywords: PyKeyword[] }
  | { kind: 'invoke'; on: PyValue; method: string; args: PyValue[] }
  | { kind: 'ref'; name: string }
  | { kind: 'attribute'; of: string; attribute: string }
  | { kind: 'parameter'; name: string }
  | { kind: 'scope' }
  | { kind: 'array'; items: PyValue[] }
  | { kind: 'map'; entries: PyKeyword[] }
  | { kind: 'duration'; seconds: number }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'environment'; name: string };

export type PyStatement =
  | {
      kind: 'construct';
      name: string | null;
      module: CdkModule;
      type: string;
      id: string;
      keywords: PyKeyword[];
    }
  | { kind: 'value'; name: string; value: PyValue }
  | { kind: 'expression'; value: PyValue };

export interface PyStack {
  className: string;
  parameters: string[];
  exports: { name: string; value: PyValue }[];
  statements: PyStatement[];
  outputs: { id: string; description: string; value: PyValue }[];
}

export interface PyGraph {
  stacks: PyStack[];
  entry: { className: string; variable: string | null; id: string; keywords: PyKeyword[] }[];
}

const keywordsOf = (list: CdkProp[] | null): PyKeyword[] =>
  (list ?? []).map((entry) => ({ name: pythonName(entry.name), value: pyValueOf(entry.value) }));

/** A graph value under jsii's naming rule (what the Python printer prints). */
export function pyValueOf(value: CdkValue): PyValue {
  switch (value.kind) {
    case 'call':
      return {
        kind: 'call',
        module: value.module,
        type: value.type,
        method: pythonName(value.method),
        args: value.args.map(pyValueOf),
        keywords: keywordsOf(value.props),
      };
    case 'new':
      return {
        kind: 'new',
        module: value.module,
        type: value.type,
        args: value.args.map(pyValueOf),
        keywords: keywordsOf(value.props),
      };
    case 'struct':
      return {
        kind: 'new',
        module: value.module,
        type: value.type,
        args: [],
        keywords: keywordsOf(value.props),
      };
    case 'invoke':
      return {
        kind: 'invoke',
        on: pyValueOf(value.on),
        method: pythonName(value.method),
        args: value.args.map(pyValueOf),
      };
    case 'ref':
      return { kind: 'ref', name: pythonVariable(value.name) };
    case 'attribute':
      return { kind: 'attribute', of: pythonVariable(value.of), attribute: pythonName(value.attribute) };
    case 'parameter':
      return { kind: 'parameter', name: pythonVariable(value.name) };
    case 'array':
      return { kind: 'array', items: value.items.map(pyValueOf) };
    case 'map':
      return {
        kind: 'map',
        entries: value.entries.map((entry) => ({ name: entry.name, value: pyValueOf(entry.value) })),
      };
    default:
      return value;
  }
}

function pyStatementOf(statement: CdkStatement): PyStatement {
  if (statement.kind === 'value')
    return { kind: 'value', name: pythonVariable(statement.name), value: pyValueOf(statement.value) };
  if (statement.kind === 'expression') return { kind: 'expression', value: pyValueOf(statement.value) };
  return {
    kind: 'construct',
    name: statement.name === null ? null : pythonVariable(statement.name),
    module: statement.module,
    type: statement.type,
    id: statement.id,
    keywords: keywordsOf(statement.props),
  };
}

/** The graph the printers were given, in Python's spelling (explanations and comments left out). */
export function pythonGraphOf(app: CdkApp): PyGraph {
  return {
    stacks: app.stacks.map((stack) => ({
      className: stack.className,
      parameters: stack.parameters.map((parameter) => pythonVariable(parameter.name)),
      exports: stack.exports.map((exported) => ({
        name: pythonName(exported.name),
        value: pyValueOf(exported.value),
      })),
      statements: stack.statements.map(pyStatementOf),
      outputs: stack.outputs.map((output) => ({
        id: output.id,
        description: output.description,
        value: pyValueOf(output.value),
      })),
    })),
    entry: app.entry.map((instance) => ({
      className: instance.className,
      variable: instance.variable === null ? null : pythonVariable(instance.variable),
      id: instance.id,
      keywords: keywordsOf(instance.props),
    })),
  };
}
