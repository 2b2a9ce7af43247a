import { CLOUDFRONT_HOSTED_ZONE_ID } from '../../model/aws-constants';
import type { OriginSecretPlan, StackKey } from '../../model';
import { presentOfKind, stackLabel, stepRef, type ReadmeContext } from './context';
import { deployBlocks, type DeployBlock } from './deploy-blocks';
import { djangoStep } from './django-step';
import { mdBlock, mdInline, mdTable } from './markdown';
import { rotationSteps } from '../../targets/emit/origin-secret-rotation';
import { createSecretCommand } from './secret';
import { outputVariable } from './shell';
import { keptOutputsMarkdown, stepsFor, stepsInFolderReadme, targetStepsMarkdown } from './target-steps';
import { uploadStep } from './upload-step';

/** "Deploy, in this order": the model's deploy steps, numbered, each printed by the targets that do it. */
export function deploySection(context: ReadmeContext): string {
  const blocks = deployBlocks(context.deployment.deploySteps);
  return [
    '## Deploy, in this order',
    beforeYouStart(context),
    ...blocks.map((block, index) => blockSection(context, block, index + 1)),
  ].join('\n\n');
}

function blockSection(context: ReadmeContext, block: DeployBlock, number: number): string {
  switch (block.kind) {
    case 'secret':
      return secretStep(context, block.secret, number);
    case 'stacks':
      return stacksStep(context, block.stacks, block.first, number);
    case 'django':
      return djangoStep(context, number, block.originVerify);
    case 'origin-verify':
      return originVerifyStep(context, number);
    case 'upload':
      return uploadStep(context, block.buckets, number);
    case 'dns':
      return dnsStep(context, block.managedByStack, number);
  }
}

/** Turning on the secret check once CloudFront sends the secret (when the stack moved DNS before it could). */
function originVerifyStep(context: ReadmeContext, number: number): string {
  const header = context.deployment.originSecret?.headerName ?? 'the secret header';
  return [
    `### ${number}. Turn on the origin secret check`,
    `CloudFront now sends ${mdInline(header)} on every request to the origin. Add the origin-verify middleware ` +
      'first in `MIDDLEWARE` (as the Django README says) and deploy Django again: from then on a request that ' +
      'goes round CloudFront is refused with 403.',
  ].join('\n\n');
}

/** What the bundle cannot create for a private origin: the load balancer or instance, its listener (and rule). */
function privateOriginPrerequisites(context: ReadmeContext): string[] {
  const privateOrigin = context.deployment.privateOrigin;
  if (privateOrigin === null) return [];
  return [
    `**The private origin:** the stacks create the VPC origin ${mdInline(privateOrigin.vpcOrigin.name)}; what it ` +
      'points at is yours, and must be ready first:',
    privateOrigin.prerequisites.map((item) => `- ${item}`).join('\n'),
  ];
}

function beforeYouStart(context: ReadmeContext): string {
  return [beforeYouStartCertificate(context), ...privateOriginPrerequisites(context)].join('\n\n');
}

function beforeYouStartCertificate(context: ReadmeContext): string {
  const { certificate, hostedZone, distribution } = context.deployment;
  const names = distribution.aliases.map(mdInline).join(', ');
  const intro =
    '**Before you start:** the AWS CLI (v2) with credentials for the account. CloudFront is global, but it only ' +
    'accepts certificates from us-east-1, so the distribution’s stack goes there whatever region Django runs in.';
  if (certificate.kind === 'existing') {
    return [
      intro,
      `The certificate must be **ISSUED**, in us-east-1, and cover every name: ${names}.`,
      mdBlock(
        'sh',
        `aws acm describe-certificate --region us-east-1 \\\n  --certificate-arn ${certificate.arn} \\\n` +
          `  --query 'Certificate.{Status:Status,Names:SubjectAlternativeNames}'`,
      ),
    ].join('\n\n');
  }
  const zone = hostedZone ?? { id: '', name: '' };
  return [
    intro,
    `The stack requests the certificate for ${names} and validates it with DNS records in the hosted zone ` +
      `${mdInline(zone.name)} (${mdInline(zone.id)}). That zone must be the one the domain’s registrar delegates ` +
      'to, or validation never completes and the deploy waits. Check the delegation:',
    mdBlock(
      'sh',
      `dig +short NS ${zone.name}\naws route53 get-hosted-zone --id ${zone.id} --query 'DelegationSet.NameServers'`,
    ),
  ].join('\n\n');
}

