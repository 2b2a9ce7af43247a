/**
 * Test support: builds the real aws-cdk-lib constructs a construct graph in Python's spelling describes, in this
 * process, and synthesizes them, so the graph read back from a generated Python app is synthesized as jsii's Python
 * bindings would: keyword arguments become the struct's properties (names found in aws-cdk-lib's jsii assembly),
 * snake_case methods and attributes the camelCase members they stand for.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CdkModule } from '../../../src/targets/cdk/graph';
import { CDK_MODULES } from '../../../src/targets/cdk/modules';
import { pythonName } from '../../../src/targets/cdk/naming';
import { CDK_CONTEXT } from '../../../src/targets/cdk/project-files';
import { initializerOf, jsiiTypes, lineage, type JsiiParameter } from './jsii-names-check';
import type { PyGraph, PyKeyword, PyStack, PyStatement, PyValue } from './python-graph';
import type { CloudFormationTemplate, SynthesizedStack } from './synth';
import { addNagChecks } from './nag-checks';
import { NAG_CONTEXT, nagFindingsOf, type AcknowledgedFinding, type ValidationReport } from './nag-report';
import type { App } from 'aws-cdk-lib';

type Lib = Record<string, unknown> & {
  App: new (props: object) => AppLike;
  Stack: new (...args: unknown[]) => object;
};
interface AppLike {
  synth(): {
    stacks: {
      id: string;
      stackName: string;
      environment: { region: string };
      template: CloudFormationTemplate;
    }[];
  };
}
type Constructor = (new (...args: unknown[]) => object) & Record<string, unknown>;

const require = createRequire(import.meta.url);
let lib: Lib | undefined;
const cdkLib = (): Lib => (lib ??= require('aws-cdk-lib') as Lib);

/** `cloudfront` → the `aws_cloudfront` namespace of aws-cdk-lib and its jsii name prefix. */
function namespaceOf(module: CdkModule): { namespace: Record<string, unknown>; fqnPrefix: string } {
  const submodule = CDK_MODULES[module].python.split('.')[1];
  if (submodule === undefined) return { namespace: cdkLib(), fqnPrefix: 'aws-cdk-lib' };
  return { namespace: cdkLib()[submodule] as Record<string, unknown>, fqnPrefix: `aws-cdk-lib.${submodule}` };
}

const fqnOf = (module: CdkModule, type: string): string => `${namespaceOf(module).fqnPrefix}.${type}`;

function classOf(module: CdkModule, type: string): { value: Constructor; fqn: string } {
  const { namespace, fqnPrefix } = namespaceOf(module);
  const value = namespace[type];
  if (value === undefined) throw new Error(`aws-cdk-lib has no ${module}.${type}`);
  return { value: value as Constructor, fqn: `${fqnPrefix}.${type}` };
}

const isStruct = (fqn: string | undefined): fqn is string =>
  fqn !== undefined && jsiiTypes()[fqn]?.kind === 'interface' && jsiiTypes()[fqn]?.datatype === true;

/** The struct's properties by their Python names. */
function structNames(fqn: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const type of lineage(fqn))
    for (const property of type.properties ?? []) names.set(pythonName(property.name), property.name);
  return names;
}

/** The member of a JavaScript object (or class) whose Python name is `name`, looked up its prototype chain. */
function memberName(target: object, name: string): string {
  for (
    let current: object | null = target;
    current !== null;
    current = Object.getPrototypeOf(current) as object | null
  ) {
    const found = Object.getOwnPropertyNames(current).find(
      (candidate) => pythonName(candidate) === name || candidate === name,
    );
    if (found !== undefined) return found;
  }
  throw new Error(`no member ${name}`);
}

class Scope {
  readonly values = new Map<string, unknown>();
  constructor(
    readonly self: object | null,
    readonly parameters: Map<string, unknown> = new Map(),
  ) {}

  /** Positional arguments, then the keyword arguments as the trailing struct parameter (when there are any). */
  private arguments(parameters: JsiiParameter[], args: PyValue[], keywords: PyKeyword[]): unknown[] {
    const values = args.map((arg) => this.value(arg));
    if (keywords.length === 0) return values;
    const struct = parameters[parameters.length - 1]?.type?.fqn;
    if (!isStruct(struct)) throw new Error(`keyword arguments for a call without a struct parameter`);
    return [...values, this.struct(struct, keywords)];
  }

  struct(fqn: string, keywords: PyKeyword[]): Record<string, unknown> {
    const names = structNames(fqn);
    return Object.fromEntries(
      keywords.map((keyword) => {
        const name = names.get(keyword.name);
        if (name === undefined) throw new Error(`${fqn} has no property for ${keyword.name}`);
        return [name, this.value(keyword.value)];
      }),
    );
  }

  construct(module: CdkModule, type: string, args: PyValue[], keywords: PyKeyword[]): unknown {
    const fqn = fqnOf(module, type);
    if (isStruct(fqn)) {
      if (args.length > 0) throw new Error(`${fqn} is a struct: keyword arguments only`);
      return this.struct(fqn, keywords);
    }
    const { value } = classOf(module, type);
    return new value(...this.arguments(initializerOf(fqn)?.parameters ?? [], args, keywords));
  }

