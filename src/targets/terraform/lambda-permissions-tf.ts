import type { LambdaPermissionPlan } from '../../model';
import { snakeCase } from '../../model/names';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { DISTRIBUTION, providerArgument } from './names';

/**
 * The grants CloudFront needs on an OAC-signed function URL (lambda-permissions.tf), made by the provider of the
 * stack the model puts them in (the function's own region).
 */

/** The hashicorp/aws release that added `invoked_via_function_url` (not validated here: see versions.tf). */
export const INVOKED_VIA_FUNCTION_URL_PROVIDER = '6.28.0';

export function lambdaPermissionBlock(permission: LambdaPermissionPlan): HclItem[] {
  const notes: HclItem[] = permission.invokedViaFunctionUrl
    ? [
        comment(
          [
            `hashicorp/aws 5.x has no invoked_via_function_url (added in ${INVOKED_VIA_FUNCTION_URL_PROVIDER}), so this`,
            'grant is limited to this distribution by source_arn but not to calls through the function URL.',
          ].join('\n'),
        ),
      ]
    : [];
  return [
    ...notes,
    block(
      'resource',
      ['aws_lambda_permission', snakeCase(permission.key)],
      attributes({
        provider: providerArgument(permission.stack),
        // A prefix, so two distributions granted on one function never share a statement ID.
        statement_id_prefix: `AllowCloudFront${permission.key}-`,
        action: permission.action,
        function_name: permission.functionArn,
        principal: permission.principal,
        source_arn: expr(`${DISTRIBUTION}.arn`),
        function_url_auth_type: permission.functionUrlAuthType ?? undefined,
      }),
      ['generated.lambdaInvokePermission'],
    ),
  ];
}
