import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import { FIXTURES, fixture } from '../../../test/support/fixtures';
import { cloudFormationFilesFor } from '../../../test/support/cloudformation/generated-templates';
import { cloudFormationTarget } from './index';
import { capabilitiesFor } from './steps';

const steps = cloudFormationTarget.steps;
if (steps === undefined) throw new Error('the CloudFormation target has no steps');

/** A command as one line (continuations joined), for matching its flags. */
const oneLine = (command: string) => command.replace(/ \\\n\s*/g, ' ');

describe('CloudFormation deploy, output and destroy steps', () => {
  it('is an infrastructure target', () => {
    expect(cloudFormationTarget.kind).toBe('infrastructure');
  });

  for (const { name, config } of FIXTURES) {
    it(`${name}: deploys every stack in model order from its own template, and deletes every one in reverse`, () => {
      const deployment = deploymentFor(config);
      const paths = cloudFormationFilesFor(config, deployment.format.cloudFormation).map((file) => file.path);
      const deploy = steps.deploy(deployment);
      expect(deploy.flatMap((step) => step.stacks)).toEqual(deployment.stacks.map((stack) => stack.key));
      deploy.forEach((step, index) => {
        const stack = deployment.stacks[index];
        const command = oneLine(step.commands.at(-1) ?? '');
        expect(command).toMatch(
          new RegExp(`^aws cloudformation deploy --region ${stack?.region} --stack-name ${stack?.name} `),
        );
        const file = /--template-file (\S+)/.exec(command)?.[1];
        expect(paths).toContain(file);
        expect(command).not.toContain('--capabilities');
      });

      // The old README deployed the Lambda permissions stack but never said how to delete it.
      const destroy = steps.destroy(deployment);
      expect(destroy.flatMap((step) => step.stacks)).toEqual(
        [...deployment.stacks].reverse().map((stack) => stack.key),
      );
      destroy.forEach((step, index) => {
        const stack = [...deployment.stacks].reverse()[index];
        const where = `--region ${stack?.region} --stack-name ${stack?.name}`;
        expect(step.commands).toEqual([
          `aws cloudformation delete-stack ${where}`,
          `aws cloudformation wait stack-delete-complete ${where}`,
        ]);
      });
    });
  }

  it('fills the origin-access stack’s DistributionArn from the main stack’s output', () => {
    const deployment = deploymentFor(fixture('lambda-oac-other-region'));
    const [main, access] = steps.deploy(deployment);
    expect(main?.commands).toHaveLength(1);
    expect(access?.stacks).toEqual(['origin-region']);
    expect(access?.commands[0]).toBe(`DISTRIBUTION_ARN="$(${steps.output(deployment, 'DistributionArn')})"`);
    expect(oneLine(access?.commands[1] ?? '')).toContain(
      '--region eu-west-1 --stack-name mysite-cloudfront-origin-access --template-file cloudformation/origin-access.yaml --parameter-overrides DistributionArn="$DISTRIBUTION_ARN"',
    );
  });

  it('prints each output with describe-stacks on the stack that has it', () => {
    const deployment = deploymentFor(fixture('s3-static-and-media'));
    for (const output of deployment.outputs) {
      expect(steps.output(deployment, output.key)).toBe(
        `aws cloudformation describe-stacks --region us-east-1 --stack-name mysite-cloudfront ` +
          `--query "Stacks[0].Outputs[?OutputKey=='${output.key}'].OutputValue" --output text`,
      );
    }
    expect(() => steps.output(deploymentFor(fixture('seed')), 'MediaFilesBucketName')).toThrow();
  });

  it('asks for an IAM capability only for a template with IAM resources', () => {
    const template = { AWSTemplateFormatVersion: '2010-09-09' as const, Description: '', Resources: {} };
    expect(capabilitiesFor(template)).toEqual([]);
    expect(
      capabilitiesFor({ ...template, Resources: { Role: { Type: 'AWS::IAM::Role', Properties: {} } } }),
    ).toEqual(['CAPABILITY_NAMED_IAM']);
  });
});

describe('the folder README', () => {
  const readmeOf = (name: string) =>
    cloudFormationFilesFor(fixture(name), 'yaml').find((file) => file.path === 'cloudformation/README.md')
      ?.contents ?? '';

  it('names every stack with its region and why, and has every deploy and delete command', () => {
    for (const name of ['seed', 'lambda-oac-other-region', 's3-static-and-media']) {
      const deployment = deploymentFor(fixture(name));
      const readme = readmeOf(name);
      for (const stack of deployment.stacks) {
        expect(readme).toContain(`the \`${stack.name}\` stack in **${stack.region}**`);
        expect(readme).toContain(stack.regionReason);
      }
      for (const step of [...steps.deploy(deployment), ...steps.destroy(deployment)])
        for (const command of step.commands) expect(readme).toContain(command);
    }
  });

  it('says the secret is referenced from Secrets Manager, never passed', () => {
    const secret = deploymentFor(fixture('secret-header')).originSecret;
    const readme = readmeOf('secret-header');
    expect(readme).toContain(
      `{{resolve:secretsmanager:${secret?.secretName}:SecretString:::\${${secret?.versionId.parameter}}}}`,
    );
    expect(readme).toContain(`--name ${secret?.secretName}`);
    // The only value passed is the version id, never the secret.
    expect(readme).toContain(`--parameter-overrides ${secret?.versionId.parameter}="$`);
    expect(readme).not.toMatch(/parameter-overrides.*(OriginVerifySecret|ORIGIN_VERIFY_SECRET)|NoEcho/);
    expect(readmeOf('seed')).not.toContain('secretsmanager');
  });
});
