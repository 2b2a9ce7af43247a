import type { Deployment } from '../../model';
import { snakeCase } from '../../model/names';
import { outputName, providerAlias } from './names';
import { INVOKED_VIA_FUNCTION_URL_PROVIDER } from './lambda-permissions-tf';
import { rotationSteps } from '../emit/origin-secret-rotation';
import { terraformSteps } from './steps';
import { AWS_PROVIDER_VERSION, TERRAFORM_VERSION, awsProviderVersion } from './versions-tf';

/** The folder's README, from the model: files, providers per stack, deploy and destroy, the secret, outputs. */

const STATE_DOC = 'https://developer.hashicorp.com/terraform/language/manage-sensitive-data';
const FUNCTION_URL_AUTH_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';
const PROVIDER_CHANGE = 'https://github.com/hashicorp/terraform-provider-aws/pull/44858';
const TLS_PROVIDER_ISSUE = 'https://github.com/hashicorp/terraform-provider-aws/issues/44756';

const code = (text: string) => `\`${text}\``;
const shell = (commands: string[]) => ['```sh', ...commands, '```'];

function secretSection(deployment: Deployment): string[] {
  const secret = deployment.originSecret;
  if (secret === null) return [];
  const django = deployment.inputs.map((input) => code(input.name)).join(' and ');
  return [
    '## The origin secret',
    '',
    `CloudFront sends ${code(secret.headerName)} to the app origin with the value of the AWS Secrets Manager secret`,
    `${code(secret.secretName)} (${secret.secretRegion}). No file here holds the value: the data source`,
    `${code('aws_secretsmanager_secret_version')} reads it at every plan. Create the secret before the first plan.`,
    '',
    'The provider marks the value sensitive, so plans do not print it, but **Terraform stores it in the state**',
    `(and in the saved plan ${code('tfplan')}). Treat both as secrets (${STATE_DOC}):`,
    '',
    `- keep ${code('terraform.tfstate')} and ${code('tfplan')} out of git (${code('.gitignore')} here does), and delete ${code('tfplan')} after ${code('apply')};`,
    `- better, add a remote backend before ${code('init')}: the S3 backend with ${code('encrypt = true')}, in a bucket only the deployers can read.`,
    '',
    `The data source reads the version ${code(`var.${secret.versionId.variable}`)} names, so a new value reaches CloudFront`,
    `when a plan passes its version id: after ${code('put-secret-value')}, nothing changes until step 3. Django reads ${django}.`,
    '',
    '### Rotating it',
    '',
    ...rotationSteps(
      secret,
      deployment.inputs,
      'Run the deploy commands above again (`plan` shows the distribution’s custom header changing, value hidden).',
    ),
    '',
  ];
}

function lambdaSection(deployment: Deployment): string[] {
  if (deployment.lambdaPermissions.length === 0) return [];
  const limited = deployment.lambdaPermissions.filter((permission) => permission.invokedViaFunctionUrl);
  return [
    '## Lambda permissions',
    '',
    `${code('lambda-permissions.tf')} grants CloudFront ${deployment.lambdaPermissions.map((p) => code(p.action)).join(' and ')}`,
    `on the function (both are needed for a function URL: ${FUNCTION_URL_AUTH_DOC}), each only for this distribution.`,
    ...(limited.length === 0
      ? []
      : [
          '',
          `hashicorp/aws 5.x has no ${code('invoked_via_function_url')} argument (it arrived in ${INVOKED_VIA_FUNCTION_URL_PROVIDER},`,
          `${PROVIDER_CHANGE}), so the ${code('lambda:InvokeFunction')} grant here is not limited to calls through the`,
          `function URL. With hashicorp/aws ${INVOKED_VIA_FUNCTION_URL_PROVIDER} or newer, add ${code('invoked_via_function_url = true')} to`,
          `${limited.map((permission) => code(`aws_lambda_permission.${snakeCase(permission.key)}`)).join(', ')}; that version is not validated here.`,
        ]),
    '',
  ];
}

