import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pythonName } from '../../../src/targets/cdk/naming';

/**
 * Test support: checks the names a generated CDK Python app uses against aws-cdk-lib's jsii assembly (the record
 * the Python bindings are generated from). Python's `ast` lists every import, call (callee, positional count,
 * keyword names) and attribute chain; each must name a class, struct, enum member, static or instance member that
 * exists, and every keyword must be a parameter or (flattened) struct property in its Python spelling.
 */

export interface JsiiParameter {
  name: string;
  optional?: boolean;
  variadic?: boolean;
  type?: { fqn?: string };
}
export interface JsiiCallable {
  name?: string;
  static?: boolean;
  parameters?: JsiiParameter[];
}
export interface JsiiType {
  kind: 'class' | 'interface' | 'enum';
  fqn: string;
  base?: string;
  interfaces?: string[];
  datatype?: boolean;
  initializer?: JsiiCallable;
  properties?: { name: string; static?: boolean; const?: boolean; optional?: boolean }[];
  methods?: JsiiCallable[];
  members?: { name: string }[];
}

let cachedTypes: Record<string, JsiiType> | undefined;
/** aws-cdk-lib's jsii types by fully qualified name (`aws-cdk-lib.aws_cloudfront.Distribution`). */
export function jsiiTypes(): Record<string, JsiiType> {
  if (cachedTypes !== undefined) return cachedTypes;
  const require = createRequire(import.meta.url);
  const libDir = dirname(require.resolve('aws-cdk-lib/package.json'));
  const assembly = JSON.parse(gunzipSync(readFileSync(join(libDir, '.jsii.gz'))).toString('utf8')) as {
    types: Record<string, JsiiType>;
  };
  cachedTypes = assembly.types;
  return cachedTypes;
}

export interface PythonFileFacts {
  imports: Record<string, string>;
  classes: Record<string, { bases: (string | null)[]; init_params: string[] }>;
  calls: { callee: string | null; positional: number; keywords: string[]; line: number }[];
  attributes: { dotted: string | null; line: number }[];
  variables: Record<string, string>;
}

const PYTHON_CALLS_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'python-calls.py');

