import type { GeneratedKey } from '../../model';
import { Explained } from './explained';

/**
 * CloudFormation templates are built as plain objects whose intrinsic functions are `Intrinsic` values and whose
 * explained settings are `Explained` values; `cloudformation-yaml.ts` and `cloudformation-json.ts` are the one
 * place each format is written: YAML with the short tags (`!Ref`, `!GetAtt`, `!Sub`), JSON with the long forms.
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

/** Secrets Manager's own rule for secret names: a name outside it cannot be in a dynamic reference either. */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

/**
 * The whole secret string of a Secrets Manager secret, resolved by CloudFormation at deploy time: the template
 * holds the secret's name, never its value. "The secretsmanager dynamic reference can be used in all resource
 * properties" (AWS CloudFormation User Guide, "Get a secret or secret value from Secrets Manager",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html).
 * Versionless, as that page advises, so the current version is read at every update of the resource.
 */
export function secretsManagerReference(secretName: string): string {
  if (!SECRET_NAME.test(secretName))
    throw new Error(`${JSON.stringify(secretName)} is not a Secrets Manager secret name`);
  return `{{resolve:secretsmanager:${secretName}:SecretString}}`;
}

/**
 * The secret string of one version of a secret, the version id being a stack parameter: CloudFormation reads a
 * secret again only when the reference changes ("During stack updates, CloudFormation doesn't retrieve the value
 * of the dynamic reference unless a change is made to the dynamic reference itself", AWS re:Post), so a new
 * version id is what makes a rotation reach the resource.
 * `{{resolve:secretsmanager:secret-id:SecretString:json-key:version-stage:version-id}}`
 */
export function secretsManagerVersionReference(secretName: string, versionParameter: string): Intrinsic {
  secretsManagerReference(secretName);
  return sub(`{{resolve:secretsmanager:${secretName}:SecretString:::`, { variable: versionParameter }, '}}');
}

/** A value with the explanation keys wrapped around it (nested `Explained` values add up), for the writers. */
export function unwrapExplained(value: unknown): { keys: GeneratedKey[]; value: unknown } {
  const keys: GeneratedKey[] = [];
  let inner = value;
  while (inner instanceof Explained) {
    keys.push(inner.key);
    inner = inner.value;
  }
  return { keys, value: inner };
}
