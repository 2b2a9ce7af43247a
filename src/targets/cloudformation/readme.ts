import type { Deployment } from '../../model';
import type { TargetStep } from '../types';
import { DOCS } from '../../sources/doc-links';
import { rotationSteps } from '../emit/origin-secret-rotation';
import { cloudFormationSteps, outputCommand } from './steps';
import { templatePath } from './template';

/** Every value printed here is a schema-checked name (domain, stack, secret), so plain backticks quote it. */
const code = (value: string) => `\`${value}\``;

function stepSection(step: TargetStep): string[] {
  const notes = step.notes.length > 0 ? [...step.notes, ''] : [];
  return [`### ${step.title}`, '', '```sh', ...step.commands, '```', '', ...notes];
}

/** The folder README, written from the model: the stacks and their regions, the secret, the steps. */
export function cloudFormationReadme(deployment: Deployment): string {
  const { stacks, originSecret } = deployment;
  const lines = [
    `# CloudFormation: CloudFront in front of Django (${deployment.distribution.aliases.join(', ')})`,
    '',
    stacks.length === 1
      ? 'One template, one stack:'
      : `${stacks.length} templates, one stack each, deployed in this order:`,
    '',
    ...stacks.map(
      (stack) =>
        `- ${code(templatePath(deployment, stack.key))}: the ${code(stack.name)} stack in **${stack.region}**. ` +
        `${stack.description}. ${stack.regionReason}.`,
    ),
    '',
  ];
  if (originSecret !== null) {
    const { versionId } = originSecret;
    lines.push(
      '## The origin secret',
      '',
      `CloudFront sends ${code(originSecret.headerName)} to the app with a secret value that is in no file here: the`,
      `distribution refers to one version of the AWS Secrets Manager secret ${code(originSecret.secretName)}`,
      `(${originSecret.secretRegion}) with the dynamic reference`,
      `${code(`{{resolve:secretsmanager:${originSecret.secretName}:SecretString:::\${${versionId.parameter}}}}`)},`,
      `which CloudFormation resolves when it deploys. The ${code(versionId.parameter)} parameter is that version's id,`,
      `read by the deploy commands below. CloudFormation reads a secret again only when the reference changes`,
      `(${DOCS.secretVersionInDynamicReference.url}), so naming the version is what makes a rotation reach CloudFront.`,
      'Create the secret once, before the first deploy:',
      '',
      '```sh',
      `aws secretsmanager create-secret --region ${originSecret.secretRegion} --name ${originSecret.secretName} \\`,
      '  --secret-string "$(openssl rand -hex 32)"',
      '```',
      '',
      'Whoever may read the distribution’s configuration in CloudFront can see the value it sends.',
      '',
      '### Rotating it',
      '',
      ...rotationSteps(originSecret, deployment.inputs, 'Run the deploy commands below again.'),
      '',
    );
  }
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin !== null) {
    lines.push(
      '## The private origin (what the templates cannot do)',
      '',
      `${code(templatePath(deployment, 'main'))} creates the VPC origin ${code(privateOrigin.vpcOrigin.name)}; the`,
      'load balancer or instance it points at, and its listener, are yours. Before the first deploy:',
      '',
      ...privateOrigin.prerequisites.map((item) => `- ${item}`),
      '',
    );
  }
  lines.push('## Deploy', '', ...cloudFormationSteps.deploy(deployment).flatMap(stepSection));
  lines.push(
    '## Outputs',
    '',
    ...deployment.outputs.map((output) => `- ${code(output.key)}: ${output.description}.`),
    '',
    'Each one prints with, for example:',
    '',
    '```sh',
    outputCommand(deployment, 'DistributionDomainName'),
    '```',
    '',
  );
  lines.push(
    '## Delete',
    '',
    'Every stack, the last deployed first:',
    '',
    ...cloudFormationSteps.destroy(deployment).flatMap(stepSection),
  );
  const main = stacks[0];
  if (main !== undefined) {
    lines.push(
      `${code(`aws cloudformation validate-template --region ${main.region} --template-body file://${templatePath(deployment, main.key)}`)}`,
      'checks a template against your account before deploying.',
      '',
    );
  }
  return lines.join('\n');
}
