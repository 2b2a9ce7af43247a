import { describe, it } from 'vitest';
import { AGREEMENT_FIXTURES, expectTargetsAgree } from '../../test/support/inventory/agreement';

/**
 * The CDK Python apps deploy what the CloudFormation templates do, for every agreement fixture (each app read back
 * by Python's own parser and built with the real aws-cdk-lib as jsii binds Python). Apart from
 * targets-agree.test.ts so that the two CDK synths run side by side.
 */
describe('the CDK Python target deploys the same resources', () => {
  it(`${AGREEMENT_FIXTURES.length} fixtures: cdk-python agrees with cloudformation`, async () => {
    await expectTargetsAgree('cloudformation', ['cdk-python']);
  }, 600_000);
});
