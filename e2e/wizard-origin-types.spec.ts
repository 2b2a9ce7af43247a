import { expect, test } from './fixtures';
import { field, openWizard, targetText, typeInto, waitForEditor } from './wizard-page';

/** Each origin type, a valid endpoint for it, and what its previews must then say. */
const ORIGINS = [
  {
    type: 'apigw-rest',
    endpoint: 'https://r3st4p1.execute-api.eu-central-1.amazonaws.com/prod/',
    host: 'r3st4p1.execute-api.eu-central-1.amazonaws.com',
    cloudFormation: ['OriginPath: /prod', 'OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac'],
    shown: ['origin.path'],
    hidden: ['origin.lambdaUrlAuth'],
  },
  {
    type: 'lambda-url',
    endpoint: 'https://l4mbd4url0123456789abcdefghijkl.lambda-url.us-west-2.on.aws/',
    host: 'l4mbd4url0123456789abcdefghijkl.lambda-url.us-west-2.on.aws',
    cloudFormation: ['OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac', 'viewer-request'],
    shown: ['origin.lambdaUrlAuth'],
    hidden: [],
  },
  {
    type: 'alb',
    endpoint: 'origin.example.org',
    host: 'origin.example.org',
    cloudFormation: ['OriginProtocolPolicy: https-only'],
    shown: ['origin.hostStrategy'],
    hidden: ['origin.lambdaUrlAuth'],
  },
  {
    type: 'custom-https',
    endpoint: 'app.example.net',
    host: 'app.example.net',
    cloudFormation: ['OriginProtocolPolicy: https-only'],
    shown: ['origin.hostStrategy'],
    hidden: ['origin.lambdaUrlAuth'],
  },
  {
    type: 'apigw-http',
    endpoint: 'h77p4p1.execute-api.ap-south-1.amazonaws.com',
    host: 'h77p4p1.execute-api.ap-south-1.amazonaws.com',
    cloudFormation: ['OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac'],
    shown: ['origin.path'],
    hidden: ['origin.lambdaUrlAuth'],
  },
] as const;

test('every origin type shows its own fields and reaches the CloudFormation and Django previews', async ({
  page,
}) => {
  await openWizard(page);
  await waitForEditor(page);
  for (const origin of ORIGINS) {
    await field(page, 'origin.type').selectOption(origin.type);
    // A REST API needs its stage: an empty path is flagged until the pasted invoke URL supplies it.
    await field(page, 'origin.path')
      .fill('')
      .catch(() => undefined);
    await typeInto(page, 'origin.endpoint', origin.endpoint);
    await expect(field(page, 'origin.endpoint')).not.toHaveAttribute('aria-invalid', 'true');
    for (const path of origin.shown) await expect(field(page, path)).toBeVisible();
    for (const path of origin.hidden) await expect(field(page, path)).toHaveCount(0);
    await expect
      .poll(() => targetText(page, 'CloudFormation'), { timeout: 45_000 })
      .toContain(`DomainName: ${origin.host}`);
    const template = await targetText(page, 'CloudFormation');
    for (const fragment of origin.cloudFormation)
      expect(template, `${origin.type}: ${fragment}`).toContain(fragment);
    await expect.poll(() => targetText(page, 'Django settings'), { timeout: 45_000 }).toContain(origin.host);
  }
});
