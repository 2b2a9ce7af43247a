import type { GeneratedKey } from '../../model';
import { pyString } from '../emit/python';
import { LineWriter, type WrittenText } from '../emit/explained';
import {
  statementName,
  type CdkApp,
  type CdkModule,
  type CdkProp,
  type CdkStack,
  type CdkStatement,
  type CdkValue,
} from './graph';
import {
  concat,
  group,
  item,
  layout,
  text,
  uniqueTags,
  type Doc,
  type DocItem,
  type LayoutStyle,
} from './layout';
import { CDK_MODULES, MODULE_ORDER } from './modules';
import { PYTHON_KEYWORDS, pythonName } from './naming';
import { modulesOf } from './walk';

const STYLE: LayoutStyle = { width: 100, step: '    ' };
const BODY = '        ';

/**
 * The Python package the stacks live in: a fixed name, so no project name can make it a Python keyword or shadow
 * a module the app imports (`os`, `aws_cdk`, `constructs`, `typing`, `json`...).
 */
export const PYTHON_PACKAGE = 'cloudfront_stacks';
export const PYTHON_STACKS_MODULE = `${PYTHON_PACKAGE}/stacks`;

/** Names the generated modules bind at top level: a variable must never hide one. */
const TAKEN = new Set([
  'self',
  'app',
  'os',
  'Construct',
  ...Object.values(CDK_MODULES).map((module) => module.pythonAlias),
]);

/** A variable or parameter of the generated code: snake_case, never a keyword or an imported name. */
export function pythonVariable(name: string): string {
  const snake = pythonName(name);
  return TAKEN.has(snake) || PYTHON_KEYWORDS.has(snake) ? `${snake}_` : snake;
}

const alias = (module: CdkModule): string => CDK_MODULES[module].pythonAlias;

/** Positional arguments, then the trailing struct's properties as keyword arguments (jsii flattens it). */
function args(values: CdkValue[], propsList: CdkProp[] | null): Doc {
  return group('(', ')', [...values.map((value) => item('', valueDoc(value))), ...keywords(propsList ?? [])]);
}

const keywords = (list: CdkProp[]): DocItem[] =>
  list.map((entry) => item(`${pythonName(entry.name)}=`, valueDoc(entry.value), entry.keys));

/** A graph value as Python. */
export function valueDoc(value: CdkValue): Doc {
  switch (value.kind) {
    case 'string':
      return text(pyString(value.value));
    case 'number':
      return text(String(value.value));
    case 'boolean':
      return text(value.value ? 'True' : 'False');
    case 'member':
      return text(`${alias(value.module)}.${value.type}.${value.member}`);
    case 'call':
      return concat(
        text(`${alias(value.module)}.${value.type}.${pythonName(value.method)}`),
        args(value.args, value.props),
      );
    case 'new':
      return concat(text(`${alias(value.module)}.${value.type}`), args(value.args, value.props));
    case 'invoke':
      return concat(valueDoc(value.on), text(`.${pythonName(value.method)}`), args(value.args, null));
    case 'ref':
      return text(pythonVariable(value.name));
    case 'attribute':
      return text(`${pythonVariable(value.of)}.${pythonName(value.attribute)}`);
    case 'parameter':
      return text(pythonVariable(value.name));
    case 'scope':
      return text('self');
    case 'struct':
      return concat(text(`${alias(value.module)}.${value.type}`), group('(', ')', keywords(value.props)));
    case 'array':
      return group(
        '[',
        ']',
        value.items.map((entry) => item('', valueDoc(entry))),
      );
    case 'map':
      return group(
        '{',
        '}',
        value.entries.map((entry) => item(`${pyString(entry.name)}: `, valueDoc(entry.value), entry.keys)),
      );
    case 'duration':
      return text(`cdk.Duration.seconds(${value.seconds})`);
    case 'lines':
      return concat(
        text(`${pyString('\n')}.join`),
        group(
          '(',
          ')',
          [
            item(
              '',
              group(
                '[',
                ']',
                value.lines.map((line) => item('', text(pyString(line)))),
                { broken: true },
              ),
            ),
          ],
          {
            hug: true,
          },
        ),
      );
    case 'environment':
      return text(`os.environ.get(${pyString(value.name)})`);
  }
}

