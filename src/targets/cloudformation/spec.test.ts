import { describe, expect, it } from 'vitest';
import { FIXTURES, combinationFixtures } from '../../../test/support/fixtures';
import {
  cloudFormationFilesFor,
  isTemplateFile,
  parseTemplateFile,
} from '../../../test/support/cloudformation/generated-templates';
import { checkTemplateAgainstSpec } from '../../../test/support/cloudformation/resource-spec-check';

/**
 * The real check for hand-built templates: every resource type, property, nesting, value type, allowed value and
 * reference is checked against the AWS resource specification (@aws-cdk/aws-service-spec), for every fixture, in
 * both formats, and the YAML reads back exactly as the JSON.
 */
describe('CloudFormation templates match the AWS resource specification', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: YAML and JSON read back the same, and every template passes the spec check`, () => {
      const yaml = cloudFormationFilesFor(config, 'yaml').filter(isTemplateFile);
      const json = cloudFormationFilesFor(config, 'json').filter(isTemplateFile);
      expect(yaml.map((file) => file.path.replace(/\.yaml$/, ''))).toEqual(
        json.map((file) => file.path.replace(/\.json$/, '')),
      );
      yaml.forEach((file, index) => {
        const fromYaml = parseTemplateFile(file);
        const jsonFile = json[index];
        expect(jsonFile).toBeDefined();
        if (jsonFile !== undefined) expect(fromYaml, file.path).toEqual(parseTemplateFile(jsonFile));
        expect(checkTemplateAgainstSpec(fromYaml), `${name} ${file.path}`).toEqual([]);
      });
    });
  }

  it('every combination of origin, protection, caching, files and certificate passes the spec check', () => {
    for (const { name, config } of combinationFixtures()) {
      for (const file of cloudFormationFilesFor(config, 'yaml').filter(isTemplateFile))
        expect(checkTemplateAgainstSpec(parseTemplateFile(file)), `${name} ${file.path}`).toEqual([]);
    }
  });
});
