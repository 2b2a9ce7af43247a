/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read parsed, untyped templates */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { cloudFormationFilesFor, parseTemplateFile } from './generated-templates';
import { checkTemplateAgainstSpec } from './resource-spec-check';

/** A valid template as plain JSON (the generated main template of the default config), to break one thing at a time. */
const validTemplate = (): any => {
  const [main] = cloudFormationFilesFor(defaultConfig(), 'json');
  if (main === undefined) throw new Error('no template');
  return parseTemplateFile(main);
};

describe('checkTemplateAgainstSpec catches what CloudFormation would reject', () => {
  it('passes the generated default template', () => {
    expect(checkTemplateAgainstSpec(validTemplate())).toEqual([]);
  });

  const broken: [string, (t: any) => void, RegExp][] = [
    [
      'a misspelt property',
      (t) => (t.Resources.Distribution.Properties.DistributionConfig.Enabeld = true),
      /Enabeld: unknown property/,
    ],
    [
      'a misspelt nested property',
      (t) =>
        (t.Resources.Distribution.Properties.DistributionConfig.DefaultCacheBehavior.CachePolicyID = 'x'),
      /CachePolicyID: unknown property/,
    ],
    [
      'a string where a list belongs',
      (t) => (t.Resources.Distribution.Properties.DistributionConfig.Aliases = 'www.example.com'),
      /Aliases: expected a list/,
    ],
    [
      'a list where a string belongs',
      (t) => (t.Resources.Distribution.Properties.DistributionConfig.Comment = ['x']),
      /Comment: expected a string/,
    ],
    [
      'a string where a boolean belongs',
      (t) => (t.Resources.Distribution.Properties.DistributionConfig.Enabled = 'true'),
      /Enabled: expected a boolean/,
    ],
    [
      'an object where a string belongs',
      (t) => (t.Resources.Distribution.Properties.DistributionConfig.PriceClass = { a: 1 }),
      /PriceClass: expected a string/,
    ],
    [
      'a missing required property',
      (t) =>
        delete t.Resources.Distribution.Properties.DistributionConfig.DefaultCacheBehavior.TargetOriginId,
      /TargetOriginId: required/,
    ],
    [
      'an unknown resource type',
      (t) => (t.Resources.Distribution.Type = 'AWS::CloudFront::Distributon'),
      /unknown resource type/,
    ],
    [
      'a GetAtt of a missing attribute',
      (t) => (t.Outputs.DistributionDomainName.Value = { 'Fn::GetAtt': ['Distribution', 'DomainNam'] }),
      /has no attribute DomainNam/,
    ],
    [
      'a Ref to nothing',
      (t) => (t.Outputs.DistributionId.Value = { Ref: 'Distro' }),
      /Ref to unknown Distro/,
    ],
    [
      'a Sub variable that is not defined',
      (t) => (t.Outputs.DistributionArn.Value = { 'Fn::Sub': 'arn:${Distro}' }),
      /Fn::Sub variable \$\{Distro\}/,
    ],
    [
      'a value outside the allowed values',
      (t) =>
        (t.Resources.Grant = {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            FunctionName: 'f',
            Action: 'lambda:InvokeFunction',
            Principal: 'x',
            FunctionUrlAuthType: 'IAM',
          },
        }),
      /FunctionUrlAuthType: IAM is not one of AWS_IAM, NONE/,
    ],
    [
      'an unknown resource attribute',
      (t) => (t.Resources.Distribution.DeletePolicy = 'Retain'),
      /DeletePolicy: not a resource attribute/,
    ],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`fails on ${what}`, () => {
      const template = validTemplate();
      breakIt(template);
      const problems = checkTemplateAgainstSpec(template);
      expect(problems.join('\n')).toMatch(message);
    });
  }

  it('accepts an escaped ${! in Fn::Sub as a literal', () => {
    const template = validTemplate();
    template.Outputs.DistributionArn.Value = { 'Fn::Sub': 'literal ${!NotAVariable} ${Distribution}' };
    expect(checkTemplateAgainstSpec(template)).toEqual([]);
  });
});
