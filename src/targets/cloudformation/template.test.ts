/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read parsed, untyped templates */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { sub, unescapeSubLiterals } from '../emit/cloudformation';
import { CLOUDFORMATION_YAML_TAGS } from '../emit/cloudformation-yaml-tags.test-support';
import { HOSTILE_COMMENT, iacVariantConfigs } from '../iac-variants';
import { cloudFormationFiles } from './index';
import { checkTemplateAgainstSpec } from './resource-spec-check';

const readYaml = (text: string): unknown =>
  parse(text, { customTags: CLOUDFORMATION_YAML_TAGS, version: '1.1' });

type Template = {
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, { Type: string; Properties: Record<string, any> }>;
};
const distributionConfigOf = (template: Template) =>
  template.Resources.Distribution?.Properties.DistributionConfig as Record<string, any>;

describe('CloudFormation templates match the AWS resource specification', () => {
  for (const { name, config } of iacVariantConfigs()) {
    it(`${name}: YAML and JSON parse to the same template, and every file passes the spec check`, () => {
      const yamlFiles = cloudFormationFiles({ ...config, output: { cloudFormationFormat: 'yaml' } });
      const jsonFiles = cloudFormationFiles({ ...config, output: { cloudFormationFormat: 'json' } });
      const templatesYaml = yamlFiles.filter((file) => file.path.endsWith('.yaml'));
      const templatesJson = jsonFiles.filter((file) => file.path.endsWith('.json'));
      expect(templatesYaml.map((file) => file.path.replace(/\.yaml$/, ''))).toEqual(
        templatesJson.map((file) => file.path.replace(/\.json$/, '')),
      );
      templatesYaml.forEach((file, index) => {
        const fromYaml = readYaml(file.contents);
        expect(fromYaml).toEqual(JSON.parse(templatesJson[index]?.contents ?? ''));
        expect(checkTemplateAgainstSpec(fromYaml), file.path).toEqual([]);
      });
      expect(yamlFiles.find((file) => file.path === 'cloudformation/README.md')?.contents).toContain(
        'aws cloudformation deploy',
      );
    });
  }
});

