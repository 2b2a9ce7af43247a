/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read parsed, untyped templates */
import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_COMMENT_MAX } from '../../config/aws-limits';
import { deploymentFor } from '../../model';
import { HOSTILE_COMMENT, FIXTURES, fixture } from '../../../test/support/fixtures';
import {
  cloudFormationFilesFor,
  parsedTemplates,
  type ParsedTemplate,
} from '../../../test/support/cloudformation/generated-templates';
import { readCloudFormationYaml } from '../../../test/support/cloudformation/yaml-tags';
import { sub, unescapeSubLiterals } from '../emit/cloudformation';

const templatesOf = (name: string, format: 'yaml' | 'json' = 'yaml') =>
  parsedTemplates(cloudFormationFilesFor(fixture(name), format));

function mainTemplate(name: string, format: 'yaml' | 'json' = 'yaml'): ParsedTemplate {
  const main = templatesOf(name, format).get(`cloudformation/template.${format}`);
  if (main === undefined) throw new Error(`${name}: no main template`);
  return main;
}

const distributionConfigOf = (template: ParsedTemplate): any =>
  template.Resources.Distribution?.Properties.DistributionConfig;
const resourcesOfType = (template: ParsedTemplate, type: string) =>
  Object.values(template.Resources).filter((resource) => resource.Type === type);

