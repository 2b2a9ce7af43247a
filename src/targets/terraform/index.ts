import type { Config } from '../../config/schema';
import { distributionPlanFor, type DistributionPlan } from '../../model/legacy-plan';
import {
  attribute,
  attributes,
  blank,
  block,
  comment,
  expr,
  hclBlocks,
  hclDocument,
  type HclItem,
} from '../emit/hcl-document';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { mainTfBlocks } from './main-tf';
import { snakeCase, VIEWER_REQUEST_FILE } from './names';
import { terraformReadme } from './readme';
import { terraformVariables, variableBlock } from './variables-tf';

const FOLDER = 'terraform';

function versionsTf(plan: DistributionPlan): string {
  const groups: HclItem[][] = [
    [
      block(
        'terraform',
        [],
        [
          attribute('required_version', '>= 1.5.0'),
          block('required_providers', [], [attribute('aws', { source: 'hashicorp/aws', version: '>= 5.0' })]),
        ],
      ),
    ],
    [block('provider', ['aws'], attributes({ region: expr('var.aws_region') }))],
    [
      comment('CloudFront reads ACM certificates from us-east-1 only.'),
      block('provider', ['aws'], attributes({ alias: 'us_east_1', region: 'us-east-1' })),
    ],
  ];
  if (plan.lambdaOriginAccess !== null) {
    groups.push([
      comment("A Lambda permission is added in the function's own region (the 4th field of its ARN)."),
      block(
        'provider',
        ['aws'],
        [
          ...attributes({
            alias: 'lambda_origin',
            region: expr('split(":", var.lambda_function_arn)[3]'),
          }),
        ],
      ),
    ]);
  }
  return hclBlocks(groups);
}

function outputsTf(plan: DistributionPlan): string {
  const output = (name: string, description: string, value: string) => [
    block('output', [name], attributes({ description, value: expr(value) })),
  ];
  return hclBlocks([
    output('distribution_id', 'CloudFront distribution ID', 'aws_cloudfront_distribution.this.id'),
    output('distribution_arn', 'CloudFront distribution ARN', 'aws_cloudfront_distribution.this.arn'),
    output(
      'distribution_domain_name',
      'Point the domain names here if Route 53 records are not created',
      'aws_cloudfront_distribution.this.domain_name',
    ),
    ...plan.buckets.map((bucket) =>
      output(
        `${snakeCase(bucket.key)}_bucket`,
        `S3 bucket for ${bucket.purpose}`,
        `aws_s3_bucket.${snakeCase(bucket.key)}.bucket`,
      ),
    ),
  ]);
}

function tfvarsExample(plan: DistributionPlan): string {
  const items: HclItem[] = [
    comment('Copy to terraform.tfvars and adjust. Every value shown is the default from the wizard.'),
    blank,
  ];
  for (const variable of terraformVariables(plan)) {
    if (variable.sensitive) {
      // Left commented out: a copied example must never become a real, publicly known secret.
      items.push(
        comment(`${variable.name}: better set TF_VAR_${variable.name} so the secret stays out of files.`),
        comment(`${variable.name} = "<output of openssl rand -hex 32>"`),
      );
      continue;
    }
    if (variable.default === undefined) continue;
    items.push(attribute(variable.name, variable.default));
  }
  return hclDocument(items);
}

export function terraformFiles(config: Config): LegacyFile[] {
  const plan = distributionPlanFor(config);
  const files: LegacyFile[] = [
    { path: `${FOLDER}/versions.tf`, language: 'hcl', contents: versionsTf(plan) },
    {
      path: `${FOLDER}/variables.tf`,
      language: 'hcl',
      contents: hclBlocks(terraformVariables(plan).map(variableBlock)),
    },
    { path: `${FOLDER}/main.tf`, language: 'hcl', contents: hclBlocks(mainTfBlocks(plan)) },
    { path: `${FOLDER}/outputs.tf`, language: 'hcl', contents: outputsTf(plan) },
    { path: `${FOLDER}/terraform.tfvars.example`, language: 'hcl', contents: tfvarsExample(plan) },
  ];
  if (plan.viewerRequestFunction !== null) {
    files.push({
      path: `${FOLDER}/${VIEWER_REQUEST_FILE}`,
      language: 'javascript',
      contents: plan.viewerRequestFunction.code,
    });
  }
  files.push({ path: `${FOLDER}/README.md`, language: 'markdown', contents: terraformReadme(plan) });
  return files;
}

export const terraformTarget: Target = {
  id: 'terraform',
  label: targetLabel('terraform'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'A Terraform root module for the hashicorp/aws provider',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(terraformFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
