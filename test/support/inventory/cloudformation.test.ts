/* eslint-disable @typescript-eslint/no-explicit-any -- the test edits a parsed template */
import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../../../src/model';
import { cloudFormationFilesFor } from '../cloudformation/generated-templates';
import { modelInventory } from './model';
import { FIXTURES, combinationFixtures, fixture } from '../fixtures';
import { cloudFormationInventory } from './cloudformation';
import { kindsByStack, normaliseInventory } from './inventory';

describe('the CloudFormation inventory (read from the real templates) is what the model says', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: the same resources per stack, with the same facts, in YAML and JSON`, () => {
      const expected = modelInventory(deploymentFor(config));
      for (const format of ['yaml', 'json'] as const) {
        const read = cloudFormationInventory(cloudFormationFilesFor(config, format));
        expect(kindsByStack(read), `${name} (${format})`).toEqual(kindsByStack(expected));
        expect(normaliseInventory(read), `${name} (${format})`).toEqual(normaliseInventory(expected));
      }
    });
  }

  it('and for every combination of origin, protection, caching, files and certificate', () => {
    for (const { name, config } of combinationFixtures()) {
      const read = cloudFormationInventory(cloudFormationFilesFor(config, 'yaml'));
      expect(normaliseInventory(read), name).toEqual(
        normaliseInventory(modelInventory(deploymentFor(config))),
      );
    }
  });

  it('notices a wrong fact: a bucket policy without the TLS statement, or a grant in the wrong region', () => {
    const files = cloudFormationFilesFor(fixture('s3-static-and-media'), 'json');
    const expected = normaliseInventory(modelInventory(deploymentFor(fixture('s3-static-and-media'))));
    const withoutTls = (contents: string) => {
      const template = JSON.parse(contents);
      for (const resource of Object.values<any>(template.Resources))
        if (resource.Type === 'AWS::S3::BucketPolicy')
          resource.Properties.PolicyDocument.Statement = resource.Properties.PolicyDocument.Statement.filter(
            (statement: { Effect: string }) => statement.Effect === 'Allow',
          );
      return JSON.stringify(template);
    };
    const broken = files.map((file) =>
      file.path.endsWith('template.json') ? { ...file, contents: withoutTls(file.contents) } : file,
    );
    expect(normaliseInventory(cloudFormationInventory(broken))).not.toEqual(expected);

    const oac = cloudFormationFilesFor(fixture('lambda-oac-other-region'), 'yaml');
    const moved = oac.map((file) =>
      file.path.endsWith('README.md')
        ? { ...file, contents: file.contents.replace(/--region eu-west-1/g, '--region us-east-1') }
        : file,
    );
    expect(kindsByStack(cloudFormationInventory(moved))).not.toEqual(
      kindsByStack(modelInventory(deploymentFor(fixture('lambda-oac-other-region')))),
    );
  });
});