function privateOriginSection(deployment: Deployment): string[] {
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin === null) return [];
  return [
    '## The private origin (what this module cannot do)',
    '',
    `${code('private-origin.tf')} creates the VPC origin ${code(privateOrigin.vpcOrigin.name)}; the load balancer or`,
    'instance it points at, and its listener, are yours. Before the first plan:',
    '',
    ...privateOrigin.prerequisites.map((item) => `- ${item}`),
    '',
  ];
}

function bucketSection(deployment: Deployment): string[] {
  if (deployment.buckets.length === 0) return [];
  return [
    '## S3 buckets',
    '',
    ...deployment.buckets.map(
      (bucket) =>
        `- ${code(outputName(`${bucket.key}BucketName`))}: private, for ${bucket.purpose}; policy statements ` +
        `${bucket.policy.map((statement) => code(statement.sid)).join(' and ')}.`,
    ),
    '',
    `The buckets keep your files: ${code('prevent_destroy')} stops a plain ${code('terraform destroy')},`,
    `and the destroy commands below make Terraform forget them first (${code('state rm')}), so they stay with their`,
    'files. Empty and delete them yourself when you no longer need them.',
    '',
  ];
}

/** `files`: each file of the folder (but this README) and what it holds. */
export function terraformReadme(deployment: Deployment, files: [string, string][]): string {
  const steps = terraformSteps;
  return [
    `# Terraform: CloudFront in front of Django (${deployment.distribution.aliases.join(', ')})`,
    '',
    ...(awsProviderVersion(deployment) === AWS_PROVIDER_VERSION
      ? [
          `A root module for the hashicorp/aws provider (${code(AWS_PROVIDER_VERSION)}; 6.x is not validated here) and`,
        ]
      : [
          `A root module for the hashicorp/aws provider ${code(awsProviderVersion(deployment))}: the viewer security policy`,
          `${code(deployment.distribution.minimumTlsVersion)} is refused by hashicorp/aws 5.x (its list of`,
          `${code('minimum_protocol_version')} values predates the 2025 policies; ${TLS_PROVIDER_ISSUE}), so the module`,
          'needs 6.x, which is not validated by the wizard’s own tests (they validate 5.100 with the 2021 policy in its',
          'place). Pick TLSv1.2_2021 in the wizard to stay on 5.x. And',
        ]),
    `Terraform ${code(TERRAFORM_VERSION)}. Every value is what you entered in the wizard` +
      (deployment.originSecret === null
        ? ': there are no variables to set.'
        : `; the one variable, ${code(deployment.originSecret.versionId.variable)}, is the origin secret's version id, which the deploy commands read and pass.`),
    '',
    '## Files',
    '',
    ...files.map(([name, purpose]) => `- ${code(name)}: ${purpose}.`),
    '',
    '## Deploy',
    '',
    'From the folder that holds this one:',
    '',
    ...steps
      .deploy(deployment)
      .flatMap((step) => [...shell(step.commands), '', ...step.notes.flatMap((note) => [note, ''])]),
    '## Providers: one per stack',
    '',
    ...deployment.stacks.map((stack) => {
      const alias = providerAlias(stack.key);
      return `- ${code(alias === null ? 'aws' : `aws.${alias}`)} in ${code(stack.region)}: ${stack.regionReason}.`;
    }),
    '',
    ...privateOriginSection(deployment),
    ...secretSection(deployment),
    ...lambdaSection(deployment),
    ...bucketSection(deployment),
    '## Managed policies: IDs, not data sources',
    '',
    `The AWS managed cache, origin request and response headers policies are referenced by ID (${code('local.managed_policy_ids')}`,
    `in ${code('main.tf')}, each named). AWS documents these IDs and they do not change; looking them up with a data source`,
    'would need AWS credentials for every plan and for `validate`-only pipelines, and buys nothing.',
    '',
    '## Outputs',
    '',
    ...deployment.outputs.map(
      (output) =>
        `- ${code(outputName(output.key))}: ${output.description} (${code(steps.output(deployment, output.key))}).`,
    ),
    '',
    '## Destroy',
    '',
    ...steps
      .destroy(deployment)
      .flatMap((step) => [...shell(step.commands), '', ...step.notes.flatMap((note) => [note, ''])]),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
