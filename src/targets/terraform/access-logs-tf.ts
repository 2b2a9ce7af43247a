import type { AccessLogDeliveryPlan } from '../../model';
import { explained } from '../emit/explained';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { DISTRIBUTION, providerArgument } from './names';

/** logs.tf: standard logging v2 to CloudWatch Logs (the log group, the delivery source, destination, delivery). */
const LABEL = 'access_logs';

export function accessLogBlocks(plan: AccessLogDeliveryPlan): HclItem[][] {
  const provider = providerArgument(plan.stack);
  return [
    [
      comment('Access logs (standard logging v2): kept for a set time, they hold viewers’ IP addresses.'),
      block(
        'resource',
        ['aws_cloudwatch_log_group', LABEL],
        attributes({
          provider,
          name: plan.logGroupName,
          retention_in_days: explained('generated.accessLogDelivery', plan.retentionDays),
        }),
      ),
    ],
    [
      block(
        'resource',
        ['aws_cloudwatch_log_delivery_source', LABEL],
        attributes({
          provider,
          name: plan.sourceName,
          log_type: plan.logType,
          resource_arn: expr(`${DISTRIBUTION}.arn`),
        }),
      ),
    ],
    [
      block(
        'resource',
        ['aws_cloudwatch_log_delivery_destination', LABEL],
        [
          ...attributes({ provider, name: plan.destinationName, output_format: plan.outputFormat }),
          block(
            'delivery_destination_configuration',
            [],
            attributes({ destination_resource_arn: expr(`aws_cloudwatch_log_group.${LABEL}.arn`) }),
          ),
        ],
      ),
    ],
    [
      comment('Every standard log field but cs(Cookie): session and CSRF cookies stay out of the logs.'),
      block(
        'resource',
        ['aws_cloudwatch_log_delivery', LABEL],
        attributes({
          provider,
          delivery_source_name: expr(`aws_cloudwatch_log_delivery_source.${LABEL}.name`),
          delivery_destination_arn: expr(`aws_cloudwatch_log_delivery_destination.${LABEL}.arn`),
          record_fields: explained('generated.accessLogDelivery', plan.recordFields),
        }),
      ),
    ],
  ];
}
