import type { BucketPlan, BucketPolicyStatementPlan } from '../../model';
import { snakeCase } from '../../model/names';
import { attributes, block, comment, expr, type HclItem, type HclValue } from '../emit/hcl-document';
import { DISTRIBUTION, providerArgument } from './names';

/**
 * The S3 buckets of buckets.tf: each private bucket with its settings, and its policy printed from the model's
 * statements (CloudFront may read through origin access control; nobody may use plain HTTP).
 */

/** The resources that make up one bucket and its settings: what `destroy` leaves in place (see steps.ts). */
export function bucketResourceAddresses(bucket: BucketPlan): string[] {
  const name = snakeCase(bucket.key);
  return [
    `aws_s3_bucket.${name}`,
    `aws_s3_bucket_server_side_encryption_configuration.${name}`,
    `aws_s3_bucket_public_access_block.${name}`,
    `aws_s3_bucket_ownership_controls.${name}`,
  ];
}

const ENCRYPTION_ALGORITHM: Record<BucketPlan['encryption'], string> = { 'SSE-S3': 'AES256' };

function statementBlock(bucketArn: string, statement: BucketPolicyStatementPlan): HclItem {
  const resources = statement.resources.map((resource) =>
    resource === 'bucket' ? expr(bucketArn) : expr(`"\${${bucketArn}}/*"`),
  );
  const principal =
    statement.principal === '*'
      ? // type "*" renders "Principal": "*" (anyone), as the model says.
        { type: '*', identifiers: ['*'] }
      : { type: 'Service', identifiers: [statement.principal.service] };
  const { condition } = statement;
  const value: HclValue =
    condition.value === 'distribution-arn' ? expr(`${DISTRIBUTION}.arn`) : condition.value;
  return block(
    'statement',
    [],
    [
      ...attributes({
        sid: statement.sid,
        effect: statement.effect,
        actions: statement.actions,
        resources,
      }),
      block('principals', [], attributes(principal)),
      block(
        'condition',
        [],
        attributes({ test: condition.test, variable: condition.variable, values: [value] }),
      ),
    ],
  );
}

export function bucketBlocks(bucket: BucketPlan): HclItem[][] {
  const name = snakeCase(bucket.key);
  const provider = providerArgument(bucket.stack);
  const bucketId = expr(`aws_s3_bucket.${name}.id`);
  const files = ['generated.s3FilesOrigin'] as const;
  return [
    [
      comment(`Private bucket for ${bucket.purpose}; CloudFront reads it through origin access control.`),
      comment('Kept with its files when the module is destroyed: prevent_destroy, and README.md says how.'),
      block(
        'resource',
        ['aws_s3_bucket', name],
        [
          ...attributes({ provider, bucket_prefix: bucket.namePrefix }),
          block('lifecycle', [], attributes({ prevent_destroy: bucket.retainOnDelete })),
        ],
        files,
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_server_side_encryption_configuration', name],
        [
          ...attributes({ provider, bucket: bucketId }),
          block(
            'rule',
            [],
            [
              block(
                'apply_server_side_encryption_by_default',
                [],
                attributes({ sse_algorithm: ENCRYPTION_ALGORITHM[bucket.encryption] }),
              ),
            ],
          ),
        ],
        files,
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_public_access_block', name],
        attributes({
          provider,
          bucket: bucketId,
          block_public_acls: bucket.blockPublicAccess,
          block_public_policy: bucket.blockPublicAccess,
          ignore_public_acls: bucket.blockPublicAccess,
          restrict_public_buckets: bucket.blockPublicAccess,
        }),
        files,
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_ownership_controls', name],
        [
          ...attributes({ provider, bucket: bucketId }),
          block('rule', [], attributes({ object_ownership: bucket.objectOwnership })),
        ],
        files,
      ),
    ],
    [
      block(
        'data',
        ['aws_iam_policy_document', `${name}_policy`],
        [
          ...attributes({ provider }),
          ...bucket.policy.map((statement) => statementBlock(`aws_s3_bucket.${name}.arn`, statement)),
        ],
        ['generated.bucketPolicy'],
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_policy', name],
        attributes({
          provider,
          bucket: bucketId,
          policy: expr(`data.aws_iam_policy_document.${name}_policy.json`),
        }),
        ['generated.bucketPolicy'],
      ),
    ],
  ];
}
