import { tsString } from '../emit/typescript';
import { LineWriter, type WrittenText } from '../emit/explained';
import type { GeneratedKey } from '../../model';
import {
  statementName,
  type CdkApp,
  type CdkProp,
  type CdkStack,
  type CdkStatement,
  type CdkValue,
} from './graph';
import { concat, group, item, layout, text, uniqueTags, type Doc, type LayoutStyle } from './layout';
import { CDK_MODULES, MODULE_ORDER } from './modules';
import { modulesOf } from './walk';

const STYLE: LayoutStyle = { width: 110, step: '  ' };
const BODY = '    ';

/** The module the stacks live in, relative to the app root (without `.ts`). */
export const TYPESCRIPT_STACKS_MODULE = 'lib/stacks';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function args(values: CdkValue[], propsList: CdkProp[] | null): Doc {
  const items = values.map((value) => item('', valueDoc(value)));
  if (propsList !== null && propsList.length > 0) items.push(item('', objectDoc(propsList)));
  return group('(', ')', items, { hug: true });
}

function objectDoc(entries: CdkProp[], quoteKeys = false): Doc {
  return group(
    '{',
    '}',
    entries.map((entry) =>
      item(
        `${quoteKeys || !IDENTIFIER.test(entry.name) ? tsString(entry.name) : entry.name}: `,
        valueDoc(entry.value),
        entry.keys,
      ),
    ),
    { pad: true },
  );
}

const alias = (module: keyof typeof CDK_MODULES): string => CDK_MODULES[module].alias;

/** A graph value as TypeScript. */
export function valueDoc(value: CdkValue): Doc {
  switch (value.kind) {
    case 'string':
      return text(tsString(value.value));
    case 'number':
      return text(String(value.value));
    case 'boolean':
      return text(value.value ? 'true' : 'false');
    case 'member':
      return text(`${alias(value.module)}.${value.type}.${value.member}`);
    case 'call':
      return concat(
        text(`${alias(value.module)}.${value.type}.${value.method}`),
        args(value.args, value.props),
      );
    case 'new':
      return concat(text(`new ${alias(value.module)}.${value.type}`), args(value.args, value.props));
    case 'invoke':
      return concat(valueDoc(value.on), text(`.${value.method}`), args(value.args, null));
    case 'ref':
      return text(value.name);
    case 'attribute':
      return text(`${value.of}.${value.attribute}`);
    case 'parameter':
      return text(`props.${value.name}`);
    case 'scope':
      return text('this');
    case 'struct':
      return objectDoc(value.props);
    case 'array':
      return group(
        '[',
        ']',
        value.items.map((entry) => item('', valueDoc(entry))),
      );
    case 'map':
      return objectDoc(value.entries, true);
    case 'duration':
      return text(`cdk.Duration.seconds(${value.seconds})`);
    case 'lines':
      return concat(
        group(
          '[',
          ']',
          value.lines.map((line) => item('', text(tsString(line)))),
          { broken: true },
        ),
        text(".join('\\n')"),
      );
    case 'environment':
      return text(`process.env.${value.name}`);
  }
}

/** A comment line that can never end the comment early or hold a line break. */
const comment = (words: string): string => `// ${words.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
const docComment = (words: string): string =>
  `/** ${words.replace(/\*\//g, '* /').replace(/[\r\n\u2028\u2029]+/g, ' ')} */`;

function statementDoc(statement: CdkStatement): Doc {
  if (statement.kind !== 'construct') return valueDoc(statement.value);
  return concat(
    text(`new ${alias(statement.module)}.${statement.type}`),
    args([{ kind: 'scope' }, { kind: 'string', value: statement.id }], statement.props),
  );
}

/** Writes `prefix` + doc + `;` at `indent`, tagging its first line with `keys`. */
function writeStatement(
  writer: LineWriter,
  indent: string,
  prefix: string,
  doc: Doc,
  keys: readonly GeneratedKey[],
): void {
  const block = layout(doc, STYLE, indent, indent.length + prefix.length);
  const lines = block.lines.map((line, index) => (index === 0 ? `${indent}${prefix}${line}` : line));
  lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''};`;
  writer.append({
    text: lines.join('\n'),
    explained: uniqueTags([...keys.map((key) => ({ line: 0, key })), ...block.tags], 1),
  });
}

