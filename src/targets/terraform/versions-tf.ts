import type { Deployment } from '../../model';
import type { WrittenText } from '../emit/explained';
import { attribute, attributes, block, comment, hclBlocks, type HclItem } from '../emit/hcl-document';
import { providerAlias } from './names';

/**
 * What the module is proven with: Terraform 1.5 or newer (the language features it uses), and hashicorp/aws 5.x
 * from 5.100, the version its tests validate against; 6.x is not validated here.
 */
export const TERRAFORM_VERSION = '>= 1.5.0';
export const AWS_PROVIDER_VERSION = '>= 5.100, < 6.0';

export function versionsTf(): WrittenText {
  return hclBlocks([
    [
      comment('hashicorp/aws 6.x is not validated with this module (see README.md).'),
      block(
        'terraform',
        [],
        [
          attribute('required_version', TERRAFORM_VERSION),
          block(
            'required_providers',
            [],
            [attribute('aws', { source: 'hashicorp/aws', version: AWS_PROVIDER_VERSION })],
          ),
        ],
      ),
    ],
  ]);
}

/** One `aws` provider per stack of the model, in its region: the main stack's is the default provider. */
export function providersTf(deployment: Deployment): WrittenText {
  return hclBlocks(
    deployment.stacks.map((stack): HclItem[] => {
      const alias = providerAlias(stack.key);
      return [
        comment(`${stack.regionReason}.`),
        block('provider', ['aws'], attributes({ alias: alias ?? undefined, region: stack.region }), [
          'generated.stackRegions',
        ]),
      ];
    }),
  );
}
