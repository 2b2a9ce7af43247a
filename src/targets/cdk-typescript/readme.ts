import type { DistributionPlan, PolicyRef } from '../../model/legacy-plan';
import { ORIGIN_SECRET_ENV_VAR } from '../../model/django-settings';
import { cdkAppNames } from './names';
import { CERTIFICATE_REGION, cdkStackLayout } from './stack-layout';
import { CDK_APP_VERSIONS } from './versions';

const CERT_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html';
const CDK_CLOUDFRONT_DOC =
  'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cloudfront-readme.html';
const LAMBDA_OAC_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html';
const BOOTSTRAP_DOC = 'https://docs.aws.amazon.com/cdk/v2/guide/bootstrapping.html';

function regionSection(plan: DistributionPlan): string {
  const layout = cdkStackLayout(plan);
  const names = cdkAppNames(plan);
  const intro = `CloudFront distributions, CloudFront Functions and CloudFront policies are global resources: a stack in
any region can create them. Two things tie a stack to a region: an ACM certificate for CloudFront must be in
**${CERTIFICATE_REGION}** (${CERT_DOC}), and a Lambda permission is created in the function's own region.`;
  if (layout.lambdaPermissionRegion !== null) {
    return `${intro}

This app creates the certificate **and** grants CloudFront access to a function in ${layout.lambdaPermissionRegion},
so it has two stacks: \`${names.stackId}\` in ${CERTIFICATE_REGION} (certificate, distribution and everything else)
and \`${names.lambdaPermissionStackId}\` in ${layout.lambdaPermissionRegion} (the two Lambda permissions). The
distribution ARN crosses regions through \`crossRegionReferences\` (SSM parameters that CDK manages); the
certificate stays in the main stack so that adding a domain name later can replace it. Bootstrap both regions
(the command above lists them).`;
  }
  if (plan.certificate.kind === 'create-dns-validated') {
    return `${intro}

This stack creates the certificate, so \`bin/app.ts\` pins it to ${CERTIFICATE_REGION}.`;
  }
  if (layout.mainRegion !== null) {
    return `${intro}

This stack grants CloudFront access to a Lambda function in ${layout.mainRegion}, so \`bin/app.ts\` pins it there.
The certificate is an existing one (its ARN must be in ${CERTIFICATE_REGION}).`;
  }
  return `${intro}

This stack uses an existing certificate (its ARN must be in ${CERTIFICATE_REGION}), so it deploys to any region: the
CLI's default (\`AWS_REGION\` or your profile's region).`;
}

/** One line per thing the stack creates, so the README says what `cdk deploy` will make. */
function contentsList(plan: DistributionPlan): string {
  const policyName = (ref: PolicyRef | null): string =>
    ref === null ? 'none' : ref.kind === 'managed' ? ref.policy.name : `custom (${ref.key})`;
  const behavior = plan.defaultBehavior;
  const lines = [
    `- A CloudFront distribution for ${plan.aliases.join(', ')} (HTTPS only: viewers are redirected from HTTP).`,
    `- Default behaviour (Django at \`${plan.origins[0]?.kind === 'https' ? plan.origins[0].domainName : ''}\`): all methods, cache policy ${policyName(behavior.cachePolicy)}, origin request policy ${policyName(behavior.originRequestPolicy)}.`,
    ...plan.additionalBehaviors.map(
      (extra) =>
        `- \`${extra.pathPattern}\` → ${extra.originId === 'App' ? 'Django' : `an S3 bucket (${extra.originId})`}, cache policy ${policyName(extra.cachePolicy)}.`,
    ),
  ];
  if (plan.viewerRequestFunction) {
    lines.push(
      `- The CloudFront Function \`${plan.viewerRequestFunction.name}\` (viewer-request: Host → X-Forwarded-Host).`,
    );
  }
  lines.push(
    plan.certificate.kind === 'existing'
      ? `- No certificate: it uses \`${plan.certificate.arn}\`.`
      : `- An ACM certificate for ${[plan.certificate.domainName, ...plan.certificate.subjectAlternativeNames].join(', ')}, validated by DNS in ${plan.certificate.hostedZoneName}.`,
  );
  if (plan.dnsRecords) {
    lines.push(
      `- Route 53 alias records (A${plan.dnsRecords.ipv6 ? ' and AAAA' : ''}) in ${plan.dnsRecords.hostedZoneName}.`,
    );
  }
  return lines.join('\n');
}

