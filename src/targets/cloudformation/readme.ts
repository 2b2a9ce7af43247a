import type { DistributionPlan } from '../../model/legacy-plan';
import { DISTRIBUTION_ARN_PARAMETER, STACK_REGION, lambdaFunctionRegion } from './stack-region';

/** Shell-quotes a word for the README's commands (every value here is pattern-checked, this is belt and braces). */
const shellWord = (value: string) =>
  /^[A-Za-z0-9_./:=@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

export function cloudFormationReadme(
  plan: DistributionPlan,
  templateFile: string,
  permissionsFile: string | null,
): string {
  const stackName = `${plan.projectName}-cloudfront`;
  const overrides: string[] = [];
  if (plan.originSecretHeader !== null)
    overrides.push(`${plan.originSecretHeader.parameterName}="$ORIGIN_SECRET"`);
  const deploy = [
    'aws cloudformation deploy',
    `--template-file ${shellWord(templateFile)}`,
    `--stack-name ${shellWord(stackName)}`,
    `--region ${STACK_REGION}`,
    ...(overrides.length > 0 ? [`--parameter-overrides ${overrides.join(' ')}`] : []),
  ].join(' \\\n  ');
  const lines = [
    `# CloudFormation: CloudFront in front of Django (${plan.aliases.join(', ')})`,
    '',
    `\`${templateFile}\` creates the CloudFront distribution and everything it uses. Deploy it in`,
    `**${STACK_REGION}**: CloudFront only accepts ACM certificates from that region, whatever region Django runs in.`,
    '',
    '## Deploy',
    '',
    '```sh',
    ...(plan.originSecretHeader !== null
      ? [
          `# The secret CloudFront sends in ${plan.originSecretHeader.name}; give Django the same value.`,
          'ORIGIN_SECRET="$(openssl rand -hex 32)"',
        ]
      : []),
    deploy,
    '```',
    '',
  ];
  if (permissionsFile !== null) {
    const region = lambdaFunctionRegion(plan) ?? 'FUNCTION_REGION';
    lines.push(
      '## Let CloudFront invoke the function URL',
      '',
      `A Lambda permission must live in the function's region (${region}), so \`${permissionsFile}\` is a second`,
      'stack. Deploy it after the main stack, with the distribution ARN that stack outputs:',
      '',
      '```sh',
      `DISTRIBUTION_ARN="$(aws cloudformation describe-stacks --stack-name ${shellWord(stackName)} --region ${STACK_REGION} \\`,
      `  --query "Stacks[0].Outputs[?OutputKey=='DistributionArn'].OutputValue" --output text)"`,
      [
        'aws cloudformation deploy',
        `--template-file ${shellWord(permissionsFile)}`,
        `--stack-name ${shellWord(`${stackName}-lambda-permissions`)}`,
        `--region ${shellWord(region)}`,
        `--parameter-overrides ${DISTRIBUTION_ARN_PARAMETER}="$DISTRIBUTION_ARN"`,
      ].join(' \\\n  '),
      '```',
      '',
    );
  }
  lines.push(
    '## Parameters',
    '',
    ...(plan.certificate.kind === 'existing'
      ? ['- `CertificateArn`: defaults to the certificate entered in the wizard (us-east-1).']
      : ['- The certificate is created here and validated through DNS records in the hosted zone.']),
    ...(plan.dnsRecords !== null || plan.certificate.kind === 'create-dns-validated'
      ? ['- `HostedZoneId`: defaults to the hosted zone entered in the wizard.']
      : []),
    ...(plan.originSecretHeader !== null
      ? [
          `- \`${plan.originSecretHeader.parameterName}\` (NoEcho, no default): the value of ${plan.originSecretHeader.name}.`,
          '  Later deploys keep the previous value unless you pass a new one.',
        ]
      : []),
    '',
    '## After deploying',
    '',
    '- `DistributionDomainName` output: point your DNS at it if this stack does not create the Route 53 records.',
    ...plan.buckets.map(
      (bucket) =>
        `- \`${bucket.key}BucketName\` output: the bucket for ${bucket.purpose}; the bucket is kept if the stack is deleted.`,
    ),
    '',
    `\`aws cloudformation validate-template --template-body file://${templateFile} --region ${STACK_REGION}\` checks the`,
    'syntax against your account before deploying.',
    '',
  );
  return lines.join('\n');
}
