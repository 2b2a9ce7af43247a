import { presentOfKind, stepRef, type ReadmeContext } from './context';
import { mdBlock, mdInline, mdTable } from './markdown';
import { readInputCommand } from './secret';

/** Configuring Django: the application targets' files, and the environment variables from the deploy inputs. */
export function djangoStep(
  context: ReadmeContext,
  number: number,
  originVerify: 'now' | 'later' | 'none',
): string {
  const { deployment, stepNumber } = context;
  const applications = presentOfKind(context, 'application');
  const dnsByStack = deployment.dnsRecords.length > 0;
  const files = applications.map((present) => {
    const readme = present.files.find((file) => file.path === `${present.target.folder}/README.md`);
    const list = present.files
      .filter((file) => file !== readme)
      .map((file) => `- ${mdInline(file.path)}`)
      .join('\n');
    return [
      `Add these files to your Django project as described in them${readme === undefined ? '' : ` and in ${mdInline(readme.path)}`}, then deploy your app as you usually do:`,
      list,
    ].join('\n\n');
  });
  const order =
    stepNumber.stacks === undefined
      ? ''
      : dnsByStack
        ? `Do this before the stacks (${stepRef(stepNumber.stacks)}): they create the DNS records, so the first request through CloudFront must already find these settings.` +
          (originVerify === 'later'
            ? ' Leave the origin-verify middleware out of `MIDDLEWARE` for now: CloudFront sends the secret only once the stack is deployed, and the check is turned on in a later step.'
            : '')
        : deployment.originSecret !== null
          ? `Do this after the stacks (${stepRef(stepNumber.stacks)}): Django starts refusing requests without CloudFront’s header only once CloudFront sends it.`
          : '';
  return [
    `### ${number}. Django settings`,
    applications.length === 0 ? 'No Django files were generated in this bundle.' : files.join('\n\n'),
    environmentVariables(context),
    order,
    dnsByStack
      ? ''
      : 'Then check through CloudFront before DNS changes (see **Verify** below, “before changing DNS”).',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function environmentVariables(context: ReadmeContext): string {
  const inputs = context.deployment.inputs;
  if (inputs.length === 0) return 'The settings need no secret or environment variable from you.';
  return [
    'Django reads these environment variables; their values live in AWS Secrets Manager, never in this bundle:',
    mdTable(
      ['Variable', 'Value', 'What'],
      inputs.map((input) => [
        mdInline(input.name),
        `${mdInline(input.from.secretsManager)} (${input.from.version}, ${input.from.region})`,
        input.description,
      ]),
    ),
    'Give them to Django the way your platform passes secrets (e.g. Lambda or ECS environment from Secrets ' +
      'Manager); in a shell, for a deploy script or a check:',
    mdBlock(
      'sh',
      inputs
        .map((input) =>
          input.from.version === 'AWSPREVIOUS'
            ? `# only once the secret has been rotated (there is no previous value before):\n${readInputCommand(input)}`
            : readInputCommand(input),
        )
        .join('\n'),
    ),
  ].join('\n\n');
}
