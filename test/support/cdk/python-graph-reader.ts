/** Test support: turns what `python-graph.py` read (Python's `ast`) into the construct graph in Python's spelling. */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CdkModule } from '../../../src/targets/cdk/graph';
import { CDK_MODULES } from '../../../src/targets/cdk/modules';
import type { PyGraph, PyKeyword, PyStack, PyValue } from './python-graph';

type RawNode =
  | { str: string }
  | { num: number }
  | { bool: boolean }
  | { name: string }
  | { attr: string[] }
  | { attr_of: RawNode; name: string }
  | { call: RawNode; args: RawNode[]; kwargs: [string, RawNode][] }
  | { list: RawNode[] }
  | { dict: [RawNode, RawNode][] };

interface RawApp {
  imports: Record<string, string>;
  classes: {
    name: string;
    bases: string[];
    parameters: string[];
    body: { target: string | null; value: RawNode }[];
  }[];
  entry: { target: string | null; value: RawNode }[];
}

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'python-graph.py');

class PythonReader {
  private readonly modules = new Map<string, CdkModule>();

  constructor(
    imports: Record<string, string>,
    private readonly parameters: Set<string> = new Set(),
  ) {
    for (const [alias, module] of Object.entries(imports)) {
      const found = (Object.entries(CDK_MODULES) as [CdkModule, (typeof CDK_MODULES)[CdkModule]][]).find(
        ([, spelling]) => spelling.python === module,
      );
      if (found !== undefined) this.modules.set(alias, found[0]);
    }
  }

  withParameters(names: string[]): PythonReader {
    const reader = new PythonReader({}, new Set(names));
    for (const [alias, module] of this.modules) reader.modules.set(alias, module);
    return reader;
  }

  private moduleOf(alias: string | undefined): CdkModule | undefined {
    return alias === undefined ? undefined : this.modules.get(alias);
  }

  keywords(pairs: [string, RawNode][]): PyKeyword[] {
    return pairs.map(([name, value]) => ({ name, value: this.value(value) }));
  }

  value(raw: RawNode): PyValue {
    if ('str' in raw) return { kind: 'string', value: raw.str };
    if ('num' in raw) return { kind: 'number', value: raw.num };
    if ('bool' in raw) return { kind: 'boolean', value: raw.bool };
    if ('list' in raw) return { kind: 'array', items: raw.list.map((entry) => this.value(entry)) };
    if ('dict' in raw)
      return {
        kind: 'map',
        entries: raw.dict.map(([key, value]) => {
          if (!('str' in key)) throw new Error('a map key that is not a string');
          return { name: key.str, value: this.value(value) };
        }),
      };
    if ('name' in raw && !('attr_of' in raw)) {
      if (raw.name === 'self') return { kind: 'scope' };
      return this.parameters.has(raw.name)
        ? { kind: 'parameter', name: raw.name }
        : { kind: 'ref', name: raw.name };
    }
    if ('attr' in raw) {
      const [root, type, member, ...rest] = raw.attr;
      const module = this.moduleOf(root);
      if (module !== undefined && type !== undefined && member !== undefined && rest.length === 0)
        return { kind: 'member', module, type, member };
      if (module === undefined && raw.attr.length === 2 && root !== undefined && type !== undefined)
        return { kind: 'attribute', of: root, attribute: type };
      throw new Error(`unexpected attribute ${raw.attr.join('.')}`);
    }
    if ('call' in raw) return this.call(raw);
    throw new Error(`unexpected node ${JSON.stringify(raw)}`);
  }

