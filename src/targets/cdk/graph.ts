import type { GeneratedKey, StackKey } from '../../model';

/**
 * The construct graph of a CDK app: what both printers (TypeScript and Python) print, built once from the
 * deployment model by `cdkAppFor`. Names are aws-cdk-lib's own (camelCase properties, methods and parameters);
 * the Python printer applies jsii's naming rule. Every node that carries a generated setting lists its
 * explanation keys, and the printers tag the line it lands on.
 */
export interface CdkApp {
  /** In deploy order (the main stack first). */
  stacks: CdkStack[];
  /** The app entry point: one instance per stack, in the same order. */
  entry: CdkStackInstance[];
}

/** The aws-cdk-lib modules the apps import (see `modules.ts` for their TypeScript and Python spellings). */
export type CdkModule =
  | 'core'
  | 'acm'
  | 'cloudfront'
  | 'origins'
  | 'ec2'
  | 'lambda'
  | 'logs'
  | 'route53'
  | 'route53Targets'
  | 's3'
  | 'wafv2';

/** A stack class: its constructor's statements, what it takes from and gives to other stacks, its outputs. */
export interface CdkStack {
  key: StackKey;
  /** A valid identifier in both languages (the model's PascalCase stack id, e.g. `MysiteStack`). */
  className: string;
  /** One sentence above the class. */
  doc: string;
  /** Values the stack takes from another stack (constructor props / keyword arguments). */
  parameters: CdkParameter[];
  /** Values other stacks read from this one (public properties). */
  exports: CdkExport[];
  statements: CdkStatement[];
  outputs: CdkOutput[];
}

/** `new MysiteStack(app, 'MysiteStack', props)` in the app entry point. */
export interface CdkStackInstance {
  stack: StackKey;
  className: string;
  /** The variable the app keeps the stack in (when another stack reads from it), or null. */
  variable: string | null;
  /** The construct id (also the name of the stack's template in cdk.out). */
  id: string;
  /** stackName, description, env (with the region), crossRegionReferences and the parameters' values. */
  props: CdkProp[];
  comment: string;
}

export interface CdkParameter {
  /** camelCase, e.g. `distributionArn`. */
  name: string;
  doc: string;
  from: { stack: StackKey; export: string };
}

export interface CdkExport {
  name: string;
  doc: string;
  value: CdkValue;
}

export interface CdkOutput {
  /** The output's logical id (the model's output key). */
  id: string;
  description: string;
  value: CdkValue;
}

/** One statement of a stack's constructor. `name` is the camelCase variable it is kept in, or null. */
export type CdkStatement =
  | {
      kind: 'construct';
      name: string | null;
      module: CdkModule;
      type: string;
      /** The construct id (second argument after the scope). */
      id: string;
      props: CdkProp[];
      keys: GeneratedKey[];
      comment?: string;
    }
  | { kind: 'value'; name: string; value: CdkValue; keys: GeneratedKey[]; comment?: string }
  /** A call made for what it does, kept in no variable (`cdk.Validations.of(distribution).acknowledge(...)`). */
  | { kind: 'expression'; value: CdkValue; keys: GeneratedKey[]; comment?: string };

/** The variable a statement keeps what it makes in, or null. */
export const statementName = (statement: CdkStatement): string | null =>
  statement.kind === 'expression' ? null : statement.name;

/** A property of a props object or struct; `keys` tag the line the property starts on. */
export interface CdkProp {
  name: string;
  value: CdkValue;
  keys: GeneratedKey[];
}

export type CdkValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** An enum member or a static constant (`cloudfront.PriceClass.PRICE_CLASS_100`): the same in both languages. */
  | { kind: 'member'; module: CdkModule; type: string; member: string }
  /** A static method call; `props` is the trailing struct parameter (keyword arguments in Python). */
  | {
      kind: 'call';
      module: CdkModule;
      type: string;
      method: string;
      args: CdkValue[];
      props: CdkProp[] | null;
    }
  /** `new module.Type(args, props)` for an object that is not a construct (an origin, a record target). */
  | { kind: 'new'; module: CdkModule; type: string; args: CdkValue[]; props: CdkProp[] | null }
  /** An instance method called on a value, e.g. `.unsafeUnwrap()`. */
  | { kind: 'invoke'; on: CdkValue; method: string; args: CdkValue[] }
  /** What a statement of this stack keeps in the variable `name`. */
  | { kind: 'ref'; name: string }
  /** An attribute of what a statement keeps, e.g. `distribution.distributionArn`. */
  | { kind: 'attribute'; of: string; attribute: string }
  /** A stack parameter (read from another stack). */
  | { kind: 'parameter'; name: string }
  /** The stack itself (`this` / `self`), the scope of constructs made inside a call. */
  | { kind: 'scope' }
  /** A struct value with its jsii type (Python writes `cloudfront.BehaviorOptions(...)`). */
  | { kind: 'struct'; module: CdkModule; type: string; props: CdkProp[] }
  | { kind: 'array'; items: CdkValue[] }
  /** A map with string keys (custom headers, path-pattern behaviours). */
  | { kind: 'map'; entries: CdkProp[] }
  | { kind: 'duration'; seconds: number }
  /** Text written one line per string and joined with newlines (the function code reads as code). */
  | { kind: 'lines'; lines: string[] }
  /** An environment variable of the process that runs the app (`process.env.X` / `os.environ.get("X")`). */
  | { kind: 'environment'; name: string };

export const str = (value: string): CdkValue => ({ kind: 'string', value });
export const num = (value: number): CdkValue => ({ kind: 'number', value });
export const bool = (value: boolean): CdkValue => ({ kind: 'boolean', value });
export const member = (module: CdkModule, type: string, name: string): CdkValue => ({
  kind: 'member',
  module,
  type,
  member: name,
});
export const ref = (name: string): CdkValue => ({ kind: 'ref', name });
export const attribute = (of: string, name: string): CdkValue => ({ kind: 'attribute', of, attribute: name });
export const array = (items: CdkValue[]): CdkValue => ({ kind: 'array', items });
export const seconds = (value: number): CdkValue => ({ kind: 'duration', seconds: value });

export function staticCall(
  module: CdkModule,
  type: string,
  method: string,
  args: CdkValue[] = [],
  props: CdkProp[] | null = null,
): CdkValue {
  return { kind: 'call', module, type, method, args, props };
}

export function newObject(
  module: CdkModule,
  type: string,
  args: CdkValue[],
  props: CdkProp[] | null = null,
): CdkValue {
  return { kind: 'new', module, type, args, props };
}

export const struct = (module: CdkModule, type: string, props: CdkProp[]): CdkValue => ({
  kind: 'struct',
  module,
  type,
  props,
});

/** A property; pass keys to tag its line. Props whose value is undefined are left out by `props()`. */
export const prop = (name: string, value: CdkValue, ...keys: GeneratedKey[]): CdkProp => ({
  name,
  value,
  keys,
});

/** A props list without the optional ones that are not set. */
export const props = (...items: (CdkProp | null | undefined | false)[]): CdkProp[] =>
  items.filter((item): item is CdkProp => item !== null && item !== undefined && item !== false);
