import { describe, expect, it } from 'vitest';
import { bundleFiles } from '../../bundle';
import { deploymentFor } from '../../model';
import { fixture } from '../../../test/support/fixtures';
import { readCloudFormationYaml } from '../../../test/support/cloudformation/yaml-tags';
import { TARGETS } from '../index';

/**
 * A rotation really reaches CloudFront: CloudFormation reads a dynamic reference again only when the reference
 * itself changes (AWS re:Post, "cloudformation-stack-update-secrets"), so every infrastructure target names the
 * secret's version by a deploy input, every deploy reads the current version id and passes it, and every README
 * says the four steps in the order that refuses no request.
 */
const config = fixture('secret-header');
const deployment = deploymentFor(config);
const secret = deployment.originSecret!;
const files = bundleFiles(config);
const fileOf = (path: string) => {
  const found = files.find((file) => file.path === path);
  if (found === undefined) throw new Error(`No ${path}`);
  return found.contents;
};
const VERSION_COMMAND = `${secret.versionId.shellVariable}="$(aws secretsmanager list-secret-version-ids`;

describe('the origin secret is referenced by version, and the deploy names the version', () => {
  it('CloudFormation: a version-id parameter inside the dynamic reference, passed by the deploy command', () => {
    const template = readCloudFormationYaml(fileOf('cloudformation/template.yaml')) as {
      Parameters: Record<string, { AllowedPattern: string }>;
      Resources: { Distribution: { Properties: { DistributionConfig: { Origins: unknown[] } } } };
    };
    expect(template.Parameters[secret.versionId.parameter]?.AllowedPattern).toBe(secret.versionId.pattern);
    const app = template.Resources.Distribution.Properties.DistributionConfig.Origins[0] as {
      OriginCustomHeaders: { HeaderValue: { 'Fn::Sub': string } }[];
    };
    const reference = app.OriginCustomHeaders[0]!.HeaderValue['Fn::Sub'];
    expect(reference).toBe(
      `{{resolve:secretsmanager:${secret.secretName}:SecretString:::\${${secret.versionId.parameter}}}}`,
    );
    // Two version ids give two different references: CloudFormation updates the distribution.
    const resolved = (id: string) => reference.replace(`\${${secret.versionId.parameter}}`, id);
    expect(resolved('v-one')).not.toBe(resolved('v-two'));
    const steps = TARGETS.find((target) => target.id === 'cloudformation')!.steps!.deploy(deployment);
    const commands = steps.flatMap((step) => step.commands);
    expect(commands[0]).toContain(VERSION_COMMAND);
    expect(commands.join('\n')).toContain(
      `${secret.versionId.parameter}="$${secret.versionId.shellVariable}"`,
    );
  });

  it('Terraform: the data source reads the version the plan is given', () => {
    expect(fileOf('terraform/main.tf')).toMatch(
      new RegExp(`version_id\\s+= var\\.${secret.versionId.variable}`),
    );
    expect(fileOf('terraform/variables.tf')).toContain(`variable "${secret.versionId.variable}"`);
    const commands = TARGETS.find((target) => target.id === 'terraform')!
      .steps!.deploy(deployment)
      .flatMap((step) => step.commands);
    expect(commands.join('\n')).toContain(VERSION_COMMAND);
    expect(commands.join('\n')).toContain(
      `-var "${secret.versionId.variable}=$${secret.versionId.shellVariable}"`,
    );
  });

  it('CDK (TypeScript and Python): a CfnParameter as the SecretValue version id, passed by cdk deploy', () => {
    expect(fileOf('cdk-typescript/lib/stacks.ts')).toMatch(
      /SecretValue\.secretsManager\([^)]*versionId: originHeaderVersionId\.valueAsString/s,
    );
    expect(fileOf('cdk-python/cloudfront_stacks/stacks.py')).toMatch(
      /SecretValue\.secrets_manager\([^)]*version_id=origin_header_version_id\.value_as_string/s,
    );
    for (const id of ['cdk-typescript', 'cdk-python'] as const) {
      const commands = TARGETS.find((target) => target.id === id)!
        .steps!.deploy(deployment)
        .flatMap((step) => step.commands)
        .join('\n');
      expect(commands, id).toContain(VERSION_COMMAND);
      expect(commands, id).toContain(
        `--parameters ${deployment.stacks[0]!.name}:${secret.versionId.parameter}="$${secret.versionId.shellVariable}"`,
      );
    }
  });

  it('every README that deploys or runs Django says the rotation steps, stack after Django', () => {
    for (const path of [
      'README.md',
      'cloudformation/README.md',
      'terraform/README.md',
      'cdk-typescript/README.md',
      'cdk-python/README.md',
      'django/README.md',
    ]) {
      const text = fileOf(path);
      const put = text.indexOf('aws secretsmanager put-secret-value');
      const django = text.indexOf('accepts both now', put);
      const stacks = text.indexOf('version id into', django);
      const unset = text.indexOf('wait distribution-deployed', stacks);
      expect(
        [put, django, stacks, unset].every((index) => index > 0),
        path,
      ).toBe(true);
    }
  });
});