  private call(raw: Extract<RawNode, { call: RawNode }>): PyValue {
    const args = raw.args.map((entry) => this.value(entry));
    const keywords = this.keywords(raw.kwargs);
    const callee = raw.call;
    if ('attr_of' in callee) {
      if ('str' in callee.attr_of && callee.attr_of.str === '\n' && callee.name === 'join') {
        const [list] = args;
        if (list?.kind !== 'array' || list.items.some((entry) => entry.kind !== 'string'))
          throw new Error('a join of something other than strings');
        return {
          kind: 'lines',
          lines: list.items.map((entry) => (entry.kind === 'string' ? entry.value : '')),
        };
      }
      return { kind: 'invoke', on: this.value(callee.attr_of), method: callee.name, args };
    }
    if (!('attr' in callee)) throw new Error(`unexpected callee ${JSON.stringify(callee)}`);
    const [root, type, method, ...rest] = callee.attr;
    if (root === 'os' && type === 'environ' && method === 'get') {
      const [name] = args;
      return { kind: 'environment', name: name?.kind === 'string' ? name.value : '' };
    }
    const module = this.moduleOf(root);
    if (module === undefined || type === undefined || rest.length > 0)
      throw new Error(`unexpected call of ${callee.attr.join('.')}`);
    if (method === undefined) return { kind: 'new', module, type, args, keywords };
    // A PascalCase member is a nested type (an L1 property struct such as CfnVpcOrigin.VpcOriginEndpointConfigProperty).
    if (/^[A-Z]/.test(method)) return { kind: 'new', module, type: `${type}.${method}`, args, keywords };
    if (module === 'core' && type === 'Duration' && method === 'seconds') {
      const [count] = args;
      return { kind: 'duration', seconds: count?.kind === 'number' ? count.value : Number.NaN };
    }
    return { kind: 'call', module, type, method, args, keywords };
  }
}

function readStack(reader: PythonReader, raw: RawApp['classes'][number]): PyStack {
  const local = reader.withParameters(raw.parameters);
  const stack: PyStack = {
    className: raw.name,
    parameters: raw.parameters,
    exports: [],
    statements: [],
    outputs: [],
  };
  for (const { target, value } of raw.body) {
    if (target?.startsWith('self.')) {
      stack.exports.push({ name: target.slice('self.'.length), value: local.value(value) });
      continue;
    }
    const read = local.value(value);
    const [scope, id] = read.kind === 'new' ? read.args : [];
    if (read.kind === 'new' && read.module === 'core' && read.type === 'CfnOutput' && id?.kind === 'string') {
      const keyword = (name: string) => read.keywords.find((entry) => entry.name === name)?.value;
      const description = keyword('description');
      stack.outputs.push({
        id: id.value,
        description: description?.kind === 'string' ? description.value : '',
        value: keyword('value') ?? { kind: 'string', value: '' },
      });
    } else if (
      read.kind === 'new' &&
      scope?.kind === 'scope' &&
      id?.kind === 'string' &&
      read.args.length === 2
    ) {
      stack.statements.push({
        kind: 'construct',
        name: target,
        module: read.module,
        type: read.type,
        id: id.value,
        keywords: read.keywords,
      });
    } else if (target !== null) {
      stack.statements.push({ kind: 'value', name: target, value: read });
    } else if (read.kind === 'invoke') {
      stack.statements.push({ kind: 'expression', value: read });
    } else throw new Error(`${raw.name}: a bare expression that makes no construct and calls no method`);
  }
  return stack;
}

/** Every app's graph, read from its Python files by Python's parser (one process for all apps). */
export function readPythonGraphs(appDirs: string[]): Map<string, PyGraph> {
  const out = execFileSync('python3', [SCRIPT, ...appDirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const raw = JSON.parse(out) as Record<string, RawApp>;
  const graphs = new Map<string, PyGraph>();
  for (const [appDir, app] of Object.entries(raw)) {
    const reader = new PythonReader(app.imports);
    const entryReader = new PythonReader({ cdk: 'aws_cdk' });
    graphs.set(appDir, {
      stacks: app.classes.map((entry) => readStack(reader, entry)),
      entry: app.entry.map(({ target, value }) => {
        if (!('call' in value) || !('name' in value.call))
          throw new Error('app.py: a statement that makes no stack');
        const [, id] = value.args;
        return {
          className: value.call.name,
          variable: target,
          id: id !== undefined && 'str' in id ? id.str : '',
          keywords: entryReader.keywords(value.kwargs),
        };
      }),
    });
  }
  return graphs;
}
