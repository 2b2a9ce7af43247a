import type { DistributionPlan } from '../../model/legacy-plan';

export function terraformReadme(plan: DistributionPlan): string {
  const secret = plan.originSecretHeader;
  return [
    `# Terraform: CloudFront in front of Django (${plan.aliases.join(', ')})`,
    '',
    'A root module for the hashicorp/aws provider (5.x or newer). Every variable defaults to what you entered in the',
    'wizard; `terraform.tfvars.example` lists them all.',
    '',
    '```sh',
    'terraform init',
    ...(secret !== null
      ? [
          `# The secret CloudFront sends in ${secret.name}; give Django the same value and keep it out of git.`,
          'export TF_VAR_origin_verify_secret="$(openssl rand -hex 32)"',
        ]
      : []),
    'terraform plan -out tfplan',
    'terraform apply tfplan',
    '```',
    '',
    '## Providers',
    '',
    '- The default `aws` provider (`var.aws_region`) holds the regional resources (S3 buckets).',
    '- `aws.us_east_1`: CloudFront only accepts ACM certificates from us-east-1, so a created certificate lives there.',
    ...(plan.lambdaOriginAccess !== null
      ? [
          "- `aws.lambda_origin`: the function's own region (read from its ARN), where its permissions must be added.",
        ]
      : []),
    '',
    '## Managed policies: IDs, not data sources',
    '',
    'The AWS managed cache / origin request / response headers policies are referenced by their IDs',
    '(`local.managed_policy_ids` in `main.tf`, each named). AWS documents these IDs and they do not change.',
    'The alternative, `data "aws_cloudfront_cache_policy" { name = "Managed-CachingDisabled" }`, reads the same',
    'ID from the AWS API, which needs credentials for every `plan` (and fails in offline CI and in `validate`-only',
    'pipelines); it buys nothing here.',
    '',
    '## Outputs',
    '',
    '- `distribution_domain_name`: point the domain names here if this module does not create the Route 53 records.',
    '- `distribution_id`: for cache invalidations (`aws cloudfront create-invalidation --distribution-id ...`).',
    ...plan.buckets.map(
      (bucket) =>
        `- \`${bucket.key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}_bucket\`: the bucket for ${bucket.purpose}.`,
    ),
    '',
  ].join('\n');
}
