import type { Deployment, OutputKey } from '../../model';
import type { InfrastructureSteps, TargetStep } from '../types';
import { upperSnakeCase } from '../../model/names';
import { prefixListIdCommand } from '../../model/private-origin';
import { secretVersionIdCommand, secretVersionNote } from '../emit/origin-secret-rotation';
import { CDK_CLI } from './versions';

/** What differs between the TypeScript and the Python app when running it. */
export interface CdkAppRunner {
  /** The bundle folder of the app. */
  folder: string;
  /** The command that installs the app's dependencies, run in the app folder. */
  install: string;
  /** What comes before the CDK CLI in the app folder (e.g. activating the Python virtual environment). */
  cliPrefix: string;
}

/** A command run in the app folder, from the bundle root, without changing the caller's directory. */
const inApp = (runner: CdkAppRunner, command: string): string => `(cd ${runner.folder} && ${command})`;
const cdk = (runner: CdkAppRunner, args: string): string =>
  inApp(runner, `${runner.cliPrefix}${CDK_CLI} ${args}`);

const ACCOUNT = '$(aws sts get-caller-identity --query Account --output text)';

/** The regions of the model's stacks, each once, in deploy order. */
export const stackRegions = (deployment: Deployment): string[] => [
  ...new Set(deployment.stacks.map((stack) => stack.region)),
];

/** Values looked up in the account (a managed prefix list's ID), each for one stack's CfnParameter. */
const lookupsOf = (deployment: Deployment) =>
  deployment.stacks.flatMap((stack) =>
    stack.lookups.map((lookup) => ({ stack, lookup, variable: upperSnakeCase(lookup.key) })),
  );

/**
 * `cdk deploy --all` with the stacks' parameters: the origin secret's version id for the distribution's stack and
 * the looked-up values. The CLI matches the STACK part of `--parameters STACK:KEY=VALUE` against the stack's
 * CloudFormation name (aws-cdk's cdk-toolkit: `parameterMap[stack.stackName]`).
 */
function deployCommands(runner: CdkAppRunner, deployment: Deployment): string[] {
  const commands: string[] = [];
  const parameters: string[] = [];
  const secret = deployment.originSecret;
  if (secret !== null) {
    const stack = deployment.stacks.find((candidate) => candidate.key === deployment.distribution.stack);
    if (stack === undefined) throw new Error('The distribution has no stack');
    commands.push(secretVersionIdCommand(secret));
    parameters.push(`${stack.name}:${secret.versionId.parameter}="$${secret.versionId.shellVariable}"`);
  }
  for (const { stack, lookup, variable } of lookupsOf(deployment)) {
    commands.push(`${variable}="$(${prefixListIdCommand(lookup.region)})"`);
    parameters.push(`${stack.name}:${lookup.key}="$${variable}"`);
  }
  const flags = parameters.map((parameter) => ` --parameters ${parameter}`).join('');
  return [...commands, cdk(runner, `deploy --all${flags}`)];
}

/** Deploy, read an output and destroy, covering every stack of the model, with the pinned CDK CLI. */
export function cdkSteps(runner: CdkAppRunner): InfrastructureSteps {
  return {
    deploy(deployment): TargetStep[] {
      const stacks = deployment.stacks;
      const lookups = lookupsOf(deployment);
      return [
        {
          title: 'Install the app’s dependencies',
          stacks: [],
          commands: [inApp(runner, runner.install)],
          notes: ['The versions are pinned: they are the ones the wizard synthesizes the app with.'],
        },
        {
          title: `Bootstrap ${stackRegions(deployment).join(' and ')} (once per account and region)`,
          stacks: [],
          commands: [
            cdk(
              runner,
              `bootstrap ${stackRegions(deployment)
                .map((region) => `"aws://${ACCOUNT}/${region}"`)
                .join(' ')}`,
            ),
          ],
          notes: ['Bootstrapping: https://docs.aws.amazon.com/cdk/v2/guide/bootstrapping.html'],
        },
        {
          title: `Deploy ${stacks.map((stack) => `${stack.name} (${stack.region})`).join(', then ')}`,
          stacks: stacks.map((stack) => stack.key),
          commands: deployCommands(runner, deployment),
          notes: [
            ...stacks.flatMap((stack) =>
              stack.reads.map(
                (read) =>
                  `\`${stack.name}\` reads \`${read.output}\` from the ${read.from} stack (crossRegionReferences), so the CLI deploys it after that one.`,
              ),
            ),
            ...lookups.map(
              ({ stack, lookup }) =>
                `\`${stack.name}\` takes \`${lookup.key}\`: ${lookup.description}. Its ID differs per region, so it is looked up just before (\`ec2.PrefixList.fromLookup\` would do the same at synth time, but needs credentials for every synth).`,
            ),
            ...(deployment.originSecret === null ? [] : [secretVersionNote(deployment.originSecret)]),
          ],
        },
      ];
    },
    output(deployment, key: OutputKey): string {
      const output = deployment.outputs.find((candidate) => candidate.key === key);
      if (output === undefined) throw new Error(`The deployment has no output ${key}`);
      const stack = deployment.stacks.find((candidate) => candidate.key === output.stack);
      if (stack === undefined) throw new Error(`The deployment has no ${output.stack} stack`);
      return `aws cloudformation describe-stacks --region ${stack.region} --stack-name ${stack.name} --query "Stacks[0].Outputs[?OutputKey=='${key}'].OutputValue" --output text`;
    },
    destroy(deployment): TargetStep[] {
      const retained = deployment.buckets.filter((bucket) => bucket.retainOnDelete);
      return [
        {
          title: `Destroy ${[...deployment.stacks]
            .reverse()
            .map((stack) => stack.name)
            .join(', then ')}`,
          stacks: [...deployment.stacks].reverse().map((stack) => stack.key),
          commands: [cdk(runner, 'destroy --all')],
          notes:
            retained.length > 0
              ? [
                  `The ${retained.map((bucket) => `${bucket.key}`).join(' and ')} bucket${retained.length > 1 ? 's are' : ' is'} kept (RemovalPolicy.RETAIN): empty and delete ${retained.length > 1 ? 'them' : 'it'} yourself when the files are no longer needed.`,
                ]
              : [],
        },
      ];
    },
  };
}