export function cdkReadme(plan: DistributionPlan): string {
  const layout = cdkStackLayout(plan);
  const bootstrapRegions = layout.lambdaPermissionRegion
    ? `aws://ACCOUNT-ID/${CERTIFICATE_REGION} aws://ACCOUNT-ID/${layout.lambdaPermissionRegion}`
    : layout.mainRegion !== null
      ? `aws://ACCOUNT-ID/${layout.mainRegion}`
      : '';
  const secret = plan.originSecretHeader;
  const stackId = cdkAppNames(plan).stackId;
  const deploy = secret
    ? `npx cdk deploy --all --parameters ${stackId}:${secret.parameterName}="$ORIGIN_SECRET"`
    : 'npx cdk deploy --all';
  const secretSetup = secret
    ? 'export ORIGIN_SECRET="$(openssl rand -hex 32)"   # keep it: Django needs it too\n'
    : '';
  return `# CloudFront for ${plan.aliases[0]}: AWS CDK app (TypeScript)

A complete AWS CDK v2 app (aws-cdk-lib ${CDK_APP_VERSIONS['aws-cdk-lib']}, pinned) for the CloudFront
distribution in front of your Django app: ${plan.aliases.join(', ')}.

## What it creates
${contentsList(plan)}

## Deploy
\`\`\`sh
npm install
npx cdk bootstrap ${bootstrapRegions}   # once per account and region
${secretSetup}${deploy}
\`\`\`
\`cdk.json\` runs the app with \`npx tsx bin/app.ts\` (tsx is a devDependency; no compile step). \`npm run build\`
type-checks it; \`npx cdk synth\` prints the CloudFormation template without deploying.
Bootstrapping: ${BOOTSTRAP_DOC}
${
  secret
    ? `
## The origin secret
\`${secret.parameterName}\` is a NoEcho CloudFormation parameter (at least 32 characters). CloudFront sends it to the
origin in the \`${secret.name}\` header. Give Django the same value in the \`${ORIGIN_SECRET_ENV_VAR}\` environment
variable, so its middleware refuses requests that bypass CloudFront. Store it (Secrets Manager or SSM), since
CloudFormation never shows it. Later \`cdk deploy\` runs keep the previous value (\`--previous-parameters\` is on by
default); pass \`--parameters\` again only to rotate it, and update Django at the same time.
`
    : ''
}
## Region
${regionSection(plan)}
${
  plan.lambdaOriginAccess
    ? `
## Lambda function URL with origin access control
The function is not part of this app: set its function URL's auth type to \`AWS_IAM\`. The stack grants
\`cloudfront.amazonaws.com\` both \`lambda:InvokeFunctionUrl\` and \`lambda:InvokeFunction\` on
\`${plan.lambdaOriginAccess.functionArn}\`, limited to this distribution (Lambda asks for both since October 2025).
With OAC, browsers' POST/PUT bodies need an \`x-amz-content-sha256\` header: ${LAMBDA_OAC_DOC}
`
    : ''
}${
    plan.buckets.length > 0
      ? `
## S3 buckets
${plan.buckets.map((bucket) => `- \`${bucket.key}Bucket\`: ${bucket.purpose}; its name is the \`${bucket.key}BucketName\` output.`).join('\n')}
They are private (origin access control) and kept when the stack is deleted (\`RemovalPolicy.RETAIN\`).
`
      : ''
  }${
    plan.loggingBucket
      ? `
## Access logs
Standard logs go to the existing bucket \`${plan.loggingBucket}\`; it must have ACLs enabled (object ownership
"Bucket owner preferred") for CloudFront to write to it.
`
      : ''
  }
## Outputs
\`DistributionDomainName\` (the \`*.cloudfront.net\` name${plan.dnsRecords ? '' : ': point your DNS names at it'}) and
\`DistributionId\`.

CDK CloudFront reference: ${CDK_CLOUDFRONT_DOC}
`;
}