function secretStep(context: ReadmeContext, secret: OriginSecretPlan, number: number): string {
  const current = context.deployment.inputs.find((input) => input.key === 'originSecret');
  return [
    `### ${number}. The origin secret`,
    `CloudFront sends it in ${mdInline(secret.headerName)} on every request to the origin, and Django refuses ` +
      `requests without it. Make it **once**, in AWS Secrets Manager (${secret.secretRegion}, beside the stack that ` +
      'reads it): the stacks and Django read it from there, so it is in no template and no file of this bundle.',
    mdBlock('sh', createSecretCommand(secret)),
    'Run this once: from then on the secret keeps its value (a second run fails because the secret exists).' +
      (current === undefined
        ? ''
        : ` Django gets it as ${mdInline(current.name)} (${stepRef(context.stepNumber.django)}).`),
    `The stacks refer to one **version** of the secret: each deploy command below first reads the id of its ` +
      `${secret.versionId.stage} version into ${mdInline(`$${secret.versionId.shellVariable}`)} and passes it ` +
      '(a stack reads a secret again only when that reference changes).',
    `**Rotating it later**, with no refused request:\n\n${rotationSteps(
      secret,
      context.deployment.inputs,
      `Run ${stepRef(context.stepNumber.stacks)} (the stacks) again.`,
    ).join('\n')}`,
  ].join('\n\n');
}

function stacksStep(context: ReadmeContext, stacks: StackKey[], first: boolean, number: number): string {
  const { deployment } = context;
  const plans = deployment.stacks.filter((stack) => stacks.includes(stack.key));
  const infrastructure = presentOfKind(context, 'infrastructure');
  const where =
    plans.length === 1
      ? `The stack ${stackLabel(deployment, plans[0]!.key)}: ${plans[0]!.regionReason}.`
      : [
          'These stacks, in this order:',
          plans
            .map((stack) => {
              const reads = stack.reads.map(
                (read) => ` It reads ${mdInline(read.output)} from ${stackLabel(deployment, read.from)}.`,
              );
              return `- ${stackLabel(deployment, stack.key)}: ${stack.regionReason}.${reads.join('')}`;
            })
            .join('\n'),
        ].join('\n\n');
  const dnsByStack = deployment.dnsRecords.length > 0;
  const pick =
    `Pick **one** of these folders: they create the same ${plans.length === 1 ? 'stack' : 'stacks'}` +
    `${infrastructure.length === 0 ? ' (none was generated in this bundle)' : ''}.` +
    (dnsByStack
      ? ` ${stackLabel(deployment, 'main')} also creates the DNS records, so traffic moves to CloudFront as soon as it is deployed: ` +
        `the Django settings (${stepRef(context.stepNumber.django)}) come first, and note the names’ current ` +
        'records in case you roll back.'
      : '');
  const folders = infrastructure.map((present) => {
    const steps = present.target.steps;
    const body =
      steps === undefined
        ? stepsInFolderReadme(deployment, present, 'deploy', stacks)
        : targetStepsMarkdown(stepsFor(steps.deploy(deployment), stacks, first));
    return [
      `#### ${present.target.label} (${mdInline(`${present.target.folder}/`)})`,
      body,
      keptOutputsMarkdown(deployment, present),
    ].join('\n\n');
  });
  const built = presentOfKind(context, 'function').map(
    (present) =>
      `${mdInline(`${present.target.folder}/`)} (${present.target.label}) has no step of its own: every ` +
      'infrastructure folder creates, publishes and attaches the same code. It is there to read and test.',
  );
  return [
    `### ${number}. ${plans.length === 1 ? 'The CloudFront stack' : 'The stacks'}`,
    where,
    pick,
    ...folders,
    ...built,
  ].join('\n\n');
}

function dnsStep(context: ReadmeContext, managedByStack: boolean, number: number): string {
  const { deployment } = context;
  const zone = deployment.hostedZone;
  const types = deployment.distribution.ipv6 ? 'A, AAAA' : 'A';
  if (managedByStack) {
    return [
      `### ${number}. DNS`,
      `Done by the stack: alias records (${types}) for ${deployment.distribution.aliases.map(mdInline).join(', ')} ` +
        `in ${mdInline(zone?.name ?? '')}. Check: ${mdInline(`dig +short ${deployment.distribution.aliases[0] ?? ''}`)}.`,
    ].join('\n\n');
  }
  const target = `$${outputVariable('DistributionDomainName')}`;
  return [
    `### ${number}. DNS, last`,
    `Note each name’s current records first (to roll back), then point every name at the distribution’s domain ` +
      `name (${mdInline(target)}, kept in ${stepRef(context.stepNumber.stacks)}):`,
    mdTable(
      ['Name', 'Record'],
      deployment.distribution.aliases.map((name) => [
        mdInline(name),
        `Route 53 alias ${deployment.distribution.ipv6 ? 'A and AAAA' : 'A'} to the distribution (alias hosted zone ` +
          `${mdInline(CLOUDFRONT_HOSTED_ZONE_ID)}), or elsewhere a CNAME to \`d…cloudfront.net\` (not possible at a zone apex)`,
      ]),
    ),
    'Lower the old records’ TTL a day ahead to make the switch (and a rollback) quick.',
  ].join('\n\n');
}
