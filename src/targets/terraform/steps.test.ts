import { secretVersionIdCommand } from '../emit/origin-secret-rotation';
import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import { FIXTURES, fixture } from '../../../test/support/fixtures';
import { HclModule } from '../../../test/support/terraform/hcl-module';
import { terraformTarget } from './index';

const steps = terraformTarget.steps!;

describe('Terraform deploy, output and destroy steps', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: deploy and destroy cover every stack; every output has its command`, async () => {
      const deployment = deploymentFor(config);
      const stacks = deployment.stacks.map((stack) => stack.key).sort();
      const deploy = steps.deploy(deployment);
      expect([...new Set(deploy.flatMap((step) => step.stacks))].sort()).toEqual(stacks);
      const secret = deployment.originSecret;
      expect(deploy.flatMap((step) => step.commands)).toEqual([
        'terraform -chdir=terraform init',
        ...(secret === null
          ? ['terraform -chdir=terraform plan -out=tfplan']
          : [
              secretVersionIdCommand(secret),
              `terraform -chdir=terraform plan -out=tfplan -var "${secret.versionId.variable}=$${secret.versionId.shellVariable}"`,
            ]),
        'terraform -chdir=terraform apply tfplan',
      ]);
      const destroy = steps.destroy(deployment);
      expect([...new Set(destroy.flatMap((step) => step.stacks))].sort()).toEqual(stacks);
      const commands = destroy.flatMap((step) => step.commands);
      expect(commands.at(-1)).toBe('terraform -chdir=terraform destroy');
      // What `state rm` forgets must be what the files declare: every kept bucket and its settings.
      const module = await HclModule.read(terraformTarget.generate(deployment));
      const forgotten = commands.slice(0, -1).flatMap((command) => command.split(' ').slice(4));
      expect(
        commands.slice(0, -1).every((command) => command.startsWith('terraform -chdir=terraform state rm ')),
      ).toBe(true);
      const declared = [
        'aws_s3_bucket',
        'aws_s3_bucket_server_side_encryption_configuration',
        'aws_s3_bucket_public_access_block',
        'aws_s3_bucket_ownership_controls',
      ].flatMap((type) => module.each('resource', type).map(({ name: label }) => `${type}.${label}`));
      expect(forgotten.sort()).toEqual(declared.sort());
      expect(module.outputs.sort()).toEqual(
        deployment.outputs.map((output) => steps.output(deployment, output.key).split(' ').at(-1)).sort(),
      );
    });
  }

  it('reads an output with terraform output -raw and its snake_case name', () => {
    const deployment = deploymentFor(fixture('s3-static-and-media'));
    expect(steps.output(deployment, 'DistributionId')).toBe(
      'terraform -chdir=terraform output -raw distribution_id',
    );
    expect(steps.output(deployment, 'StaticFilesBucketName')).toBe(
      'terraform -chdir=terraform output -raw static_files_bucket_name',
    );
    expect(() => steps.output(deploymentFor(fixture('seed')), 'StaticFilesBucketName')).toThrow(/no output/);
  });

  it('the folder README shows the same commands', () => {
    const deployment = deploymentFor(fixture('s3-static-and-media'));
    const readme = terraformTarget.generate(deployment).find((file) => file.path === 'terraform/README.md');
    for (const command of [...steps.deploy(deployment), ...steps.destroy(deployment)].flatMap(
      (s) => s.commands,
    ))
      expect(readme?.contents).toContain(command);
  });
});
