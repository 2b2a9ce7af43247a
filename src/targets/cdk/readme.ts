import type { Deployment, PolicyRef } from '../../model';
import type { InfrastructureSteps, TargetStep } from '../types';
import { rotationSteps } from '../emit/origin-secret-rotation';
import { NAG_RULES } from './build-acknowledgments';
import { CDK_APP_VERSIONS, CDK_NAG_VERSION } from './versions';

const CDK_CLOUDFRONT_DOC =
  'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudfront-readme.html';
const LAMBDA_OAC_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html';
const CDK_NAG_RULES_DOC = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';
const CDK_POLICY_VALIDATION_DOC = 'https://docs.aws.amazon.com/cdk/v2/guide/policy-validation-synthesis.html';
const DYNAMIC_REFERENCE_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html';

/** What the README says about the app's own files. */
export interface CdkReadmeFiles {
  language: 'TypeScript' | 'Python';
  /** e.g. `bin/app.ts` and `lib/stacks.ts`. */
  entry: string;
  stacks: string;
}

const policyName = (ref: PolicyRef | null): string =>
  ref === null ? 'none' : ref.kind === 'managed' ? ref.policy.name : `custom (${ref.key})`;

/** One line per thing the stacks create, from the model. */
function contents(deployment: Deployment): string[] {
  const { distribution, certificate } = deployment;
  const app = distribution.origins.find((origin) => origin.kind === 'custom');
  const lines = [
    `- A CloudFront distribution for ${distribution.aliases.join(', ')} (viewers on HTTP are redirected to HTTPS).`,
    `- Default behaviour: Django at \`${app?.kind === 'custom' ? app.domainName : ''}\`, cache policy ${policyName(distribution.defaultBehavior.cachePolicy)}, origin request policy ${policyName(distribution.defaultBehavior.originRequestPolicy)}.`,
    ...distribution.additionalBehaviors.map(
      (behavior) =>
        `- \`${behavior.pathPattern}\` → ${behavior.originId === 'App' ? 'Django' : `the ${behavior.originId} bucket`}, cache policy ${policyName(behavior.cachePolicy)}.`,
    ),
  ];
  if (deployment.viewerRequestFunction !== null)
    lines.push(`- The CloudFront Function \`${deployment.viewerRequestFunction.name}\` (viewer request).`);
  for (const policy of deployment.cachePolicies)
    lines.push(`- The cache policy \`${policy.name}\`: ${policy.comment}.`);
  if (deployment.responseHeadersPolicy !== null)
    lines.push(`- The response headers policy \`${deployment.responseHeadersPolicy.name}\`.`);
  for (const bucket of deployment.buckets)
    lines.push(
      `- A private S3 bucket for ${bucket.purpose} (output \`${bucket.key}BucketName\`), read only by CloudFront through the origin access control \`${deployment.originAccessControls.find((control) => control.key === bucket.key)?.name ?? ''}\`; kept when the stack is deleted.`,
    );
  lines.push(
    certificate.kind === 'existing'
      ? `- No certificate: the distribution uses \`${certificate.arn}\`.`
      : `- An ACM certificate for ${[certificate.domainName, ...certificate.subjectAlternativeNames].join(', ')}, validated by DNS in ${deployment.hostedZone?.name ?? 'the hosted zone'}.`,
  );
  if (deployment.dnsRecords.length > 0)
    lines.push(
      `- Route 53 alias records (${[...new Set(deployment.dnsRecords.map((record) => record.type))].join(' and ')}) in ${deployment.hostedZone?.name ?? 'the hosted zone'}.`,
    );
  if (deployment.privateOrigin !== null) {
    const { vpcOrigin, ingress } = deployment.privateOrigin;
    lines.push(
      `- The VPC origin \`${vpcOrigin.name}\` to \`${vpcOrigin.endpointArn}\` (${vpcOrigin.protocolPolicy}, port ${vpcOrigin.protocolPolicy === 'https-only' ? vpcOrigin.httpsPort : vpcOrigin.httpPort})${ingress === null ? '' : `, and the rule that lets CloudFront's origin-facing servers into \`${ingress.securityGroupId}\``}.`,
    );
  }
  if (deployment.lambdaPermissions.length > 0)
    lines.push(
      `- The origin access control \`${deployment.originAccessControls.find((control) => control.key === 'LambdaUrl')?.name ?? ''}\` and CloudFront's ${deployment.lambdaPermissions.map((permission) => `\`${permission.action}\``).join(' and ')} permissions on the function, for this distribution only (${LAMBDA_OAC_DOC}). The function is not part of this app: its URL's auth type must be ${deployment.lambdaPermissions.map((permission) => permission.functionUrlAuthType).find((type) => type !== null) ?? 'AWS_IAM'}.`,
    );
  return lines;
}

function stepText(step: TargetStep): string {
  return [
    `### ${step.title}`,
    '',
    '```sh',
    ...step.commands,
    '```',
    ...step.notes.flatMap((note) => ['', note]),
    '',
  ].join('\n');
}

