import type { AccessLogDeliveryPlan } from '../../model';
import { array, attribute, num, prop, staticCall, str, type CdkStatement } from './graph';
import { VARIABLES } from './variables';

/**
 * Standard logging v2 to CloudWatch Logs as L1 constructs (the Distribution L2's logBucket is legacy S3 logging
 * only, aws-cdk issue 32813): the log group, the distribution as delivery source, the group as destination (its
 * ARN without the `:*` of the group's Arn attribute) and the delivery of every field but cs(Cookie).
 */
export function accessLogStatements(plan: AccessLogDeliveryPlan): CdkStatement[] {
  return [
    {
      kind: 'construct',
      name: VARIABLES.accessLogGroup,
      module: 'logs',
      type: 'CfnLogGroup',
      id: 'AccessLogGroup',
      props: [
        prop('logGroupName', str(plan.logGroupName)),
        prop('retentionInDays', num(plan.retentionDays), 'generated.accessLogDelivery'),
      ],
      keys: [],
      comment: 'Access logs (standard logging v2): kept for a set time, they hold viewers’ IP addresses.',
    },
    {
      kind: 'construct',
      name: VARIABLES.accessLogSource,
      module: 'logs',
      type: 'CfnDeliverySource',
      id: 'AccessLogDeliverySource',
      props: [
        prop('name', str(plan.sourceName)),
        prop('logType', str(plan.logType)),
        prop('resourceArn', attribute(VARIABLES.distribution, 'distributionArn')),
      ],
      keys: [],
    },
    {
      kind: 'construct',
      name: VARIABLES.accessLogDestination,
      module: 'logs',
      type: 'CfnDeliveryDestination',
      id: 'AccessLogDeliveryDestination',
      props: [
        prop('name', str(plan.destinationName)),
        prop('outputFormat', str(plan.outputFormat)),
        prop(
          'destinationResourceArn',
          staticCall('core', 'Fn', 'sub', [
            str('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Group}'),
            { kind: 'map', entries: [prop('Group', attribute(VARIABLES.accessLogGroup, 'ref'))] },
          ]),
        ),
      ],
      keys: [],
    },
    {
      kind: 'construct',
      name: null,
      module: 'logs',
      type: 'CfnDelivery',
      id: 'AccessLogDelivery',
      props: [
        prop('deliverySourceName', attribute(VARIABLES.accessLogSource, 'ref')),
        prop('deliveryDestinationArn', attribute(VARIABLES.accessLogDestination, 'attrArn')),
        prop('recordFields', array(plan.recordFields.map(str)), 'generated.accessLogDelivery'),
      ],
      keys: [],
      comment: 'Every standard log field but cs(Cookie): session and CSRF cookies stay out of the logs.',
    },
  ];
}
