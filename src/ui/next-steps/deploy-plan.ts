import { keptOutputKeys } from '../../bundle/readme/context';
import { deployBlocks, type DeployBlock } from '../../bundle/readme/deploy-blocks';
import { createSecretCommand } from '../../bundle/readme/secret';
import { outputVariable } from '../../bundle/readme/shell';
import { stepsFor } from '../../bundle/readme/target-steps';
import type { Deployment } from '../../model';
import type { Target } from '../../targets/types';

/** One thing to do after the download, in the model's order; commands are the chosen target's own. */
export interface NextStep {
  title: string;
  /** Plain sentences; `code` in backticks. */
  text: string[];
  /** Groups of commands, each with its title and the target's notes (Markdown sentences). */
  commands: { title: string; lines: string[]; notes: string[] }[];
}

/** The deploy order of the model, each step worded for a person, the stacks deployed with `target`. */
export function nextStepsFor(deployment: Deployment, target: Target): NextStep[] {
  return deployBlocks(deployment.deploySteps).map((block) => stepOf(deployment, target, block));
}

function stepOf(deployment: Deployment, target: Target, block: DeployBlock): NextStep {
  switch (block.kind) {
    case 'secret':
      return {
        title: 'Create the origin secret, once',
        text: [
          `CloudFront sends it in \`${block.secret.headerName}\` and Django refuses requests without it. It lives ` +
            `in AWS Secrets Manager (${block.secret.secretRegion}), in no file of the download.`,
        ],
        commands: [{ title: 'Create it', lines: [createSecretCommand(block.secret)], notes: [] }],
      };
    case 'stacks': {
      const stacks = deployment.stacks.filter((stack) => block.stacks.includes(stack.key));
      const steps =
        target.steps === undefined
          ? []
          : stepsFor(target.steps.deploy(deployment), block.stacks, block.first);
      const outputs = target.steps;
      return {
        title: `Deploy ${stacks.length === 1 ? 'the stack' : 'the stacks'} with ${target.label}`,
        text: stacks.map((stack) => `\`${stack.name}\` in ${stack.region}: ${stack.regionReason}.`),
        commands: [
          ...steps.map((step) => ({ title: step.title, lines: step.commands, notes: step.notes })),
          ...(outputs === undefined || !block.first
            ? []
            : [
                {
                  title: 'Keep the outputs the next steps use',
                  lines: keptOutputKeys(deployment).map(
                    (key) => `export ${outputVariable(key)}="$(${outputs.output(deployment, key)})"`,
                  ),
                  notes: [],
                },
              ]),
        ],
      };
    }
    case 'django':
      return {
        title: 'Deploy Django with the new settings',
        text: [
          'Add `django/cloudfront_settings.py` to your project as `django/README.md` says, then deploy your app.',
          ...(deployment.inputs.length === 0
            ? []
            : [
                `Django reads ${deployment.inputs.map((input) => `\`${input.name}\``).join(' and ')} from the ` +
                  'environment: the values come from Secrets Manager (README.md has the commands).',
              ]),
          ...(block.originVerify === 'later'
            ? [
                'Leave the origin-verify middleware out for now: it is turned on once CloudFront sends the secret.',
              ]
            : []),
        ],
        commands: [],
      };
    case 'origin-verify':
      return {
        title: 'Turn on the origin secret check',
        text: [
          'CloudFront now sends the secret: add the origin-verify middleware first in `MIDDLEWARE` and deploy ' +
            'Django again. From then on a request that goes round CloudFront is refused.',
        ],
        commands: [],
      };
    case 'upload':
      return {
        title: 'Upload the files to their buckets',
        text: [
          'README.md has the `aws s3 sync` command for each bucket (the names come from the stack outputs).',
        ],
        commands: [],
      };
    case 'dns':
      return block.managedByStack
        ? {
            title: 'DNS: done by the stack',
            text: [`The stack wrote the alias records for ${deployment.distribution.aliases.join(', ')}.`],
            commands: [],
          }
        : {
            title: 'Point your domain at CloudFront, last',
            text: [
              `Note each name’s current records first (to roll back). Then point ${deployment.distribution.aliases.join(', ')} ` +
                `at the distribution’s name (\`$${outputVariable('DistributionDomainName')}\`): in Route 53 an alias ` +
                'record, elsewhere a CNAME (not possible for a bare domain such as example.com).',
            ],
            commands: [],
          };
  }
}
