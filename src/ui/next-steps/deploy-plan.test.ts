import { describe, expect, it } from 'vitest';
import { parseConfig, type ConfigInput } from '../../config/schema';
import { deploymentFor } from '../../model';
import { TARGETS, targetById } from '../../targets';
import { nextStepsFor } from './deploy-plan';

const deployment = (input: ConfigInput) => {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return deploymentFor(parsed.data);
};

describe('nextStepsFor', () => {
  it('follows the model’s deploy order, with the chosen target’s own commands for the stacks', () => {
    const protectedSite = deployment({ originProtection: { secretHeader: true } });
    const terraform = nextStepsFor(protectedSite, targetById('terraform'));
    expect(terraform.map((step) => step.title)).toEqual([
      'Create the origin secret, once',
      'Deploy the stack with Terraform',
      'Deploy Django with the new settings',
      'Point your domain at CloudFront, last',
    ]);
    const terraformLines = terraform[1]!.commands.flatMap((group) => group.lines).join('\n');
    expect(terraformLines).toContain('terraform apply');
    const cdk = nextStepsFor(protectedSite, targetById('cdk-typescript'))[1]!.commands.flatMap(
      (g) => g.lines,
    );
    expect(cdk.join('\n')).toMatch(/aws-cdk@[\d.]+ deploy/);
    expect(terraform[0]!.commands[0]!.lines[0]).toMatch(/^aws secretsmanager create-secret /);
  });

  it('covers every stack of the model, and says when the stack writes DNS', () => {
    const withZone = deployment({
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' },
      staticFiles: { source: 's3' },
    });
    for (const target of TARGETS.filter((candidate) => candidate.steps !== undefined)) {
      const steps = nextStepsFor(withZone, target);
      expect(steps.at(-1)?.title).toBe('DNS: done by the stack');
      expect(steps.some((step) => step.title === 'Upload the files to their buckets')).toBe(true);
      const text = steps.flatMap((step) => step.text).join(' ');
      for (const stack of withZone.stacks) expect(text, target.id).toContain(stack.name);
    }
  });
});
