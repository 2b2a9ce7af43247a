import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTemplateAgainstSpec } from '../../test/support/cloudformation/resource-spec-check';
import { headersSentByPolicy } from '../../test/support/hosting/cloudfront-policy-reader';
import { MANAGED_CACHE_POLICIES } from '../model/aws-constants';
import { CACHE_CONTROL, SECURITY_HEADERS } from './security-headers';
import { WizardHostingStack, type WizardDomain } from './wizard-hosting-stack';

/** A built folder as `vite build` leaves it, hosting files included (they must not be uploaded). */
function builtFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'wizard-dist-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'hosting'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>wizard</title>');
  writeFileSync(join(root, 'assets/index-abc123.js'), 'export {};');
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: 1\n');
  writeFileSync(join(root, 'hosting/nginx-locations.conf'), '# nginx');
  return root;
}

function synth(domain?: WizardDomain): Template {
  // No copies of the assets (the AWS CLI layer of BucketDeployment is large): the template is what is tested.
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'wizard-cdk-out-')),
    context: { 'aws:cdk:disable-asset-staging': true },
  });
  return Template.fromStack(new WizardHostingStack(app, 'WizardSite', { siteFolder: builtFolder(), domain }));
}

const DOMAIN = {
  names: ['wizard.example.com'],
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
};

describe('the app that hosts the wizard on S3 + CloudFront, synthesized', () => {
  let plain: Template;
  let named: Template;
  beforeAll(() => {
    plain = synth();
    named = synth(DOMAIN);
  });

  it('is a template CloudFormation accepts (the AWS resource spec; Custom:: types are custom resources)', () => {
    const problems = (template: Template) =>
      checkTemplateAgainstSpec(template.toJSON()).filter(
        (problem) => !/: unknown resource type Custom::[A-Za-z0-9]+$/.test(problem),
      );
    expect(problems(plain)).toEqual([]);
    expect(problems(named)).toEqual([]);
  });

  it('keeps the bucket private: all public access blocked, read only by this distribution through OAC', () => {
    plain.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    plain.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    plain.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
    plain.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('sends exactly the security headers table on every behaviour, overriding the bucket', () => {
    const policies = plain.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    expect(Object.keys(policies)).toHaveLength(1);
    const [id, policy] = Object.entries(policies)[0]!;
    const sent = headersSentByPolicy(policy.Properties.ResponseHeadersPolicyConfig);
    expect(sent.every((header) => header.override)).toBe(true);
    const pairs = (headers: { name: string; value: string }[]) =>
      headers.map(({ name, value }) => `${name}: ${value}`).sort();
    expect(pairs(sent)).toEqual(pairs([...SECURITY_HEADERS]));
    const config = Object.values(plain.findResources('AWS::CloudFront::Distribution'))[0]!.Properties
      .DistributionConfig;
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors])
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: id });
  });

  it('caches hashed assets for a year and revalidates every page', () => {
    const config = Object.values(plain.findResources('AWS::CloudFront::Distribution'))[0]!.Properties
      .DistributionConfig;
    expect(config.CacheBehaviors).toHaveLength(1);
    expect(config.CacheBehaviors[0]).toMatchObject({
      PathPattern: 'assets/*',
      CachePolicyId: MANAGED_CACHE_POLICIES.cachingOptimized.id,
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
    });
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https' });
    expect(config.DefaultRootObject).toBe('index.html');
    const pageCache = Object.entries(plain.findResources('AWS::CloudFront::CachePolicy'));
    expect(pageCache).toHaveLength(1);
    expect(config.DefaultCacheBehavior.CachePolicyId).toEqual({ Ref: pageCache[0]![0] });
    // MinTTL 0, or CloudFront would keep index.html despite its no-cache.
    expect(pageCache[0]![1].Properties.CachePolicyConfig).toMatchObject({ MinTTL: 0, DefaultTTL: 0 });

    const deployments = Object.values(plain.findResources('Custom::CDKBucketDeployment')).map(
      (resource) => resource.Properties,
    );
    expect(deployments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Include: ['assets/*'],
          Exclude: ['*'],
          Prune: false,
          SystemMetadata: { 'cache-control': CACHE_CONTROL.hashedAsset },
        }),
        expect.objectContaining({
          Exclude: ['assets/*'],
          Prune: true,
          SystemMetadata: { 'cache-control': CACHE_CONTROL.page },
        }),
      ]),
    );
    expect(deployments).toHaveLength(2);
  });

  it('uploads the pages only after the assets they name', () => {
    const template = plain.toJSON() as { Resources: Record<string, { Type: string; DependsOn?: string[] }> };
    const [assetsId] = Object.entries(template.Resources).find(([id]) => id.startsWith('HashedAssets'))!;
    const pages = Object.entries(template.Resources).find(
      ([id, resource]) => id.startsWith('Pages') && resource.Type === 'Custom::CDKBucketDeployment',
    )!;
    expect(pages[1].DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^HashedAssets/)]));
    expect(assetsId).toMatch(/^HashedAssets/);
  });

  it('uses TLSv1.2_2025 with SNI under your own name; without one, the default certificate', () => {
    const viewerCertificate = (template: Template) =>
      Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig
        .ViewerCertificate;
    expect(viewerCertificate(named)).toEqual({
      AcmCertificateArn: DOMAIN.certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2025',
      SslSupportMethod: 'sni-only',
    });
    named.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: { Aliases: DOMAIN.names },
    });
    expect(viewerCertificate(plain)).toBeUndefined();
  });
});