const comment = (words: string): string => `# ${words.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;

function statementDoc(statement: CdkStatement): Doc {
  if (statement.kind !== 'construct') return valueDoc(statement.value);
  return concat(
    text(`${alias(statement.module)}.${statement.type}`),
    args([{ kind: 'scope' }, { kind: 'string', value: statement.id }], statement.props),
  );
}

function writeStatement(
  writer: LineWriter,
  indent: string,
  prefix: string,
  doc: Doc,
  keys: readonly GeneratedKey[],
): void {
  const block = layout(doc, STYLE, indent, indent.length + prefix.length);
  const lines = block.lines.map((line, index) => (index === 0 ? `${indent}${prefix}${line}` : line));
  writer.append({
    text: lines.join('\n'),
    explained: uniqueTags([...keys.map((key) => ({ line: 0, key })), ...block.tags], 1),
  });
}

function writeStack(writer: LineWriter, stack: CdkStack): void {
  writer.push(`class ${stack.className}(cdk.Stack):`);
  writer.push(`    ${pyString(stack.doc)}`);
  writer.push('');
  const parameters = stack.parameters.map((parameter) => `${pythonVariable(parameter.name)}: str`);
  const signature = [
    'self',
    'scope: Construct',
    'construct_id: str',
    ...(parameters.length > 0 ? ['*', ...parameters] : []),
    '**kwargs',
  ];
  writer.push(`    def __init__(${signature.join(', ')}) -> None:`);
  for (const parameter of stack.parameters)
    writer.push(`        ${comment(`${pythonVariable(parameter.name)}: ${parameter.doc}`)}`);
  writer.push('        super().__init__(scope, construct_id, **kwargs)');
  for (const statement of stack.statements) {
    writer.push('');
    if (statement.comment !== undefined) writer.push(`${BODY}${comment(statement.comment)}`);
    const name = statementName(statement);
    const prefix = name === null ? '' : `${pythonVariable(name)} = `;
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
      concat(text('cdk.CfnOutput'), args([{ kind: 'scope' }, { kind: 'string', value: output.id }], props)),
      [],
    );
  }
  if (stack.exports.length > 0) writer.push('');
  for (const exported of stack.exports) {
    writer.push(`${BODY}${comment(exported.doc)}`);
    writeStatement(writer, BODY, `self.${pythonName(exported.name)} = `, valueDoc(exported.value), []);
  }
}

/** `cloudfront_stacks/stacks.py`: every stack class of the app. */
export function pythonStacksModule(app: CdkApp): WrittenText {
  const writer = new LineWriter();
  writer.push('# Generated by CloudFront Django Wizard from the deployment model in this bundle.');
  writer.push('import aws_cdk as cdk');
  const used = modulesOf(app);
  for (const module of MODULE_ORDER.filter((candidate) => candidate !== 'core' && used.has(candidate))) {
    const [parent, child] = CDK_MODULES[module].python.split('.');
    writer.push(`from ${parent} import ${child} as ${alias(module)}`);
  }
  writer.push('from constructs import Construct');
  for (const stack of app.stacks) {
    writer.push('');
    writer.push('');
    writeStack(writer, stack);
  }
  writer.push('');
  return writer.done();
}

/** `app.py`: one instance per stack, with its name, region and what it reads from another stack. */
export function pythonAppEntry(app: CdkApp): WrittenText {
  const writer = new LineWriter();
  writer.push('#!/usr/bin/env python3');
  writer.push('# Generated by CloudFront Django Wizard. Deploy with the commands in README.md.');
  writer.push('import os');
  writer.push('');
  writer.push('import aws_cdk as cdk');
  writer.push('');
  writer.push(
    `from ${PYTHON_STACKS_MODULE.replace('/', '.')} import ${app.entry.map((instance) => instance.className).join(', ')}`,
  );
  writer.push('');
  writer.push('app = cdk.App()');
  for (const instance of app.entry) {
    writer.push(comment(instance.comment));
    const prefix = instance.variable === null ? '' : `${pythonVariable(instance.variable)} = `;
    const call = concat(
      text(instance.className),
      group('(', ')', [
        item('', text('app')),
        item('', text(pyString(instance.id))),
        ...keywords(instance.props),
      ]),
    );
    writeStatement(writer, '', prefix, call, []);
  }
  writer.push('app.synth()');
  writer.push('');
  return writer.done();
}
