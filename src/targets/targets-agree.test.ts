import { describe, expect, it } from 'vitest';
import { deploymentFor } from '../model';
import { FIXTURES } from '../../test/support/fixtures';
import { normaliseInventory } from '../../test/support/inventory/inventory';
import { AGREEMENT_FIXTURES, expectTargetsAgree, maskedFor } from '../../test/support/inventory/agreement';
import { INVENTORY_READERS } from '../../test/support/inventory/readers';
import { TARGETS } from './index';

/**
 * Every infrastructure target deploys the same thing: for every fixture (the named ones and every combination
 * of origin × protection × caching × static/media source × certificate/DNS), each target's REAL output, read
 * back by its own reader (CloudFormation templates parsed, Terraform files through a real HCL parser, the CDK
 * apps synthesized with aws-cdk-lib), gives the same resources of the same kinds, in the same stacks and
 * regions, with the same facts (bucket policies, Lambda permissions and their conditions, certificate, records,
 * outputs). Differences a tool version forces are listed, with the reason, in KNOWN_GAPS. The TypeScript apps'
 * synth also runs cdk-nag's AwsSolutions pack: an unacknowledged finding or a stale acknowledgment fails the read.
 * CloudFormation is the reference; the CDK Python apps are compared in targets-agree-python.test.ts, so the two
 * CDK synths (about a minute and a half each) run side by side.
 */
const infrastructure = TARGETS.filter((target) => target.kind === 'infrastructure');

describe('every infrastructure target deploys the same resources', () => {
  it('each infrastructure target has an inventory reader', () => {
    expect(
      infrastructure.filter((target) => INVENTORY_READERS[target.id] === undefined).map((t) => t.id),
    ).toEqual([]);
  });

  it('the agreement tests compare every infrastructure target', () => {
    expect(infrastructure.map((target) => target.id).sort()).toEqual(
      ['cdk-python', 'cdk-typescript', 'cloudformation', 'terraform'].sort(),
    );
  });

  it(`${AGREEMENT_FIXTURES.length} fixtures: terraform and cdk-typescript agree with cloudformation`, async () => {
    await expectTargetsAgree('cloudformation', ['terraform', 'cdk-typescript']);
  }, 600_000);

  it('the known gaps are real: without the mask Terraform and CloudFormation differ exactly there', async () => {
    const deployment = deploymentFor(
      FIXTURES.find((fixture) => fixture.name === 'lambda-oac-other-region')!.config,
    );
    const [cfn] = await INVENTORY_READERS.cloudformation!([deployment]);
    const [tf] = await INVENTORY_READERS.terraform!([deployment]);
    expect(normaliseInventory(tf!)).not.toEqual(normaliseInventory(cfn!));
    expect(maskedFor('terraform', tf!)).toEqual(maskedFor('terraform', cfn!));
  });
});
