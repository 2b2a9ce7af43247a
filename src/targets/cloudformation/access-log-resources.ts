import type { AccessLogDeliveryPlan, Deployment } from '../../model';
import { getAtt, ref, sub } from '../emit/cloudformation';
import { explained } from '../emit/explained';
import { LOGICAL_IDS } from './logical-ids';
import { distributionArnIn } from './references';
import type { CfnResource } from './template-types';

/**
 * Standard logging v2 to CloudWatch Logs: the log group (with its retention), the distribution as delivery
 * source, the group as delivery destination, and the delivery of every field but cs(Cookie). The destination is
 * the group's ARN without the `:*` that `Fn::GetAtt Arn` of a log group ends with.
 */
export function accessLogResources(
  deployment: Deployment,
  plan: AccessLogDeliveryPlan,
): Record<string, CfnResource> {
  const ids = LOGICAL_IDS.accessLogs;
  return {
    [ids.logGroup]: {
      Type: 'AWS::Logs::LogGroup',
      Properties: {
        LogGroupName: plan.logGroupName,
        RetentionInDays: explained('generated.accessLogDelivery', plan.retentionDays),
      },
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
    },
    [ids.source]: {
      Type: 'AWS::Logs::DeliverySource',
      Properties: {
        Name: plan.sourceName,
        LogType: plan.logType,
        ResourceArn: distributionArnIn(deployment, plan.stack),
      },
    },
    [ids.destination]: {
      Type: 'AWS::Logs::DeliveryDestination',
      Properties: {
        Name: plan.destinationName,
        OutputFormat: plan.outputFormat,
        DestinationResourceArn: sub(
          'arn:',
          { variable: 'AWS::Partition' },
          ':logs:',
          { variable: 'AWS::Region' },
          ':',
          { variable: 'AWS::AccountId' },
          ':log-group:',
          { variable: ids.logGroup },
        ),
      },
    },
    [ids.delivery]: {
      Type: 'AWS::Logs::Delivery',
      DependsOn: [ids.source, ids.destination],
      Properties: {
        DeliverySourceName: ref(ids.source),
        DeliveryDestinationArn: getAtt(ids.destination, 'Arn'),
        RecordFields: explained('generated.accessLogDelivery', plan.recordFields),
      },
    },
  };
}