  value(value: PyValue): unknown {
    switch (value.kind) {
      case 'string':
      case 'number':
      case 'boolean':
        return value.value;
      case 'member':
        return classOf(value.module, value.type).value[value.member];
      case 'call': {
        const { value: cls, fqn } = classOf(value.module, value.type);
        const name = memberName(cls, value.method);
        const method = lineage(fqn)
          .flatMap((type) => type.methods ?? [])
          .find((candidate) => candidate.static === true && candidate.name === name);
        const fn = cls[name] as (...args: unknown[]) => unknown;
        return Reflect.apply(fn, cls, this.arguments(method?.parameters ?? [], value.args, value.keywords));
      }
      case 'new':
        return this.construct(value.module, value.type, value.args, value.keywords);
      case 'invoke': {
        const target = this.value(value.on) as Record<string, (...args: unknown[]) => unknown>;
        const fn = target[memberName(target, value.method)];
        if (fn === undefined) throw new Error(`no method ${value.method}`);
        return Reflect.apply(
          fn,
          target,
          value.args.map((arg) => this.value(arg)),
        );
      }
      case 'ref':
        if (!this.values.has(value.name)) throw new Error(`${value.name} is used before it is made`);
        return this.values.get(value.name);
      case 'attribute': {
        const target = this.values.get(value.of) as Record<string, unknown>;
        return target[memberName(target, value.attribute)];
      }
      case 'parameter':
        return this.parameters.get(value.name);
      case 'scope':
        return this.self;
      case 'array':
        return value.items.map((item) => this.value(item));
      case 'map':
        return Object.fromEntries(value.entries.map((entry) => [entry.name, this.value(entry.value)]));
      case 'duration':
        return (classOf('core', 'Duration').value.seconds as (n: number) => unknown)(value.seconds);
      case 'lines':
        return value.lines.join('\n');
      case 'environment':
        return process.env[value.name];
    }
  }

  run(statement: PyStatement): void {
    if (statement.kind === 'expression') {
      this.value(statement.value);
      return;
    }
    const made =
      statement.kind === 'value'
        ? this.value(statement.value)
        : this.construct(
            statement.module,
            statement.type,
            [{ kind: 'scope' }, { kind: 'string', value: statement.id }],
            statement.keywords,
          );
    if (statement.name !== null) this.values.set(statement.name, made);
  }
}

function buildStack(app: object, stack: PyStack, id: string, keywords: PyKeyword[], appScope: Scope): object {
  const own = keywords.filter((keyword) => !stack.parameters.includes(keyword.name));
  const parameters = new Map(
    keywords
      .filter((keyword) => stack.parameters.includes(keyword.name))
      .map((keyword) => [keyword.name, appScope.value(keyword.value)]),
  );
  const instance = new (cdkLib().Stack)(app, id, appScope.struct('aws-cdk-lib.StackProps', own));
  const scope = new Scope(instance, parameters);
  for (const statement of stack.statements) scope.run(statement);
  for (const output of stack.outputs) {
    new (classOf('core', 'CfnOutput').value)(instance, output.id, {
      value: scope.value(output.value),
      description: output.description,
    });
  }
  const record = instance as Record<string, unknown>;
  for (const exported of stack.exports) record[exported.name] = scope.value(exported.value);
  return instance;
}

/** Synthesizes the app a graph describes (with the apps' cdk.json context), its stacks by construct id. */
export function synthesizeGraph(graph: PyGraph): Record<string, SynthesizedStack> {
  return synthesizeGraphIn(graph, false).stacks;
}

/** The same, with cdk-nag's AwsSolutions pack: what it found unacknowledged, and what it skipped as acknowledged. */
export function synthesizeGraphWithNag(graph: PyGraph): {
  stacks: Record<string, SynthesizedStack>;
  nag: { findings: string[]; acknowledged: AcknowledgedFinding[] };
} {
  const { stacks, nag } = synthesizeGraphIn(graph, true);
  if (nag === null) throw new Error('cdk-nag did not run');
  return { stacks, nag };
}

function synthesizeGraphIn(
  graph: PyGraph,
  withNag: boolean,
): {
  stacks: Record<string, SynthesizedStack>;
  nag: { findings: string[]; acknowledged: AcknowledgedFinding[] } | null;
} {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-graph-'));
  try {
    const context = withNag ? { ...CDK_CONTEXT, ...NAG_CONTEXT } : CDK_CONTEXT;
    const app = new (cdkLib().App)({ outdir, context });
    const acknowledged = withNag ? addNagChecks(app as unknown as App) : null;
    const appScope = new Scope(null);
    for (const instance of graph.entry) {
      const stack = graph.stacks.find((candidate) => candidate.className === instance.className);
      if (stack === undefined) throw new Error(`app.py makes an unknown stack ${instance.className}`);
      const made = buildStack(app, stack, instance.id, instance.keywords, appScope);
      if (instance.variable !== null) appScope.values.set(instance.variable, made);
    }
    const assembly = app.synth();
    const stacks = Object.fromEntries(
      assembly.stacks.map((stack) => [
        stack.id,
        { stackName: stack.stackName, region: stack.environment.region, template: stack.template },
      ]),
    );
    if (acknowledged === null) return { stacks, nag: null };
    const report = JSON.parse(
      readFileSync(join(outdir, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    return { stacks, nag: { findings: nagFindingsOf(report), acknowledged: acknowledged() } };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
