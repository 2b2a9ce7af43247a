import type { Deployment, DnsRecordPlan, OutputKey, StackKey } from '../../model';
import { snakeCase } from '../../model/names';
import { expr, type HclExpression } from '../emit/hcl-document';

// Transitional: cdk-python still imports snakeCase from here (it should use the model's, as this file does).
export { snakeCase };

/**
 * The Terraform names of the model's things, in one place: resource labels are the model's keys in snake_case,
 * and each stack of the model is one `aws` provider configuration (the main stack's is the default one).
 */
/** The folder of the bundle this target writes, and the directory every command runs in (`-chdir`). */
export const FOLDER = 'terraform';

/** The CloudFront Function's code sits beside the .tf files and is read with file(). */
export const VIEWER_REQUEST_FILE = 'viewer-request.js';

/** The provider alias of a stack, or null for the main stack (the default `aws` provider). */
export function providerAlias(stack: StackKey): string | null {
  return stack === 'main' ? null : snakeCase(stack);
}

/** The `provider = aws.<alias>` argument a resource of this stack needs, or undefined for the default one. */
export function providerArgument(stack: StackKey): HclExpression | undefined {
  const alias = providerAlias(stack);
  return alias === null ? undefined : expr(`aws.${alias}`);
}

/** The stack whose provider works in `region` (the origin secret is read there). */
export function stackInRegion(deployment: Deployment, region: string): StackKey {
  const stack = deployment.stacks.find((candidate) => candidate.region === region);
  if (stack === undefined) throw new Error(`The deployment has no stack in ${region}`);
  return stack.key;
}

export const outputName = (key: OutputKey): string => snakeCase(key);

/** `alias_www_example_com_a`: the prefix keeps a name that starts with a digit a valid Terraform label. */
export const dnsRecordLabel = (record: DnsRecordPlan): string =>
  `alias_${snakeCase(record.id)}_${record.type.toLowerCase()}`;

/** Fixed labels of the resources there is one of. */
export const LABELS = {
  distribution: 'this',
  function: 'viewer_request',
  certificate: 'this',
  certificateValidationRecords: 'certificate_validation',
  originSecret: 'origin_secret',
  webAcl: 'this',
} as const;

export const DISTRIBUTION = `aws_cloudfront_distribution.${LABELS.distribution}`;
