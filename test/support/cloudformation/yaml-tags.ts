import { parse, Scalar, type Tags } from 'yaml';
import { Intrinsic } from '../../../src/targets/emit/cloudformation';

function intrinsicTag(tag: string, fn: Intrinsic['fn']): Tags[number] {
  return {
    tag,
    identify: (value: unknown) => value instanceof Intrinsic && value.fn === fn,
    createNode: (_schema, value) => new Scalar((value as Intrinsic).value),
    resolve: (value: string) => new Intrinsic(fn, value).toJSON(),
  };
}

/** YAML tags for reading the short intrinsic forms back (tests only); parsing yields the long (JSON) forms. */
export const CLOUDFORMATION_YAML_TAGS: Tags = [
  intrinsicTag('!Ref', 'Ref'),
  intrinsicTag('!GetAtt', 'GetAtt'),
  intrinsicTag('!Sub', 'Sub'),
];

/** A CloudFormation YAML text as CloudFormation reads it (YAML 1.1, short tags as long forms). */
export function readCloudFormationYaml(text: string, version: '1.1' | '1.2' = '1.1'): unknown {
  return parse(text, { customTags: CLOUDFORMATION_YAML_TAGS, version });
}
