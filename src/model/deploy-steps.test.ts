import { describe, expect, it } from 'vitest';
import { parseFixture, ZONE } from '../../test/support/fixtures';
import { deploymentFor } from './deployment-for';

const kinds = (input: Parameters<typeof parseFixture>[1]) =>
  deploymentFor(parseFixture('steps', input)).deploySteps.map((step) =>
    step.kind === 'configure-django' ? `${step.kind}:${step.originVerify}` : step.kind,
  );

describe('deploy steps never leave a gap', () => {
  it('secret first, stacks before Django starts to require it, DNS last', () => {
    expect(kinds({ originProtection: { secretHeader: true }, staticFiles: { source: 's3' } })).toEqual([
      'create-origin-secret',
      'deploy-stack',
      'configure-django:now',
      'upload-files',
      'dns',
    ]);
  });

  it('when the stack moves DNS, Django gets its settings first and the secret check only after the stack', () => {
    expect(
      kinds({
        originProtection: { secretHeader: true },
        dns: { createRecords: true, ...ZONE },
        staticFiles: { enabled: false },
      }),
    ).toEqual([
      'create-origin-secret',
      'configure-django:later',
      'deploy-stack',
      'enable-origin-verify',
      'dns',
    ]);
  });

  it('destroys every stack in reverse, after Django and DNS are back', () => {
    const deployment = deploymentFor(
      parseFixture('oac', {
        origin: {
          type: 'lambda-url',
          endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
          lambdaUrlAuth: 'oac',
          lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
        },
      }),
    );
    expect(
      deployment.destroySteps.filter((step) => step.kind === 'destroy-stack').map((step) => step.stack),
    ).toEqual(['origin-region', 'main']);
  });
});
