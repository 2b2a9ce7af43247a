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
/**
 * hashicorp/aws 5.100 refuses the 2025 viewer security policies (its list of minimum_protocol_version values
 * predates them; hashicorp/terraform-provider-aws issue 44756), so a module that uses one needs 6.x: 6.28.0 is
 * the floor chosen here (January 2026, after the SDK gained the policies). 6.x is not validated on this machine.
 */
export const AWS_PROVIDER_VERSION_TLS_2025 = '>= 6.28.0, < 7.0';
export const TLS_2025_POLICIES: readonly string[] = ['TLSv1.2_2025', 'TLSv1.3_2025'];

/** The hashicorp/aws constraint the deployment needs (its viewer security policy decides). */
export function awsProviderVersion(deployment: Deployment): string {
  return TLS_2025_POLICIES.includes(deployment.distribution.minimumTlsVersion)
    ? AWS_PROVIDER_VERSION_TLS_2025
    : AWS_PROVIDER_VERSION;
}

export function versionsTf(deployment: Deployment): WrittenText {
  const version = awsProviderVersion(deployment);
  return hclBlocks([
    [
      comment(
        version === AWS_PROVIDER_VERSION
          ? 'hashicorp/aws 6.x is not validated with this module (see README.md).'
          : `hashicorp/aws 6.x: 5.x refuses minimum_protocol_version ${deployment.distribution.minimumTlsVersion} (see README.md).`,
      ),
      block(
        'terraform',
        [],
        [
          attribute('required_version', TERRAFORM_VERSION),
          block('required_providers', [], [attribute('aws', { source: 'hashicorp/aws', version })]),
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
