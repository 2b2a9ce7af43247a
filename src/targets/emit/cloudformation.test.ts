import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCloudFormationYaml } from '../../../test/support/cloudformation/yaml-tags';
import { getAtt, ref, secretsManagerReference, sub } from './cloudformation';
import { cloudFormationJson } from './cloudformation-json';
import { cloudFormationYaml } from './cloudformation-yaml';
import { explained } from './explained';

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
  '{{resolve:secretsmanager:x:SecretString}}',
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

const yamlText = (template: object) => cloudFormationYaml(template).text;

describe('cloudFormationYaml', () => {
  it.each(TRICKY_STRINGS)('writes %j so YAML 1.1 and 1.2 readers get the same string back', (value) => {
    const template = { Key: value, List: [value, { Inner: value }], [value === '' ? 'x' : `k${value}`]: 1 };
    const text = yamlText(template);
    expect(readCloudFormationYaml(text, '1.1')).toEqual(template);
    expect(readCloudFormationYaml(text, '1.2')).toEqual(template);
  });

  it('writes intrinsics as short tags that read back as the long forms', () => {
    const template = {
      A: ref('Param'),
      B: getAtt('Dist', 'DomainName'),
      C: sub('literal ${x} ', { variable: 'AWS::Region' }),
    };
    const text = yamlText(template);
    expect(text).toContain('A: !Ref Param');
    expect(text).toContain('B: !GetAtt Dist.DomainName');
    expect(readCloudFormationYaml(text)).toEqual(JSON.parse(cloudFormationJson(template).text));
  });

  it('keeps numbers, booleans, empty collections and nesting', () => {
    const template = { N: 0, F: 1.5, T: true, E: [], O: {}, Deep: [[1, 2], [{ a: [] }]], Null: null };
    expect(readCloudFormationYaml(yamlText(template))).toEqual(template);
  });

  it('writes multi-line code as a literal block', () => {
    const code = 'function handler(event) {\n  return event.request;\n}\n';
    expect(yamlText({ FunctionCode: code })).toBe(
      `FunctionCode: |\n  function handler(event) {\n    return event.request;\n  }\n`,
    );
  });

  it('refuses values CloudFormation cannot take', () => {
    expect(() => cloudFormationYaml({ x: Number.NaN })).toThrow();
    expect(() => cloudFormationJson({ x: Number.POSITIVE_INFINITY })).toThrow();
  });
});

/** A template with explained values in every position a writer meets: a key, a list item, a nested block. */
const TAGGED = {
  Plain: 'x',
  Aliases: explained('generated.aliases', ['a.example.com', 'b.example.com']),
  Items: [{ First: explained('generated.priceClass', 'PriceClass_All'), Second: 1 }, 'y'],
  Headers: [explained('generated.originSecretHeader', { HeaderName: 'X-A', HeaderValue: 'v' })],
  Code: explained('generated.forwardedHostFunction', 'line one\nline two\n'),
  Both: explained('generated.ipv6', explained('generated.httpVersion', true)),
  Missing: explained('generated.webAcl', undefined),
};

describe('the writers tag the line each explained value starts on', () => {
  const lineOf = (written: { text: string }, needle: string) =>
    written.text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  // A list item that is a mapping starts on its dash line in YAML, on its opening brace in JSON.
  for (const [format, write, itemOffset] of [
    ['YAML', cloudFormationYaml, 0],
    ['JSON', cloudFormationJson, -1],
  ] as const) {
    it(`${format}: every key on its line, in line order, and nothing for a value left out`, () => {
      const written = write(TAGGED);
      expect(written.explained).toEqual(
        [
          { line: lineOf(written, 'Aliases'), key: 'generated.aliases' },
          { line: lineOf(written, 'First'), key: 'generated.priceClass' },
          { line: lineOf(written, 'HeaderName') + itemOffset, key: 'generated.originSecretHeader' },
          { line: lineOf(written, 'Code'), key: 'generated.forwardedHostFunction' },
          { line: lineOf(written, 'Both'), key: 'generated.httpVersion' },
          { line: lineOf(written, 'Both'), key: 'generated.ipv6' },
        ].sort((a, b) => a.line - b.line || a.key.localeCompare(b.key)),
      );
      expect(written.text).not.toContain('Missing');
    });
  }

  it('YAML and JSON read back as the same plain values (the tags change no text)', () => {
    const plain = JSON.parse(cloudFormationJson(TAGGED).text);
    expect(readCloudFormationYaml(cloudFormationYaml(TAGGED).text)).toEqual(plain);
    expect(plain.Headers).toEqual([{ HeaderName: 'X-A', HeaderValue: 'v' }]);
    expect(plain.Both).toBe(true);
  });
});

describe('cloudFormationJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(cloudFormationJson(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('writes intrinsics in their long forms', () => {
    expect(JSON.parse(cloudFormationJson({ A: ref('P'), B: getAtt('D', 'Arn') }).text)).toEqual({
      A: { Ref: 'P' },
      B: { 'Fn::GetAtt': ['D', 'Arn'] },
    });
  });
});

describe('secretsManagerReference', () => {
  it('names the secret, never a value, and refuses names Secrets Manager would not take', () => {
    expect(secretsManagerReference('mysite/cloudfront-origin-verify')).toBe(
      '{{resolve:secretsmanager:mysite/cloudfront-origin-verify:SecretString}}',
    );
    expect(() => secretsManagerReference('a}}b')).toThrow();
    expect(() => secretsManagerReference('a:b')).toThrow();
  });
});