describe('what the templates say', () => {
  it('the hostile comment comes back exactly, in YAML and JSON', () => {
    for (const format of ['yaml', 'json'] as const)
      expect(distributionConfigOf(mainTemplate('hostile-comment', format)).Comment).toBe(HOSTILE_COMMENT);
  });

  it(`the default comment of a 200-character domain fits CloudFront's ${DISTRIBUTION_COMMENT_MAX} characters`, () => {
    const comment: string = distributionConfigOf(mainTemplate('long-domain')).Comment;
    expect(comment.length).toBeLessThanOrEqual(DISTRIBUTION_COMMENT_MAX);
    expect(comment).toBe(deploymentFor(fixture('long-domain')).distribution.comment);
  });

  it('every description fits the 1024 bytes CloudFormation allows and says the region', () => {
    for (const { name, config } of FIXTURES) {
      const deployment = deploymentFor(config);
      const templates = [...parsedTemplates(cloudFormationFilesFor(config, 'yaml')).values()];
      templates.forEach((template, index) => {
        expect(Buffer.byteLength(template.Description ?? ''), name).toBeLessThanOrEqual(1024);
        expect(template.Description, name).toContain(`Deploy in ${deployment.stacks[index]?.region}`);
      });
    }
  });

  it('Fn::Sub escapes a literal ${ as ${! and CloudFormation reads it back as the literal', () => {
    const literal = 'cost ${AWS::Region} and ${!x} end';
    const value = sub(literal, { variable: 'AWS::AccountId' }).value;
    expect(value).toBe('cost ${!AWS::Region} and ${!!x} end${AWS::AccountId}');
    expect(unescapeSubLiterals(value.replace('${AWS::AccountId}', ''))).toBe(literal);
    const yaml = readCloudFormationYaml(`A: !Sub '${value.replace(/'/g, "''")}'`) as {
      A: { 'Fn::Sub': string };
    };
    expect(yaml.A['Fn::Sub']).toBe(value);
    expect([...value.matchAll(/\$\{(?!!)([^}]*)\}/g)].map((m) => m[1])).toEqual(['AWS::AccountId']);
  });

  it('uses the managed policy IDs, the function on the app behaviours only, and OAC on S3 origins', () => {
    const t = mainTemplate('s3-static-and-media');
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
    expect(t.Resources.StaticFilesOriginAccessControl?.Properties.OriginAccessControlConfig).toMatchObject({
      Name: deploymentFor(fixture('s3-static-and-media')).originAccessControls[0]?.name,
    });
  });

  it('every bucket policy denies requests that are not over TLS, on the bucket and its objects', () => {
    const t = mainTemplate('s3-static-and-media');
    const policies = resourcesOfType(t, 'AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const statements: any[] = (policy.Properties.PolicyDocument as any).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
      const deny = statements.find((statement) => statement.Effect === 'Deny');
      expect(deny.Resource).toHaveLength(2);
      const read = statements.find((statement) => statement.Effect === 'Allow');
      expect(read.Condition.StringEquals['AWS:SourceArn']).toEqual({
        'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}',
      });
    }
  });

  it('forward-host uses AllViewer, no function, and keys the cache on host', () => {
    const t = mainTemplate('forward-host-alb');
    const dc = distributionConfigOf(t);
    expect(t.Resources.ViewerRequestFunction).toBeUndefined();
    expect(dc.DefaultCacheBehavior.FunctionAssociations).toBeUndefined();
    expect(dc.DefaultCacheBehavior.OriginRequestPolicyId).toBe('216adef6-5c7f-47e4-b989-5492eafa07d3');
    const cachePolicy: any = t.Resources.DynamicPagesCachePolicy?.Properties.CachePolicyConfig;
    expect(cachePolicy.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers).toEqual([
      'authorization',
      'host',
    ]);
  });

  it('the secret header value is a Secrets Manager dynamic reference to a version: only its id is a parameter', () => {
    for (const name of ['secret-header', 'forward-host-alb']) {
      const secret = deploymentFor(fixture(name)).originSecret!;
      const t = mainTemplate(name);
      expect(Object.keys(t.Parameters ?? {}), name).toEqual([secret.versionId.parameter]);
      expect(distributionConfigOf(t).Origins[0].OriginCustomHeaders).toEqual([
        {
          HeaderName: secret.headerName,
          HeaderValue: {
            'Fn::Sub': `{{resolve:secretsmanager:${secret.secretName}:SecretString:::\${${secret.versionId.parameter}}}}`,
          },
        },
      ]);
    }
  });

  it('no template has a secret: no NoEcho parameter and no parameter but the values read from other stacks or looked up', () => {
    for (const { name, config } of FIXTURES) {
      const deployment = deploymentFor(config);
      const templates = [...parsedTemplates(cloudFormationFilesFor(config, 'json')).values()];
      templates.forEach((template, index) => {
        const stack = deployment.stacks[index];
        const reads = [
          ...(stack?.reads.map((read) => read.output) ?? []),
          ...(stack?.lookups.map((lookup) => lookup.key) ?? []),
        ];
        const version =
          index === 0 && deployment.originSecret !== null
            ? [deployment.originSecret.versionId.parameter]
            : [];
        expect(Object.keys(template.Parameters ?? {}), name).toEqual([...reads, ...version]);
        expect(JSON.stringify(template), name).not.toMatch(/NoEcho|OriginVerifySecret/);
        const resolves = JSON.stringify(template).match(/\{\{resolve:[^"]*/g) ?? [];
        expect(resolves, name).toEqual(
          index === 0 && deployment.originSecret !== null
            ? [
                `{{resolve:secretsmanager:${deployment.originSecret.secretName}:SecretString:::\${${deployment.originSecret.versionId.parameter}}}}`,
              ]
            : [],
        );
      });
    }
  });

  it('certificate ARN and hosted zone are literals from the model', () => {
    const existing = mainTemplate('rest-api-all-cookies-real-certificate');
    expect(distributionConfigOf(existing).ViewerCertificate.AcmCertificateArn).toBe(
      'arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-4234-8234-123456789012',
    );
    const created = mainTemplate('create-certificate-and-dns');
    const records = resourcesOfType(created, 'AWS::Route53::RecordSet');
    expect(records.map((r) => r.Properties.HostedZoneId)).toEqual(records.map(() => 'Z0123456789ABCDEFGHIJ'));
  });

  it('Lambda OAC grants both InvokeFunctionUrl and InvokeFunction, in the origin-access stack outside us-east-1', () => {
    const templates = templatesOf('lambda-oac-other-region');
    expect([...templates.keys()]).toEqual([
      'cloudformation/template.yaml',
      'cloudformation/origin-access.yaml',
    ]);
    const main = templates.get('cloudformation/template.yaml') as ParsedTemplate;
    expect(main.Resources.LambdaUrlOriginAccessControl?.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 'lambda',
      SigningBehavior: 'always',
    });
    expect(resourcesOfType(main, 'AWS::Lambda::Permission')).toEqual([]);
    const access = templates.get('cloudformation/origin-access.yaml') as ParsedTemplate;
    expect(access.Parameters?.DistributionArn).toMatchObject({ Type: 'String' });
    const grants = resourcesOfType(access, 'AWS::Lambda::Permission').map((r) => r.Properties);
    expect(grants).toEqual([
      expect.objectContaining({
        Action: 'lambda:InvokeFunctionUrl',
        FunctionUrlAuthType: 'AWS_IAM',
        SourceArn: { Ref: 'DistributionArn' },
      }),
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        InvokedViaFunctionUrl: true,
        SourceArn: { Ref: 'DistributionArn' },
      }),
    ]);

    const sameRegion = templatesOf('lambda-oac-us-east-1');
    expect([...sameRegion.keys()]).toEqual(['cloudformation/template.yaml']);
    const together = resourcesOfType(
      sameRegion.get('cloudformation/template.yaml') as ParsedTemplate,
      'AWS::Lambda::Permission',
    );
    expect(together.map((r) => r.Properties.Action)).toEqual([
      'lambda:InvokeFunctionUrl',
      'lambda:InvokeFunction',
    ]);
    expect(together.every((r) => r.Properties.Principal === 'cloudfront.amazonaws.com')).toBe(true);
  });

  it('a created certificate is DNS-validated in the zone, its subject from the model, records alias CloudFront', () => {
    const t = mainTemplate('create-certificate-and-dns');
    expect(t.Resources.Certificate?.Properties).toMatchObject({
      DomainName: 'www.example.com',
      SubjectAlternativeNames: ['example.com'],
      ValidationMethod: 'DNS',
    });
    expect(distributionConfigOf(t).ViewerCertificate.AcmCertificateArn).toEqual({ Ref: 'Certificate' });
    const records = resourcesOfType(t, 'AWS::Route53::RecordSet');
    expect(records.map((r) => `${r.Properties.Name} ${r.Properties.Type}`)).toEqual([
      'www.example.com A',
      'www.example.com AAAA',
      'example.com A',
      'example.com AAAA',
    ]);
    expect(records.every((r) => (r.Properties.AliasTarget as any).HostedZoneId === 'Z2FDTNDATAQYW2')).toBe(
      true,
    );

    const long = mainTemplate('long-domain-created-certificate').Resources.Certificate?.Properties as any;
    const plan = deploymentFor(fixture('long-domain-created-certificate')).certificate;
    expect(long.DomainName).toBe(plan.kind === 'created' ? plan.domainName : '');
    expect(long.DomainName.length).toBeLessThanOrEqual(64);
  });

  it('has every output of the model, in the stack the model puts it', () => {
    for (const { name, config } of FIXTURES) {
      const deployment = deploymentFor(config);
      const templates = [...parsedTemplates(cloudFormationFilesFor(config, 'yaml')).values()];
      deployment.stacks.forEach((stack, index) => {
        expect(Object.keys(templates[index]?.Outputs ?? {}), name).toEqual(
          deployment.outputs.filter((output) => output.stack === stack.key).map((output) => output.key),
        );
      });
    }
  });

  it('the model and the template agree on every behaviour and alias', () => {
    for (const { name, config } of FIXTURES) {
      const { distribution } = deploymentFor(config);
      const dc = distributionConfigOf(mainTemplate(name));
      expect(dc.CacheBehaviors?.map((b: { PathPattern: string }) => b.PathPattern) ?? [], name).toEqual(
        distribution.additionalBehaviors.map((b) => b.pathPattern),
      );
      expect(dc.Aliases, name).toEqual(distribution.aliases);
    }
  });
});
