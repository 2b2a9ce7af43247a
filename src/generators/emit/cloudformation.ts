import { Document, Scalar, type Tags } from 'yaml';

/**
 * CloudFormation templates are built as plain objects whose intrinsic functions are `Intrinsic` values; this
 * module is the one place that writes them out: YAML with the short tags (`!Ref`, `!GetAtt`, `!Sub`) or JSON
 * with the long forms (`Ref`, `Fn::GetAtt`, `Fn::Sub`).
 */
export class Intrinsic {
  constructor(
    readonly fn: 'Ref' | 'GetAtt' | 'Sub',
    /** Ref: a logical ID or parameter; GetAtt: `Resource.Attribute`; Sub: the template string. */
    readonly value: string,
  ) {}

  /** The long (JSON) form. */
  toJSON(): Record<string, unknown> {
    switch (this.fn) {
      case 'Ref':
        return { Ref: this.value };
      case 'GetAtt': {
        const dot = this.value.indexOf('.');
        return { 'Fn::GetAtt': [this.value.slice(0, dot), this.value.slice(dot + 1)] };
      }
      case 'Sub':
        return { 'Fn::Sub': this.value };
    }
  }
}

export const ref = (logicalIdOrParameter: string): Intrinsic => new Intrinsic('Ref', logicalIdOrParameter);
export const getAtt = (logicalId: string, attribute: string): Intrinsic =>
  new Intrinsic('GetAtt', `${logicalId}.${attribute}`);

/** A piece of an `Fn::Sub` string: literal text (escaped) or a variable such as `AWS::AccountId` or a logical ID. */
export type SubPart = string | { variable: string };

/**
 * An `Fn::Sub` built from parts: literal text is escaped so a `${` in it stays literal (`${!`), variables become
 * `${Name}`. Never write a Sub string by hand from user text.
 */
export function sub(...parts: SubPart[]): Intrinsic {
  return new Intrinsic(
    'Sub',
    parts
      .map((part) => (typeof part === 'string' ? part.replace(/\$\{/g, '${!') : `\${${part.variable}}`))
      .join(''),
  );
}

/** What CloudFormation makes of a Sub string's literal text (`${!` reads as `${`), for tests and previews. */
export function unescapeSubLiterals(value: string): string {
  return value.replace(/\$\{!/g, '${');
}

function intrinsicTag(tag: string, fn: Intrinsic['fn']): Tags[number] {
  return {
    tag,
    identify: (value: unknown) => value instanceof Intrinsic && value.fn === fn,
    createNode: (_schema, value) => new Scalar((value as Intrinsic).value),
    resolve: (value: string) => new Intrinsic(fn, value).toJSON(),
  };
}

/** The YAML tags for reading and writing the short intrinsic forms; parsing yields the long (JSON) forms. */
export const CLOUDFORMATION_YAML_TAGS: Tags = [
  intrinsicTag('!Ref', 'Ref'),
  intrinsicTag('!GetAtt', 'GetAtt'),
  intrinsicTag('!Sub', 'Sub'),
];

/**
 * YAML with short-form intrinsics. YAML 1.1 rules quote `yes`/`on`/`y` and friends, which older parsers (and
 * CloudFormation's) would read as booleans; multi-line strings (the function code) become literal blocks.
 */
export function cloudFormationYaml(template: object): string {
  const document = new Document(template, {
    customTags: CLOUDFORMATION_YAML_TAGS,
    version: '1.1',
    aliasDuplicateObjects: false,
  });
  return document.toString({ lineWidth: 0, blockQuote: 'literal', indentSeq: true });
}

/** JSON with long-form intrinsics, two-space indented. */
export function cloudFormationJson(template: object): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
