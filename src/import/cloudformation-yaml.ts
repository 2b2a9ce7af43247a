import { parseDocument, type Tags } from 'yaml';

/** The intrinsic functions CloudFormation's YAML short forms stand for (`!Ref x` is `{ "Ref": "x" }`). */
const SHORT_FORMS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'GetAZs',
  'ImportValue',
  'Base64',
  'Cidr',
  'Transform',
  'Length',
  'ToJsonString',
] as const;

const longForm = (name: (typeof SHORT_FORMS)[number]) =>
  name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;

/** Each short form as a scalar, a sequence and a mapping tag, resolved to the long (JSON) form. */
const CLOUDFORMATION_TAGS: Tags = SHORT_FORMS.flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (value: string) => ({ [longForm(name)]: name === 'GetAtt' ? value.split('.') : value }),
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (seq: { toJSON(): unknown }) => ({ [longForm(name)]: seq.toJSON() }),
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (map: { toJSON(): unknown }) => ({ [longForm(name)]: map.toJSON() }),
  },
]);

/** Anchors and aliases beyond this are refused: a "billion laughs" file would otherwise expand without end. */
const MAX_ALIASES = 100;

export type YamlResult = { ok: true; value: unknown; warnings: string[] } | { ok: false; error: string };

/**
 * A CloudFormation template written in YAML, read the way CloudFormation reads it (YAML 1.1, short intrinsic
 * forms as their long forms). Never throws; never runs anything.
 */
export function readCloudFormationYaml(text: string): YamlResult {
  const document = parseDocument(text, {
    customTags: CLOUDFORMATION_TAGS,
    version: '1.1',
    logLevel: 'silent',
    uniqueKeys: true,
  });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    return { ok: false, error: `this is neither JSON nor readable YAML (${first.message.split('\n')[0]})` };
  }
  try {
    const value = document.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
    return { ok: true, value, warnings: document.warnings.map((w) => w.message.split('\n')[0]!) };
  } catch (error) {
    return { ok: false, error: `the YAML cannot be read: ${(error as Error).message}` };
  }
}