function writeStack(writer: LineWriter, stack: CdkStack): void {
  const propsType = stack.parameters.length > 0 ? `${stack.className}Props` : 'cdk.StackProps';
  if (stack.parameters.length > 0) {
    writer.push(`export interface ${propsType} extends cdk.StackProps {`);
    for (const parameter of stack.parameters) {
      writer.push(`  ${docComment(parameter.doc)}`);
      writer.push(`  readonly ${parameter.name}: string;`);
    }
    writer.push('}');
    writer.push('');
  }
  writer.push(docComment(stack.doc));
  writer.push(`export class ${stack.className} extends cdk.Stack {`);
  for (const exported of stack.exports) {
    writer.push(`  ${docComment(exported.doc)}`);
    writer.push(`  public readonly ${exported.name}: string;`);
    writer.push('');
  }
  writer.push(
    `  constructor(scope: Construct, id: string, props${stack.parameters.length > 0 ? '' : '?'}: ${propsType}) {`,
  );
  writer.push('    super(scope, id, props);');
  for (const statement of stack.statements) {
    writer.push('');
    if (statement.comment !== undefined) writer.push(`${BODY}${comment(statement.comment)}`);
    const name = statementName(statement);
    const prefix = name === null ? '' : `const ${name} = `;
    writeStatement(writer, BODY, prefix, statementDoc(statement), statement.keys);
  }
  if (stack.outputs.length > 0) writer.push('');
  for (const output of stack.outputs) {
    const props: CdkProp[] = [
      { name: 'value', value: output.value, keys: [] },
      { name: 'description', value: { kind: 'string', value: output.description }, keys: [] },
    ];
    writeStatement(
      writer,
      BODY,
      '',
      concat(
        text('new cdk.CfnOutput'),
        args([{ kind: 'scope' }, { kind: 'string', value: output.id }], props),
      ),
      [],
    );
  }
  if (stack.exports.length > 0) writer.push('');
  for (const exported of stack.exports)
    writeStatement(writer, BODY, `this.${exported.name} = `, valueDoc(exported.value), []);
  writer.push('  }');
  writer.push('}');
}

/** `lib/stacks.ts`: every stack class of the app. */
export function typescriptStacksModule(app: CdkApp): WrittenText {
  const writer = new LineWriter();
  writer.push('// Generated by CloudFront Django Wizard from the deployment model in this bundle.');
  const used = modulesOf(app);
  for (const module of MODULE_ORDER.filter((candidate) => candidate === 'core' || used.has(candidate))) {
    writer.push(`import * as ${alias(module)} from '${CDK_MODULES[module].typescript}';`);
  }
  writer.push("import { Construct } from 'constructs';");
  for (const stack of app.stacks) {
    writer.push('');
    writeStack(writer, stack);
  }
  writer.push('');
  return writer.done();
}

/** `bin/app.ts`: one instance per stack, with its name, region and what it reads from another stack. */
export function typescriptAppEntry(app: CdkApp): WrittenText {
  const writer = new LineWriter();
  writer.push('#!/usr/bin/env node');
  writer.push('// Generated by CloudFront Django Wizard. Deploy with the commands in README.md.');
  writer.push("import * as cdk from 'aws-cdk-lib';");
  writer.push(
    `import { ${app.entry.map((instance) => instance.className).join(', ')} } from '../${TYPESCRIPT_STACKS_MODULE}';`,
  );
  writer.push('');
  writer.push('const app = new cdk.App();');
  for (const instance of app.entry) {
    writer.push(comment(instance.comment));
    const prefix = instance.variable === null ? '' : `const ${instance.variable} = `;
    writeStatement(
      writer,
      '',
      prefix,
      concat(
        text(`new ${instance.className}`),
        group(
          '(',
          ')',
          [item('', text('app')), item('', text(tsString(instance.id))), item('', objectDoc(instance.props))],
          { hug: true },
        ),
      ),
      [],
    );
  }
  writer.push('app.synth();');
  writer.push('');
  return writer.done();
}
