import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_ORIGIN_REQUEST_POLICIES } from '../../model/aws-constants';
import { distributionPlanFor } from '../../model/legacy-plan';
import {
  cdkAppNames,
  makeCdkWorkspace,
  synthesizeWrittenCdkApps,
  writeGeneratedCdkApp,
} from '../../../test/support/cdk/synth';
import { iacVariantConfigs } from '../iac-variants';
import { distributionNormalForm } from './distribution-normal-form';
import { cloudFormationTemplate } from './template';

/**
 * The hand-built CloudFormation template and the template aws-cdk-lib synthesizes from the generated CDK
 * TypeScript app must configure the same distribution: behaviours, path patterns, policies (managed IDs, or the
 * custom policies' settings), methods, origins, aliases, certificate, protocol policy and function associations.
 */
const COMPARED = [
  'apigw-http/disabled',
  'apigw-rest/origin-cache-control',
  'alb/all-cookies-and-query-strings',
  's3-static-and-media',
  'custom-security-headers',
  'managed-security-headers',
  'create-certificate-and-dns',
  'secret-header',
  'lambda-oac-us-east-1',
  'forward-host-alb',
  'waf-logging-http2-priceclass',
  'hostile-comment',
];

describe('CloudFormation template ≡ CDK TypeScript synth (DistributionConfig)', () => {
  const variants = iacVariantConfigs().filter((variant) => COMPARED.includes(variant.name));

  it(`covers ${COMPARED.length} configs`, () => {
    expect(variants.map((variant) => variant.name).sort()).toEqual([...COMPARED].sort());
  });

  it('every compared config gives the same distribution in both', async () => {
    const root = await makeCdkWorkspace('cfn-vs-cdk-');
    const dirs = variants.map((variant) => path.join(root, variant.name.replace(/[^A-Za-z0-9_-]/g, '_')));
    await Promise.all(
      variants.map((variant, index) => writeGeneratedCdkApp(variant.config, dirs[index] ?? '')),
    );
    const synthesized = await synthesizeWrittenCdkApps(dirs);
    variants.forEach((variant, index) => {
      const plan = distributionPlanFor(variant.config);
      const cdkTemplate = synthesized.get(dirs[index] ?? '')?.[cdkAppNames(plan).stackId];
      expect(cdkTemplate, `${variant.name}: no CDK template`).toBeDefined();
      const ours = JSON.parse(JSON.stringify(cloudFormationTemplate(plan)));
      expect
        .soft(distributionNormalForm(ours), variant.name)
        .toEqual(distributionNormalForm(cdkTemplate as never));
      // The comparison can fail: one wrong policy ID in our template makes the forms differ.
      const broken = JSON.parse(JSON.stringify(ours));
      broken.Resources.Distribution.Properties.DistributionConfig.DefaultCacheBehavior.OriginRequestPolicyId =
        MANAGED_ORIGIN_REQUEST_POLICIES.corsS3Origin.id;
      expect(distributionNormalForm(broken)).not.toEqual(distributionNormalForm(cdkTemplate as never));
    });
  });
});
