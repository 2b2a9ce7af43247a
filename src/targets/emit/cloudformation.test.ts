import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cloudFormationJson, cloudFormationYaml, getAtt, ref, sub } from './cloudformation';
import { CLOUDFORMATION_YAML_TAGS } from './cloudformation-yaml-tags.test-support';

const TRICKY_STRINGS = [
  '',
  'yes',
  'On',
  'n',
  'null',
  '~',
  '2010-09-09',
  '123',
  '0x1F',
  '1_000',
  '12:30',
  '.inf',
  '- item',
  '? key',
  ': x',
  'a: b',
  'a:',
  'x #comment',
  '#comment',
  '*alias',
  '&anchor',
  '!Ref x',
  '%TAG',
  '@at',
  '`tick',
  "it's",
  '"quoted"',
  'back\\slash',
  'tab\there',
  'trailing ',
  ' leading',
  '${AWS::Region}',
  '</script>',
  'line\u2028separator',
  'next\u0085line',
  'del\u007f',
  'bom\ufeff',
  'emoji 🚀',
  'one\ntwo',
  'one\ntwo\n',
  'one\ntwo\n\n',
  '  indented\nblock\n',
  'crlf\r\nline',
  'control\u0001char\nline',
];

function readYaml(text: string, version: '1.1' | '1.2') {
  return parse(text, { customTags: CLOUDFORMATION_YAML_TAGS, version });
}

describe('cloudFormationYaml', () => {
  it.each(TRICKY_STRINGS)('writes %j so YAML 1.1 and 1.2 readers get the same string back', (value) => {
    const template = { Key: value, List: [value, { Inner: value }], [value === '' ? 'x' : `k${value}`]: 1 };
    const text = cloudFormationYaml(template);
    expect(readYaml(text, '1.1')).toEqual(template);
    expect(readYaml(text, '1.2')).toEqual(template);
  });

  it('writes intrinsics as short tags that read back as the long forms', () => {
    const template = {
      A: ref('Param'),
      B: getAtt('Dist', 'DomainName'),
      C: sub('literal ${x} ', { variable: 'AWS::Region' }),
    };
    const text = cloudFormationYaml(template);
    expect(text).toContain('A: !Ref Param');
    expect(text).toContain('B: !GetAtt Dist.DomainName');
    expect(readYaml(text, '1.1')).toEqual(JSON.parse(cloudFormationJson(template)));
  });

  it('keeps numbers, booleans, empty collections and nesting', () => {
    const template = { N: 0, F: 1.5, T: true, E: [], O: {}, Deep: [[1, 2], [{ a: [] }]], Null: null };
    expect(readYaml(cloudFormationYaml(template), '1.1')).toEqual(template);
  });

  it('writes multi-line code as a literal block', () => {
    const code = 'function handler(event) {\n  return event.request;\n}\n';
    const text = cloudFormationYaml({ FunctionCode: code });
    expect(text).toBe(`FunctionCode: |\n  function handler(event) {\n    return event.request;\n  }\n`);
  });

  it('refuses values CloudFormation cannot take', () => {
    expect(() => cloudFormationYaml({ x: Number.NaN })).toThrow();
  });
});
