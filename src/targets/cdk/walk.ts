import type { CdkApp, CdkModule, CdkProp, CdkStatement, CdkValue } from './graph';

/** Every value directly inside `value` (one level down). */
export function childValues(value: CdkValue): CdkValue[] {
  const ofProps = (list: CdkProp[] | null) => (list ?? []).map((entry) => entry.value);
  switch (value.kind) {
    case 'call':
    case 'new':
      return [...value.args, ...ofProps(value.props)];
    case 'invoke':
      return [value.on, ...value.args];
    case 'struct':
      return ofProps(value.props);
    case 'map':
      return ofProps(value.entries);
    case 'array':
      return value.items;
    default:
      return [];
  }
}

function modulesOfValue(value: CdkValue, into: Set<CdkModule>): void {
  if (value.kind === 'member' || value.kind === 'call' || value.kind === 'new' || value.kind === 'struct')
    into.add(value.module);
  if (value.kind === 'duration') into.add('core');
  for (const child of childValues(value)) modulesOfValue(child, into);
}

function modulesOfStatement(statement: CdkStatement, into: Set<CdkModule>): void {
  if (statement.kind !== 'construct') modulesOfValue(statement.value, into);
  else {
    into.add(statement.module);
    for (const entry of statement.props) modulesOfValue(entry.value, into);
  }
}

/** The aws-cdk-lib modules the stacks module uses. */
export function modulesOf(app: CdkApp): Set<CdkModule> {
  const modules = new Set<CdkModule>(['core']);
  for (const stack of app.stacks) {
    for (const statement of stack.statements) modulesOfStatement(statement, modules);
    for (const output of stack.outputs) modulesOfValue(output.value, modules);
  }
  return modules;
}