describe('what the templates say', () => {
  const template = (input: object): Template => {
    const config = parseConfig(input);
    if (!config.success) throw config.error;
    return readYaml(cloudFormationFiles(config.data)[0]?.contents ?? '') as Template;
  };

  it('the hostile comment comes back exactly, in YAML and JSON', () => {
    const config = parseConfig({ distribution: { comment: HOSTILE_COMMENT } });
    if (!config.success) throw config.error;
    for (const format of ['yaml', 'json'] as const) {
      const [file] = cloudFormationFiles({ ...config.data, output: { cloudFormationFormat: format } });
      const parsed = (
        format === 'yaml' ? readYaml(file?.contents ?? '') : JSON.parse(file?.contents ?? '')
      ) as Template;
      expect(distributionConfigOf(parsed).Comment).toBe(HOSTILE_COMMENT);
    }
  });

  it('Fn::Sub escapes a literal ${ as ${! and CloudFormation reads it back as the literal', () => {
    const literal = 'cost ${AWS::Region} and ${!x} end';
    const value = sub(literal, { variable: 'AWS::AccountId' }).value;
    expect(value).toBe('cost ${!AWS::Region} and ${!!x} end${AWS::AccountId}');
    expect(unescapeSubLiterals(value.replace('${AWS::AccountId}', ''))).toBe(literal);
    const yaml = readYaml(`A: !Sub '${value.replace(/'/g, "''")}'`) as { A: { 'Fn::Sub': string } };
    expect(yaml.A['Fn::Sub']).toBe(value);
    // Only the real variable remains a substitution once the escapes are skipped.
    expect([...value.matchAll(/\$\{(?!!)([^}]*)\}/g)].map((m) => m[1])).toEqual(['AWS::AccountId']);
  });

  it('uses the managed policy IDs, the function on the app behaviours only, and OAC on S3 origins', () => {
    const t = template({ staticFiles: { source: 's3' } });
    const dc = distributionConfigOf(t);
    expect(dc.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(dc.DefaultCacheBehavior.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    expect(dc.DefaultCacheBehavior.AllowedMethods).toHaveLength(7);
    expect(dc.DefaultCacheBehavior.FunctionAssociations[0].EventType).toBe('viewer-request');
    expect(dc.CacheBehaviors[0].FunctionAssociations).toBeUndefined();
    expect(dc.CacheBehaviors[0].OriginRequestPolicyId).toBeUndefined();
    expect(dc.Origins[1].OriginAccessControlId).toEqual({
      'Fn::GetAtt': ['StaticFilesOriginAccessControl', 'Id'],
    });
    expect(t.Resources.ViewerRequestFunction?.Properties).toMatchObject({
      AutoPublish: true,
      FunctionConfig: { Runtime: 'cloudfront-js-2.0' },
    });
    expect(t.Resources.StaticFilesBucketPolicy?.Properties.PolicyDocument.Statement[0].Condition).toEqual({
      StringEquals: {
        'AWS:SourceArn': {
          'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}',
        },
      },
    });
  });

  it('forward-host uses AllViewer, no function, and keys the cache on host', () => {
    const t = template({
      origin: { type: 'alb', endpoint: 'origin.example.com', hostStrategy: 'forward-host' },
      dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    });
    const dc = distributionConfigOf(t);
    expect(t.Resources.ViewerRequestFunction).toBeUndefined();
    expect(dc.DefaultCacheBehavior.FunctionAssociations).toBeUndefined();
    expect(dc.DefaultCacheBehavior.OriginRequestPolicyId).toBe('216adef6-5c7f-47e4-b989-5492eafa07d3');
    const cachePolicy = t.Resources.DynamicPagesCachePolicy?.Properties.CachePolicyConfig;
    expect(cachePolicy.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers).toEqual(['host']);
    expect(cachePolicy.DefaultTTL).toBe(86_400);
  });

  it('the secret header is a NoEcho parameter without a default, sent as an origin custom header', () => {
    const t = template({ originProtection: { secretHeader: true } });
    expect(t.Parameters?.OriginVerifySecret).toMatchObject({ Type: 'String', NoEcho: true });
    expect(t.Parameters?.OriginVerifySecret?.Default).toBeUndefined();
    expect(distributionConfigOf(t).Origins[0].OriginCustomHeaders).toEqual([
      { HeaderName: 'X-Origin-Verify', HeaderValue: { Ref: 'OriginVerifySecret' } },
    ]);
  });

  it('Lambda OAC grants both InvokeFunctionUrl and InvokeFunction, in a second stack outside us-east-1', () => {
    const origin = {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
    };
    const config = parseConfig({ origin });
    if (!config.success) throw config.error;
    const files = cloudFormationFiles(config.data);
    expect(files.map((file) => file.path)).toEqual([
      'cloudformation/template.yaml',
      'cloudformation/lambda-permissions.yaml',
      'cloudformation/README.md',
    ]);
    const main = readYaml(files[0]?.contents ?? '') as Template;
    expect(main.Resources.AppOriginAccessControl?.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 'lambda',
      SigningBehavior: 'always',
    });
    expect(Object.values(main.Resources).some((r) => r.Type === 'AWS::Lambda::Permission')).toBe(false);
    const permissions = readYaml(files[1]?.contents ?? '') as Template;
    const actions = Object.values(permissions.Resources).map((r) => r.Properties.Action);
    expect(actions.sort()).toEqual(['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl']);
    expect(files[2]?.contents).toContain('--region eu-west-1');

    const sameRegion = template({
      origin: {
        ...origin,
        endpoint: 'abcdefghij1234567890.lambda-url.us-east-1.on.aws',
        lambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:mysite',
      },
    });
    const grants = Object.values(sameRegion.Resources).filter((r) => r.Type === 'AWS::Lambda::Permission');
    expect(grants.map((r) => r.Properties.Action).sort()).toEqual([
      'lambda:InvokeFunction',
      'lambda:InvokeFunctionUrl',
    ]);
    expect(grants.every((r) => r.Properties.Principal === 'cloudfront.amazonaws.com')).toBe(true);
  });

  it('a created certificate is DNS-validated in the zone and alias records point at CloudFront', () => {
    const t = template({
      domains: { primary: 'www.example.com', additional: ['example.com'] },
      certificate: { source: 'create-dns-validated' },
      dns: { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' },
    });
    expect(t.Resources.Certificate?.Properties).toMatchObject({
      DomainName: 'www.example.com',
      SubjectAlternativeNames: ['example.com'],
      ValidationMethod: 'DNS',
    });
    expect(distributionConfigOf(t).ViewerCertificate.AcmCertificateArn).toEqual({ Ref: 'Certificate' });
    const records = Object.values(t.Resources).filter((r) => r.Type === 'AWS::Route53::RecordSet');
    expect(records.map((r) => `${r.Properties.Name} ${r.Properties.Type}`)).toEqual([
      'www.example.com A',
      'www.example.com AAAA',
      'example.com A',
      'example.com AAAA',
    ]);
    expect(records.every((r) => r.Properties.AliasTarget.HostedZoneId === 'Z2FDTNDATAQYW2')).toBe(true);
  });

  it('keeps the description under the 1024-byte limit with 21 long names', () => {
    const label = 'a'.repeat(60);
    const names = Array.from({ length: 21 }, (_, i) => `${label}.${label}.${label}${i}.example.com`);
    const t = template({ domains: { primary: names[0], additional: names.slice(1) } }) as Template & {
      Description: string;
    };
    expect(Buffer.byteLength(t.Description)).toBeLessThanOrEqual(1024);
    expect(t.Description).toContain('and 20 more names');
  });

  it('the plan and the template agree on every behaviour', () => {
    for (const { name, config } of iacVariantConfigs()) {
      const plan = distributionPlanFor(config);
      const dc = distributionConfigOf(readYaml(cloudFormationFiles(config)[0]?.contents ?? '') as Template);
      expect(dc.CacheBehaviors?.map((b: { PathPattern: string }) => b.PathPattern) ?? [], name).toEqual(
        plan.additionalBehaviors.map((b) => b.pathPattern),
      );
      expect(dc.Aliases, name).toEqual(plan.aliases);
    }
  });
});
