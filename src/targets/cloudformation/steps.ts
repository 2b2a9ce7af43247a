import type { Deployment, OutputKey, StackPlan } from '../../model';
import { stackOf } from '../../model';
import { upperSnakeCase } from '../../model/names';
import { prefixListIdCommand } from '../../model/private-origin';
import { secretVersionIdCommand, secretVersionNote } from '../emit/origin-secret-rotation';
import type { InfrastructureSteps, TargetStep } from '../types';
import { stackTemplates, templatePath } from './template';
import type { CloudFormationTemplate } from './template-types';

/** Shell-quotes a word (every value here is pattern-checked by the schema; this is belt and braces). */
const shellWord = (value: string) =>
  /^[A-Za-z0-9_./:=@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

const stackArguments = (stack: StackPlan) =>
  `--region ${shellWord(stack.region)} --stack-name ${shellWord(stack.name)}`;

/** The command that prints one output of the stack the model puts it in. */
export function outputCommand(deployment: Deployment, key: OutputKey): string {
  const output = deployment.outputs.find((candidate) => candidate.key === key);
  if (output === undefined) throw new Error(`The deployment has no ${key} output`);
  return (
    `aws cloudformation describe-stacks ${stackArguments(stackOf(deployment, output.stack))} ` +
    `--query "Stacks[0].Outputs[?OutputKey=='${key}'].OutputValue" --output text`
  );
}

/**
 * What `aws cloudformation deploy` must acknowledge for a template: IAM resources need a capability
 * (CAPABILITY_NAMED_IAM covers named and unnamed ones); nothing else these templates hold does.
 */
export function capabilitiesFor(template: CloudFormationTemplate): string[] {
  const iam = Object.values(template.Resources).some((resource) => resource.Type.startsWith('AWS::IAM::'));
  return iam ? ['CAPABILITY_NAMED_IAM'] : [];
}

function deployStack(deployment: Deployment, stack: StackPlan): TargetStep {
  const template = stackTemplates(deployment).get(stack.key);
  if (template === undefined) throw new Error(`No template for the ${stack.key} stack`);
  const reads = stack.reads.map((read) => ({
    parameter: read.output,
    variable: upperSnakeCase(read.output),
    output: read.output,
    from: stackOf(deployment, read.from),
  }));
  const lookups = stack.lookups.map((lookup) => ({
    parameter: lookup.key,
    variable: upperSnakeCase(lookup.key),
    command: prefixListIdCommand(lookup.region),
    lookup,
  }));
  const capabilities = capabilitiesFor(template);
  const secret = deployment.distribution.stack === stack.key ? deployment.originSecret : null;
  const overrides = [
    ...[...reads, ...lookups].map((item) => `${item.parameter}="$${item.variable}"`),
    ...(secret === null ? [] : [`${secret.versionId.parameter}="$${secret.versionId.shellVariable}"`]),
  ];
  const deploy = [
    'aws cloudformation deploy',
    stackArguments(stack),
    `--template-file ${shellWord(templatePath(deployment, stack.key))}`,
    ...(overrides.length > 0 ? [`--parameter-overrides ${overrides.join(' ')}`] : []),
    ...(capabilities.length > 0 ? [`--capabilities ${capabilities.join(' ')}`] : []),
    // Without it a re-run with nothing to change exits 255 ("No changes to deploy") and stops a script.
    '--no-fail-on-empty-changeset',
  ].join(' \\\n  ');
  return {
    title: `Deploy the ${stack.name} stack in ${stack.region}`,
    stacks: [stack.key],
    commands: [
      ...(secret === null ? [] : [secretVersionIdCommand(secret)]),
      ...reads.map((read) => `${read.variable}="$(${outputCommand(deployment, read.output)})"`),
      ...lookups.map((lookup) => `${lookup.variable}="$(${lookup.command})"`),
      deploy,
    ],
    notes: [
      `${stack.regionReason}.`,
      ...(secret === null ? [] : [secretVersionNote(secret)]),
      ...reads.map(
        (read) =>
          `Its \`${read.parameter}\` parameter is the ${read.from.name} stack's output, read just before.`,
      ),
      ...lookups.map(
        (lookup) =>
          `Its \`${lookup.parameter}\` parameter is ${lookup.lookup.description}: AWS keeps that list and its ID differs per region, so it is looked up just before.`,
      ),
    ],
  };
}

function deleteStack(deployment: Deployment, stack: StackPlan): TargetStep {
  const kept = deployment.buckets.filter((bucket) => bucket.stack === stack.key && bucket.retainOnDelete);
  return {
    title: `Delete the ${stack.name} stack in ${stack.region}`,
    stacks: [stack.key],
    commands: [
      `aws cloudformation delete-stack ${stackArguments(stack)}`,
      `aws cloudformation wait stack-delete-complete ${stackArguments(stack)}`,
    ],
    notes: kept.map(
      (bucket) =>
        `The ${bucket.key} bucket (${bucket.purpose}) is kept with its files: CloudFormation retains it.`,
    ),
  };
}

/** Each stack of the model deployed in the model's order, and every one deleted in its destroy order. */
export const cloudFormationSteps: InfrastructureSteps = {
  deploy: (deployment) =>
    deployment.deploySteps.flatMap((step) =>
      step.kind === 'deploy-stack' ? [deployStack(deployment, stackOf(deployment, step.stack))] : [],
    ),
  output: outputCommand,
  destroy: (deployment) =>
    deployment.destroySteps.flatMap((step) =>
      step.kind === 'destroy-stack' ? [deleteStack(deployment, stackOf(deployment, step.stack))] : [],
    ),
};