export function readPythonFacts(files: string[]): Record<string, PythonFileFacts> {
  const out = execFileSync('python3', [PYTHON_CALLS_SCRIPT, ...files], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, PythonFileFacts>;
}

/** The type and its ancestors (base classes and implemented interfaces). */
export function lineage(fqn: string): JsiiType[] {
  const types = jsiiTypes();
  const seen = new Set<string>();
  const result: JsiiType[] = [];
  const visit = (name: string | undefined) => {
    if (name === undefined || seen.has(name)) return;
    seen.add(name);
    const type = types[name];
    if (type === undefined) return;
    result.push(type);
    visit(type.base);
    type.interfaces?.forEach(visit);
  };
  visit(fqn);
  return result;
}

function structProperties(fqn: string): { name: string; optional: boolean }[] {
  return lineage(fqn).flatMap((type) =>
    (type.properties ?? []).map((p) => ({ name: pythonName(p.name), optional: p.optional === true })),
  );
}

const isStruct = (fqn: string | undefined) =>
  fqn !== undefined && jsiiTypes()[fqn]?.kind === 'interface' && jsiiTypes()[fqn]?.datatype === true;

/** Problems with calling something whose parameters are `parameters`, the Python way (structs flattened). */
function callProblems(
  where: string,
  parameters: JsiiParameter[],
  positional: number,
  keywords: string[],
): string[] {
  const last = parameters[parameters.length - 1];
  const struct = last !== undefined && isStruct(last.type?.fqn) ? last : undefined;
  const plain = struct === undefined ? parameters : parameters.slice(0, -1);
  const props = struct?.type?.fqn !== undefined ? structProperties(struct.type.fqn) : [];
  const allowed = new Set([...plain.map((p) => pythonName(p.name)), ...props.map((p) => p.name)]);
  const problems = keywords
    .filter((keyword) => !allowed.has(keyword))
    .map((keyword) => `${where}: unknown keyword argument ${keyword}`);
  const variadic = plain.some((p) => p.variadic === true);
  if (!variadic && positional > plain.length)
    problems.push(`${where}: ${positional} positional arguments, at most ${plain.length}`);
  const given = new Set(keywords);
  plain.forEach((p, index) => {
    if (p.optional !== true && p.variadic !== true && index >= positional && !given.has(pythonName(p.name))) {
      problems.push(`${where}: missing argument ${pythonName(p.name)}`);
    }
  });
  if (
    struct !== undefined &&
    (struct.optional !== true || keywords.some((k) => props.some((p) => p.name === k)))
  ) {
    for (const prop of props) {
      if (!prop.optional && !given.has(prop.name))
        problems.push(`${where}: missing keyword argument ${prop.name}`);
    }
  }
  return problems;
}

export function initializerOf(fqn: string): JsiiCallable | undefined {
  return lineage(fqn).find((type) => type.kind === 'class' && type.initializer !== undefined)?.initializer;
}

/** A member of a type in Python spelling: static (class.MEMBER / class.method) or on instances. */
function findMember(
  fqn: string,
  name: string,
  isStatic: boolean,
): { kind: 'property' | 'method'; method?: JsiiCallable } | undefined {
  for (const type of lineage(fqn)) {
    if (isStatic && type.kind === 'enum' && type.members?.some((m) => m.name === name))
      return { kind: 'property' };
    for (const p of type.properties ?? []) {
      if ((p.static === true) !== isStatic) continue;
      if ((p.const === true ? p.name : pythonName(p.name)) === name) return { kind: 'property' };
    }
    for (const m of type.methods ?? []) {
      if ((m.static === true) === isStatic && m.name !== undefined && pythonName(m.name) === name) {
        return { kind: 'method', method: m };
      }
    }
  }
  return undefined;
}

type Resolved =
  | { kind: 'type'; fqn: string }
  | { kind: 'static'; fqn: string; member: string }
  | { kind: 'instance'; fqn: string; member: string }
  | { kind: 'error'; message: string }
  | { kind: 'outside' };

function resolve(dotted: string, facts: PythonFileFacts): Resolved {
  const [root = '', ...rest] = dotted.split('.');
  const module = facts.imports[root];
  if (module !== undefined && (module === 'aws_cdk' || module.startsWith('aws_cdk.'))) {
    let fqn = module.replace(/^aws_cdk/, 'aws-cdk-lib');
    const types = jsiiTypes();
    let index = 0;
    for (; index < rest.length && types[`${fqn}.${rest[index]}`] !== undefined; index += 1)
      fqn = `${fqn}.${rest[index]}`;
    if (types[fqn] === undefined)
      return { kind: 'error', message: `${dotted}: no ${rest[0] ?? ''} in ${module}` };
    const remaining = rest.slice(index);
    if (remaining.length === 0) return { kind: 'type', fqn };
    if (remaining.length > 1)
      return { kind: 'error', message: `${dotted}: unexpected ${remaining.join('.')}` };
    return { kind: 'static', fqn, member: remaining[0] ?? '' };
  }
  // A variable holding a construct made in this file, e.g. distribution.distribution_arn.
  for (let split = rest.length; split >= 0; split -= 1) {
    const variable = [root, ...rest.slice(0, split)].join('.');
    const constructor = facts.variables[variable];
    if (constructor === undefined || split !== rest.length - 1) continue;
    const made = resolve(constructor, facts);
    if (made.kind === 'type') return { kind: 'instance', fqn: made.fqn, member: rest[split] ?? '' };
    if (made.kind === 'static') {
      const factory = findMember(made.fqn, made.member, true)?.method;
      const returns = (factory as { returns?: { type?: { fqn?: string } } } | undefined)?.returns?.type?.fqn;
      if (returns !== undefined) return { kind: 'instance', fqn: returns, member: rest[split] ?? '' };
    }
  }
  return { kind: 'outside' };
}

/**
 * The parameters of a stack class defined in the generated code (imported from its module or defined here):
 * its own `__init__` parameters, then the props of its aws-cdk-lib base class through `**kwargs`.
 */
function localClass(
  name: string,
  facts: PythonFileFacts,
  all: Record<string, PythonFileFacts> = allFacts,
): JsiiParameter[] | undefined {
  const imported = facts.imports[name];
  const definition =
    facts.classes[name] ??
    Object.values(all).find((other) => imported !== undefined && other.classes[name] !== undefined)?.classes[
      name
    ];
  if (definition === undefined) return undefined;
  const own: JsiiParameter[] = definition.init_params
    .filter((param) => param !== 'kwargs')
    .map((param) => ({ name: param, optional: param !== 'scope' && param !== 'construct_id' }));
  for (const base of definition.bases) {
    const resolved = base === null ? undefined : resolve(base, facts);
    if (resolved?.kind !== 'type') continue;
    const props = initializerOf(resolved.fqn)?.parameters?.at(-1);
    if (props !== undefined && isStruct(props.type?.fqn)) return [...own, { ...props, optional: true }];
  }
  return own;
}

let allFacts: Record<string, PythonFileFacts> = {};

/**
 * Every problem with the jsii names used in the given Python files (one app); empty when all names exist. Pass
 * `read` (from one `readPythonFacts` over many apps) to save a Python process per app.
 */
export function checkPythonCdkNames(files: string[], read?: Record<string, PythonFileFacts>): string[] {
  const problems: string[] = [];
  allFacts =
    read === undefined
      ? readPythonFacts(files)
      : Object.fromEntries(files.map((file) => [file, read[file] as PythonFileFacts]));
  for (const [file, facts] of Object.entries(allFacts)) {
    const at = (line: number) => `${file.split('/').slice(-2).join('/')}:${line}`;
    for (const call of facts.calls) {
      if (call.callee === null) continue;
      const where = `${at(call.line)} ${call.callee}`;
      const local = localClass(call.callee, facts);
      if (local !== undefined) {
        problems.push(...callProblems(where, local, call.positional, call.keywords));
        continue;
      }
      const resolved = resolve(call.callee, facts);
      if (resolved.kind === 'error') problems.push(`${at(call.line)} ${resolved.message}`);
      else if (resolved.kind === 'type') {
        const type = jsiiTypes()[resolved.fqn];
        if (type?.kind === 'interface' && type.datatype === true) {
          const props = structProperties(resolved.fqn);
          problems.push(
            ...callProblems(
              where,
              [{ name: 'props', type: { fqn: resolved.fqn } }],
              call.positional,
              call.keywords,
            ),
          );
          if (props.length === 0) problems.push(`${where}: struct without properties`);
        } else if (type?.kind === 'class') {
          problems.push(
            ...callProblems(
              where,
              initializerOf(resolved.fqn)?.parameters ?? [],
              call.positional,
              call.keywords,
            ),
          );
        } else problems.push(`${where}: ${resolved.fqn} cannot be called`);
      } else if (resolved.kind === 'static' || resolved.kind === 'instance') {
        const member = findMember(resolved.fqn, resolved.member, resolved.kind === 'static');
        if (member?.kind !== 'method')
          problems.push(`${where}: ${resolved.fqn} has no ${resolved.kind} method ${resolved.member}`);
        else
          problems.push(
            ...callProblems(where, member.method?.parameters ?? [], call.positional, call.keywords),
          );
      }
    }
    const callees = new Set(facts.calls.map((call) => call.callee));
    for (const attribute of facts.attributes) {
      if (attribute.dotted === null || callees.has(attribute.dotted)) continue;
      const resolved = resolve(attribute.dotted, facts);
      if (resolved.kind === 'error') problems.push(`${at(attribute.line)} ${resolved.message}`);
      else if (resolved.kind === 'static' || resolved.kind === 'instance') {
        if (findMember(resolved.fqn, resolved.member, resolved.kind === 'static') === undefined) {
          problems.push(
            `${at(attribute.line)} ${attribute.dotted}: ${resolved.fqn} has no ${resolved.kind} member ${resolved.member}`,
          );
        }
      }
    }
  }
  return problems;
}
