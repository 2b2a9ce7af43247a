import type { Deployment } from '../../model';
import { rotationSteps } from '../emit/origin-secret-rotation';
import { originSecretInputsOf } from './read-deployment';

export const SECRET_DOCS = {
  stagingLabels:
    'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecretVersionStage.html',
  putSecretValue: 'https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/put-secret-value.html',
  dynamicReferences:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
  ecsSecrets:
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
  waitDeployed: 'https://docs.aws.amazon.com/cli/latest/reference/cloudfront/wait/distribution-deployed.html',
  compareDigest: 'https://docs.python.org/3/library/hmac.html#hmac.compare_digest',
};

/**
 * The README section on the origin secret: where Django's two environment variables get their values (the deploy
 * inputs of the model, from Secrets Manager), and the rotation steps in the one order that refuses no request.
 */
export function originSecretSection(deployment: Deployment): string[] {
  const inputs = originSecretInputsOf(deployment);
  const verify = deployment.django.originVerify;
  if (inputs === null || verify === null) return [];
  const { current, previous } = inputs;
  const secret = deployment.originSecret;
  if (secret === null) return [];
  const secretName = current.from.secretsManager;
  const region = current.from.region;
  const main = deployment.stacks.find((stack) => stack.key === 'main');
  return [
    '## The origin secret',
    '',
    `CloudFront sends \`${verify.headerName}\` with a secret value; \`origin_verify.py\` compares it in constant time (${SECRET_DOCS.compareDigest}) with two environment variables. The value is in no file of this bundle: it is the AWS Secrets Manager secret \`${secretName}\` in ${region}, created before the stacks (see the bundle README).`,
    '',
    '| Variable | Secrets Manager version | |',
    '|---|---|---|',
    `| \`${current.name}\` | \`${current.from.version}\` | Required: Django refuses to start without it. |`,
    `| \`${previous.name}\` | \`${previous.from.version}\` | The value before the last rotation, accepted too; unset except during a rotation. |`,
    '',
    'Where the values come from depends on how Django runs. Each way reads them when Django starts, so a new value needs a new start (a redeploy):',
    '',
    `- **Lambda** (behind API Gateway or a function URL): set the function's environment variables from the secret when you deploy it, e.g. the CloudFormation dynamic reference \`{{resolve:secretsmanager:${secretName}:SecretString::${current.from.version}}}\` (and, during a rotation, \`{{resolve:secretsmanager:${secretName}:SecretString::${previous.from.version}}}\` for \`${previous.name}\`). The value is then stored in the function's configuration, readable by anyone allowed \`lambda:GetFunctionConfiguration\`, and CloudFormation resolves it again only when it updates the function (${SECRET_DOCS.dynamicReferences}).`,
    `- **ECS** (behind a load balancer): in the container definition's \`secrets\`, \`{"name": "${current.name}", "valueFrom": "<secret ARN>"}\` and, during a rotation, \`{"name": "${previous.name}", "valueFrom": "<secret ARN>::${previous.from.version}:"}\` (the ARN: \`aws secretsmanager describe-secret --secret-id ${secretName} --region ${region} --query ARN --output text\`). ECS reads them when a task starts, so force a new deployment after a change; the task execution role needs \`secretsmanager:GetSecretValue\` on the secret (${SECRET_DOCS.ecsSecrets}).`,
    '- **Anywhere else**, or to keep the value out of every configuration: read it with boto3 at the top of `settings.py`, before `from .cloudfront_settings import *` (the role Django runs as needs `secretsmanager:GetSecretValue`):',
    '',
    '  ```python',
    '  import os',
    '  import boto3',
    '',
    `  _secrets = boto3.client("secretsmanager", region_name="${region}")`,
    `  os.environ["${current.name}"] = _secrets.get_secret_value(SecretId="${secretName}")["SecretString"]`,
    `  # During a rotation only (there is no ${previous.from.version} version before the first one):`,
    `  # os.environ["${previous.name}"] = _secrets.get_secret_value(`,
    `  #     SecretId="${secretName}", VersionStage="${previous.from.version}")["SecretString"]`,
    '  ```',
    '',
    '### Rotating it',
    '',
    'In this order, so that every request CloudFront sends is accepted at every step:',
    '',
    ...rotationSteps(
      secret,
      deployment.inputs,
      `Deploy the stack${main ? ` \`${main.name}\`` : ''} again with the deploy commands of the folder you deployed it with (the bundle README's "Deploy" step).`,
    ),
    '',
  ];
}
