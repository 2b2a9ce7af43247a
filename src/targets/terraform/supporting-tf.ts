import type { BucketPlan } from '../../model/legacy-plan';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { snakeCase } from './names';

/** The S3 buckets, Lambda OAC grants and ACM certificate of main.tf, each a group of top-level items. */
export function bucketBlocks(bucket: BucketPlan, projectName: string): HclItem[][] {
  const name = snakeCase(bucket.key);
  const bucketRef = `aws_s3_bucket.${name}`;
  return [
    [
      comment(`Private bucket for ${bucket.purpose}; CloudFront reads it through origin access control.`),
      block(
        'resource',
        ['aws_s3_bucket', name],
        attributes({
          bucket_prefix: `${projectName.slice(0, 24)}-${bucket.key === 'StaticFiles' ? 'static' : 'media'}-`,
        }),
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_public_access_block', name],
        [
          ...attributes({
            bucket: expr(`${bucketRef}.id`),
            block_public_acls: true,
            block_public_policy: true,
            ignore_public_acls: true,
            restrict_public_buckets: true,
          }),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_ownership_controls', name],
        [
          ...attributes({ bucket: expr(`${bucketRef}.id`) }),
          block('rule', [], attributes({ object_ownership: 'BucketOwnerEnforced' })),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_cloudfront_origin_access_control', name],
        [
          ...attributes({
            name: expr(`"\${var.project_name}-${bucket.key.toLowerCase()}"`),
            description: `CloudFront reads ${bucket.purpose} from S3`,
            origin_access_control_origin_type: 's3',
            signing_behavior: 'always',
            signing_protocol: 'sigv4',
          }),
        ],
      ),
    ],
    [
      block(
        'data',
        ['aws_iam_policy_document', `${name}_read`],
        [
          block(
            'statement',
            [],
            [
              ...attributes({
                sid: 'AllowCloudFrontReadThroughOriginAccessControl',
                actions: ['s3:GetObject'],
                resources: [expr(`"\${${bucketRef}.arn}/*"`)],
              }),
              block(
                'principals',
                [],
                attributes({ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }),
              ),
              block(
                'condition',
                [],
                [
                  ...attributes({
                    test: 'StringEquals',
                    variable: 'AWS:SourceArn',
                    values: [expr('aws_cloudfront_distribution.this.arn')],
                  }),
                ],
              ),
            ],
          ),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_s3_bucket_policy', name],
        [
          ...attributes({
            bucket: expr(`${bucketRef}.id`),
            policy: expr(`data.aws_iam_policy_document.${name}_read.json`),
          }),
        ],
      ),
    ],
  ];
}

/**
 * The function URL is signed by OAC, and CloudFront needs both grants (lambda:InvokeFunction too since October
 * 2025), made in the function's own region. hashicorp/aws 5.x has no argument for the "via function URL only"
 * condition, so the InvokeFunction grant is limited by source_arn to this distribution.
 */
export function lambdaOriginAccessBlocks(): HclItem[][] {
  const permission = (name: string, action: string, extra: Record<string, string>) => [
    block(
      'resource',
      ['aws_lambda_permission', name],
      [
        ...attributes({
          provider: expr('aws.lambda_origin'),
          statement_id:
            name === 'cloudfront_invoke_function_url'
              ? 'AllowCloudFrontInvokeFunctionUrl'
              : 'AllowCloudFrontInvokeFunction',
          action,
          function_name: expr('var.lambda_function_arn'),
          principal: 'cloudfront.amazonaws.com',
          source_arn: expr('aws_cloudfront_distribution.this.arn'),
          ...extra,
        }),
      ],
    ),
  ];
  return [
    [
      block(
        'resource',
        ['aws_cloudfront_origin_access_control', 'lambda'],
        [
          ...attributes({
            name: expr('"${var.project_name}-lambda-url"'),
            description: 'CloudFront signs requests to the Lambda function URL (SigV4)',
            origin_access_control_origin_type: 'lambda',
            signing_behavior: 'always',
            signing_protocol: 'sigv4',
          }),
        ],
      ),
    ],
    [
      comment('Both grants CloudFront needs on an OAC-signed function URL (the second since October 2025).'),
      ...permission('cloudfront_invoke_function_url', 'lambda:InvokeFunctionUrl', {
        function_url_auth_type: 'AWS_IAM',
      }),
    ],
    permission('cloudfront_invoke_function', 'lambda:InvokeFunction', {}),
  ];
}

export function certificateBlocks(): HclItem[][] {
  return [
    [
      comment('CloudFront only accepts certificates from us-east-1.'),
      block(
        'resource',
        ['aws_acm_certificate', 'this'],
        [
          ...attributes({
            provider: expr('aws.us_east_1'),
            domain_name: expr('var.domain_names[0]'),
            subject_alternative_names: expr('slice(var.domain_names, 1, length(var.domain_names))'),
            validation_method: 'DNS',
          }),
          block('lifecycle', [], attributes({ create_before_destroy: true })),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_route53_record', 'certificate_validation'],
        [
          ...attributes({
            for_each: expr(
              [
                '{',
                '  for option in aws_acm_certificate.this.domain_validation_options : option.domain_name => {',
                '    name   = option.resource_record_name',
                '    type   = option.resource_record_type',
                '    record = option.resource_record_value',
                '  }',
                '}',
              ].join('\n'),
            ),
            allow_overwrite: true,
            zone_id: expr('var.hosted_zone_id'),
            name: expr('each.value.name'),
            type: expr('each.value.type'),
            ttl: 60,
            records: [expr('each.value.record')],
          }),
        ],
      ),
    ],
    [
      block(
        'resource',
        ['aws_acm_certificate_validation', 'this'],
        [
          ...attributes({
            provider: expr('aws.us_east_1'),
            certificate_arn: expr('aws_acm_certificate.this.arn'),
            validation_record_fqdns: expr(
              '[for record in aws_route53_record.certificate_validation : record.fqdn]',
            ),
          }),
        ],
      ),
    ],
  ];
}