function privateOriginSection(deployment: Deployment): string[] {
  const privateOrigin = deployment.privateOrigin;
  if (privateOrigin === null) return [];
  return [
    '## Before you deploy: the private origin',
    'The app creates the VPC origin; the load balancer or instance it points at, and its listener, are yours:',
    ...privateOrigin.prerequisites.map((item) => `- ${item}`),
    '',
  ];
}

function secretSection(deployment: Deployment): string[] {
  const secret = deployment.originSecret;
  if (secret === null) return [];
  return [
    '## Before you deploy: the origin secret',
    `CloudFront sends the \`${secret.headerName}\` header to Django with a value kept in AWS Secrets Manager: the`,
    `secret \`${secret.secretName}\` in ${secret.secretRegion}. The template holds only a dynamic reference to it`,
    `(\`{{resolve:secretsmanager:...}}\`), never the value (${DYNAMIC_REFERENCE_DOC}). Create it once:`,
    '```sh',
    `aws secretsmanager create-secret --region ${secret.secretRegion} --name ${secret.secretName} --secret-string "$(openssl rand -hex 32)"`,
    '```',
    'Django gets the value in its environment:',
    ...deployment.inputs.map(
      (input) => `- \`${input.name}\` (the secret's ${input.from.version} version): ${input.description}.`,
    ),
    '',
    `The reference names one version of the secret: the stack parameter \`${secret.versionId.parameter}\`, its`,
    `${secret.versionId.stage} version id, which the deploy commands read and pass. CloudFormation reads a dynamic`,
    'reference again only when the reference changes, so a new version id is what makes a rotation reach CloudFront.',
    '',
    '### Rotating it',
    '',
    ...rotationSteps(secret, deployment.inputs, 'Run the deploy commands below again.'),
    '',
  ];
}

/** How to run cdk-nag over the app, and each finding the stacks acknowledge with its reason. */
function securityReviewSection(deployment: Deployment, language: CdkReadmeFiles['language']): string[] {
  const run =
    language === 'TypeScript'
      ? [
          `npm install --save-dev cdk-nag@${CDK_NAG_VERSION}`,
          '# in bin/app.ts, before app.synth():',
          "#   import { AwsSolutionsChecks } from 'cdk-nag';",
          '#   cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app));',
        ]
      : [
          `pip install cdk-nag==${CDK_NAG_VERSION}`,
          '# in app.py, before app.synth():',
          '#   from cdk_nag import AwsSolutionsChecks',
          '#   cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))',
        ];
  const resource = (finding: Deployment['acceptedFindings'][number]): string =>
    finding.resource.of === 'distribution' ? 'the distribution' : `the ${finding.resource.bucket} bucket`;
  return [
    '## Security review (cdk-nag)',
    'cdk-nag’s AwsSolutions pack reports nothing unreviewed on these stacks. What it would flag and this setup',
    'accepts on purpose is acknowledged in the code (`cdk.Validations.of(...).acknowledge(...)`, CDK’s own API, so',
    `no extra dependency), each with its reason (${CDK_NAG_RULES_DOC}, ${CDK_POLICY_VALIDATION_DOC}):`,
    ...deployment.acceptedFindings.map(
      (finding) => `- \`${NAG_RULES[finding.check]}\` on ${resource(finding)}: ${finding.reason}`,
    ),
    '',
    'To run it yourself:',
    '```sh',
    ...run,
    '```',
    '',
  ];
}

/** The README of a CDK app, from the model and the target's steps. */
export function cdkReadme(deployment: Deployment, steps: InfrastructureSteps, files: CdkReadmeFiles): string {
  const firstOutput = deployment.outputs[0];
  return [
    `# CloudFront for ${deployment.distribution.aliases[0] ?? ''}: AWS CDK app (${files.language})`,
    '',
    `An AWS CDK v2 app (aws-cdk-lib ${CDK_APP_VERSIONS['aws-cdk-lib']}, pinned) for the CloudFront distribution in front of`,
    `your Django app. \`${files.entry}\` creates the stacks; \`${files.stacks}\` holds their resources.`,
    '',
    '## Stacks',
    ...deployment.stacks.map((stack) => `- \`${stack.name}\` in **${stack.region}**: ${stack.regionReason}.`),
    '',
    '## What it creates',
    ...contents(deployment),
    '',
    ...securityReviewSection(deployment, files.language),
    ...privateOriginSection(deployment),
    ...secretSection(deployment),
    '## Deploy',
    '',
    ...steps.deploy(deployment).map(stepText),
    '## Outputs',
    ...deployment.outputs.map((output) => `- \`${output.key}\`: ${output.description}.`),
    ...(firstOutput !== undefined
      ? ['', 'Read one with:', '```sh', steps.output(deployment, firstOutput.key), '```']
      : []),
    '',
    '## Remove',
    '',
    ...steps.destroy(deployment).map(stepText),
    `CDK CloudFront reference: ${CDK_CLOUDFRONT_DOC}`,
    '',
  ].join('\n');
}
