import type { DistributionPlan } from '../../model/legacy-plan';
import { attributes, block, expr, type HclItem, type HclValue } from '../emit/hcl-document';
import { hclString } from '../emit/hcl';
import { regionOfEndpoint } from '../../config/endpoint';

/** One Terraform input variable: its type, description, default (from the wizard) and validations. */
export interface TerraformVariable {
  name: string;
  type: string;
  description: string;
  default?: HclValue;
  sensitive?: true;
  validations: { condition: string; message: string }[];
}

const matches = (variable: string, pattern: string) => `can(regex(${hclString(pattern)}, var.${variable}))`;

/** The inputs of the module; every default is what the wizard was given, so `terraform apply` deploys as-is. */
export function terraformVariables(plan: DistributionPlan): TerraformVariable[] {
  const app = plan.origins.find((origin) => origin.kind === 'https');
  if (app === undefined || app.kind !== 'https') throw new Error('The plan has no app origin');
  const variables: TerraformVariable[] = [
    {
      name: 'aws_region',
      type: 'string',
      description: 'Region of the default provider (S3 buckets); CloudFront itself is global',
      default: regionOfEndpoint(app.domainName) ?? 'us-east-1',
      validations: [
        {
          condition: matches('aws_region', '^[a-z]{2}(-[a-z]+)+-[0-9]$'),
          message: 'An AWS region such as eu-west-1.',
        },
      ],
    },
    {
      name: 'project_name',
      type: 'string',
      description: 'Short name used in resource names (CloudFront Function, policies)',
      default: plan.projectName,
      validations: [
        {
          condition: matches('project_name', '^[a-z][a-z0-9-]{0,30}[a-z0-9]$'),
          message: '2-32 lower-case letters, digits or hyphens, starting with a letter.',
        },
      ],
    },
    {
      name: 'domain_names',
      type: 'list(string)',
      description:
        'Alternate domain names viewers use, primary first (the certificate must cover all of them)',
      default: plan.aliases,
      validations: [{ condition: 'length(var.domain_names) > 0', message: 'List at least one domain name.' }],
    },
    {
      name: 'origin_domain_name',
      type: 'string',
      description:
        'DNS name of the Django origin (API Gateway, Lambda function URL, load balancer or HTTPS host)',
      default: app.domainName,
      validations: [
        {
          condition: matches('origin_domain_name', '^[a-z0-9.-]+$'),
          message: 'A DNS name only, without https:// or a path.',
        },
      ],
    },
    {
      name: 'origin_path',
      type: 'string',
      description:
        'Path CloudFront prepends to every origin request, e.g. the REST API stage /prod ("" for none)',
      default: app.originPath,
      validations: [
        {
          condition: `var.origin_path == "" || ${matches('origin_path', '^(/[A-Za-z0-9_.-]+)+$')}`,
          message: 'Empty, or a path such as /prod without a trailing slash.',
        },
      ],
    },
    {
      name: 'distribution_comment',
      type: 'string',
      description: 'Comment shown on the distribution in the CloudFront console',
      default: plan.comment,
      validations: [
        { condition: 'length(var.distribution_comment) <= 128', message: 'At most 128 characters.' },
      ],
    },
  ];
  if (plan.certificate.kind === 'existing') {
    variables.push({
      name: 'certificate_arn',
      type: 'string',
      description: 'ARN of an ACM certificate in us-east-1 that covers every domain name',
      default: plan.certificate.arn,
      validations: [
        {
          condition: matches(
            'certificate_arn',
            '^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]{36}$',
          ),
          message: 'CloudFront needs an ACM certificate from us-east-1.',
        },
      ],
    });
  }
  const zoneId =
    plan.dnsRecords?.hostedZoneId ??
    (plan.certificate.kind === 'create-dns-validated' ? plan.certificate.hostedZoneId : null);
  if (zoneId !== null) {
    variables.push({
      name: 'hosted_zone_id',
      type: 'string',
      description: 'Route 53 hosted zone that holds the domain names',
      default: zoneId,
      validations: [
        {
          condition: matches('hosted_zone_id', '^Z[A-Z0-9]{1,31}$'),
          message: 'A hosted zone ID such as Z0123456789ABCDEFGHIJ.',
        },
      ],
    });
  }
  if (plan.originSecretHeader !== null) {
    variables.push({
      name: 'origin_verify_secret',
      type: 'string',
      description: `Secret value CloudFront sends in ${plan.originSecretHeader.name}; Django rejects requests without it`,
      sensitive: true,
      validations: [
        {
          condition: 'length(var.origin_verify_secret) >= 32',
          message: 'Use at least 32 random characters (openssl rand -hex 32).',
        },
      ],
    });
  }
  if (plan.lambdaOriginAccess !== null) {
    variables.push({
      name: 'lambda_function_arn',
      type: 'string',
      description: 'ARN of the function behind the function URL; CloudFront is allowed to invoke it',
      default: plan.lambdaOriginAccess.functionArn,
      validations: [
        {
          condition: matches(
            'lambda_function_arn',
            '^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$',
          ),
          message: 'A Lambda function ARN such as arn:aws:lambda:eu-west-1:123456789012:function:mysite.',
        },
      ],
    });
  }
  return variables;
}

export function variableBlock(variable: TerraformVariable): HclItem[] {
  return [
    block(
      'variable',
      [variable.name],
      [
        ...attributes({
          description: variable.description,
          type: expr(variable.type),
          default: variable.default,
          sensitive: variable.sensitive,
        }),
        ...variable.validations.map((validation) =>
          block(
            'validation',
            [],
            attributes({ condition: expr(validation.condition), error_message: validation.message }),
          ),
        ),
      ],
    ),
  ];
}
