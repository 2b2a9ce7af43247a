import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDomains, ConfigSchema, type Config } from '../../config/schema';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../../model/aws-constants';
import { ALLOWED_METHOD_LISTS } from '../../model/legacy-plan';
import { viewerFunctionCode } from '../../model/viewer-function-code';
import { CDK_CONTRACT_VARIANTS, HOSTILE_COMMENT } from './contract-variants';
import {
  cdkAssemblyMessages,
  makeCdkWorkspace,
  removeCdkWorkspace,
  synthesizeWrittenCdkApps,
  writeGeneratedCdkApp,
  type CloudFormationTemplate,
} from './synth';
import {
  expectAliasRecords,
  expectDynamicCachePolicy,
  expectResponseHeadersPolicy,
} from './template-expectations';
import {
  distributionConfigOf,
  getAtt,
  onlyResource,
  originById,
  ref,
  resourcesOfType,
  type DistributionConfig,
  type Props,
} from './template-queries';

const run = promisify(execFile);

interface Synthesized {
  config: Config;
  messages: string[];
  templates: Record<string, CloudFormationTemplate>;
  main: CloudFormationTemplate;
  distribution: DistributionConfig;
}

const results = new Map<string, Synthesized>();
let typeCheck: { ok: boolean; output: string } = { ok: false, output: 'not run' };
let synthError: string | null = null;
let workspace = '';

beforeAll(async () => {
  const root = await makeCdkWorkspace('cdk-ts-contract-');
  workspace = root;
  const appDirs = CDK_CONTRACT_VARIANTS.map((variant) => path.join(root, variant.name));
  const configs = CDK_CONTRACT_VARIANTS.map((variant) => ConfigSchema.parse(variant.input));
  await Promise.all(configs.map((config, index) => writeGeneratedCdkApp(config, appDirs[index] as string)));

  // One tsc over every generated app (the generated tsconfig's options, every variant's bin/ and lib/).
  const generatedTsconfig = JSON.parse(
    await readFile(path.join(appDirs[0] as string, 'tsconfig.json'), 'utf8'),
  ) as { compilerOptions: Record<string, unknown> };
  await writeFile(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: generatedTsconfig.compilerOptions,
      include: CDK_CONTRACT_VARIANTS.flatMap((variant) => [
        `${variant.name}/bin/**/*.ts`,
        `${variant.name}/lib/**/*.ts`,
      ]),
    }),
  );
  const tsc = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', root], {
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (error: { stdout?: string; message: string }) => ({ ok: false, output: error.stdout || error.message }),
  );
  const synth = synthesizeWrittenCdkApps(appDirs).catch((error: Error) => {
    synthError = error.message;
    return new Map<string, Record<string, CloudFormationTemplate>>();
  });
  const [checked, synthesized] = await Promise.all([tsc, synth]);
  typeCheck = checked;
  if (synthError !== null) return;
  const messages = await Promise.all(appDirs.map((appDir) => cdkAssemblyMessages(appDir)));
  CDK_CONTRACT_VARIANTS.forEach((variant, index) => {
    const config = configs[index] as Config;
    const templates = synthesized.get(appDirs[index] as string) ?? {};
    const main = Object.values(templates).find(
      (template) => resourcesOfType(template, 'AWS::CloudFront::Distribution').length === 1,
    );
    if (main === undefined) throw new Error(`${variant.name}: no stack with a distribution`);
    results.set(variant.name, {
      config,
      messages: messages[index] ?? [],
      templates,
      main,
      distribution: distributionConfigOf(main),
    });
  });
});

afterAll(async () => {
  if (workspace !== '') await removeCdkWorkspace(workspace);
});

function result(name: string): Synthesized {
  if (synthError !== null) throw new Error(`synth failed: ${synthError}`);
  const found = results.get(name);
  if (found === undefined) throw new Error(`variant ${name} was not synthesized`);
  return found;
}

it('every generated app type-checks (one tsc run over all variants)', () => {
  expect(typeCheck.output).toBe('');
  expect(typeCheck.ok).toBe(true);
});

it('every generated app synthesizes (bin/app.ts run as `cdk synth` runs it)', () => {
  expect(synthError).toBeNull();
  expect(results.size).toBe(CDK_CONTRACT_VARIANTS.length);
});

describe.each(CDK_CONTRACT_VARIANTS.map((variant) => variant.name))('generated CDK app: %s', (name) => {
  it('synthesizes without CDK warnings or errors', () => {
    expect(result(name).messages).toEqual([]);
  });

  it('aliases, certificate, TLS and distribution options', () => {
    const { config, distribution } = result(name);
    expect(distribution.Aliases).toEqual(allDomains(config));
    expect(distribution.ViewerCertificate).toMatchObject({
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: config.distribution.minimumTlsVersion,
    });
    if (config.certificate.source === 'existing-arn') {
      expect(distribution.ViewerCertificate.AcmCertificateArn).toBe(config.certificate.arn);
    }
    expect(distribution.PriceClass).toBe(config.distribution.priceClass);
    expect(distribution.HttpVersion).toBe(config.distribution.httpVersion);
    expect(distribution.IPV6Enabled).toBe(config.distribution.ipv6);
    expect(distribution.Enabled).toBe(true);
    if (config.distribution.comment !== '') expect(distribution.Comment).toBe(config.distribution.comment);
    expect(distribution.WebACLId).toBe(config.distribution.webAclArn || undefined);
    if (config.distribution.loggingBucket) {
      expect(distribution.Logging).toEqual({
        Bucket: `${config.distribution.loggingBucket}.s3.amazonaws.com`,
      });
    } else {
      expect(distribution.Logging).toBeUndefined();
    }
  });

  it('the app origin: HTTPS only, TLS 1.2, origin path', () => {
    const { config, distribution } = result(name);
    const app = originById(distribution, distribution.DefaultCacheBehavior.TargetOriginId);
    expect(app.DomainName).toBe(config.origin.endpoint);
    expect(app.OriginPath).toBe(config.origin.path === '' ? undefined : config.origin.path);
    expect(app.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(app.S3OriginConfig).toBeUndefined();
  });

  it('default behaviour: methods, cache policy per mode, origin request policy, function', () => {
    const { config, main, distribution } = result(name);
    const behavior = distribution.DefaultCacheBehavior;
    expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(behavior.AllowedMethods).toEqual(ALLOWED_METHOD_LISTS.ALL);
    expect(behavior.CachedMethods).toEqual(['GET', 'HEAD']);
    expect(behavior.Compress).toBe(true);
    expectDynamicCachePolicy(config, main, behavior.CachePolicyId);
    const usesFunction = config.origin.hostStrategy === 'x-forwarded-host-function';
    expect(behavior.OriginRequestPolicyId).toBe(
      usesFunction
        ? MANAGED_ORIGIN_REQUEST_POLICIES.allViewerExceptHostHeader.id
        : MANAGED_ORIGIN_REQUEST_POLICIES.allViewer.id,
    );
    const functions = resourcesOfType(main, 'AWS::CloudFront::Function');
    if (usesFunction) {
      const [functionId, fn] = onlyResource(main, 'AWS::CloudFront::Function');
      expect(fn.FunctionCode).toBe(viewerFunctionCode(config));
      expect(fn.FunctionConfig).toMatchObject({ Runtime: 'cloudfront-js-2.0' });
      expect(fn.AutoPublish).toBe(true);
      expect(behavior.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: getAtt(functionId, 'FunctionARN') },
      ]);
    } else {
      expect(functions).toHaveLength(0);
      expect(behavior.FunctionAssociations).toBeUndefined();
    }
    expectResponseHeadersPolicy(config, main, behavior.ResponseHeadersPolicyId);
  });

  it('path behaviours for static and media files', () => {
    const { config, main, distribution } = result(name);
    const expected = [config.staticFiles, config.mediaFiles].filter((files) => files.enabled);
    const behaviors = distribution.CacheBehaviors ?? [];
    expect(behaviors.map((behavior) => behavior.PathPattern)).toEqual(
      expected.map((files) => files.pathPattern),
    );
    for (const files of expected) {
      const behavior = behaviors.find((candidate) => candidate.PathPattern === files.pathPattern) as Props;
      expect(behavior).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ALLOWED_METHOD_LISTS.GET_HEAD,
        CachePolicyId: MANAGED_CACHE_POLICIES.cachingOptimized.id,
      });
      expectResponseHeadersPolicy(config, main, behavior.ResponseHeadersPolicyId);
      const origin = originById(distribution, behavior.TargetOriginId);
      if (files.source === 's3') {
        expect(origin.S3OriginConfig).toBeDefined();
        expect(origin.OriginAccessControlId).toBeDefined();
        expect(behavior.OriginRequestPolicyId).toBeUndefined();
        expect(behavior.FunctionAssociations).toBeUndefined();
      } else {
        expect(behavior.TargetOriginId).toBe(distribution.DefaultCacheBehavior.TargetOriginId);
        expect(behavior.OriginRequestPolicyId).toBe(distribution.DefaultCacheBehavior.OriginRequestPolicyId);
        expect(behavior.FunctionAssociations).toEqual(distribution.DefaultCacheBehavior.FunctionAssociations);
      }
    }
  });

  it('outputs the distribution domain name and id', () => {
    const { main } = result(name);
    const [distributionId] = onlyResource(main, 'AWS::CloudFront::Distribution');
    expect(main.Outputs?.DistributionDomainName?.Value).toEqual(getAtt(distributionId, 'DomainName'));
    expect(main.Outputs?.DistributionId?.Value).toEqual(ref(distributionId));
  });
});

describe('variant-specific resources', () => {
  it('S3 static and media files: private buckets reached through OAC, readable only by this distribution', () => {
    const { main, distribution } = result('s3-static-and-media');
    const buckets = resourcesOfType(main, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(2);
    for (const [bucketId, bucket] of buckets) {
      expect(bucket.Properties?.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.DeletionPolicy).toBe('Retain');
      const policy = resourcesOfType(main, 'AWS::S3::BucketPolicy').find(
        ([, candidate]) => JSON.stringify(candidate.Properties?.Bucket) === JSON.stringify(ref(bucketId)),
      );
      const statements = (policy?.[1].Properties?.PolicyDocument as { Statement: Props[] }).Statement;
      const [distributionId] = onlyResource(main, 'AWS::CloudFront::Distribution');
      expect(statements).toContainEqual(
        expect.objectContaining({
          Action: 's3:GetObject',
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: {
            StringEquals: {
              'AWS:SourceArn': {
                'Fn::Join': ['', expect.arrayContaining([`:distribution/`, ref(distributionId)])],
              },
            },
          },
        }),
      );
      expect(
        main.Outputs?.[`${bucketId.startsWith('Static') ? 'StaticFiles' : 'MediaFiles'}BucketName`],
      ).toEqual({
        Value: ref(bucketId),
      });
    }
    const oacs = resourcesOfType(main, 'AWS::CloudFront::OriginAccessControl');
    expect(
      oacs.map(
        ([, oac]) => (oac.Properties?.OriginAccessControlConfig as Props).OriginAccessControlOriginType,
      ),
    ).toEqual(['s3', 's3']);
    expect(distribution.Origins).toHaveLength(3);
  });

  it('created certificate (us-east-1, DNS-validated) and Route 53 alias records A + AAAA', () => {
    const { config, main } = result('create-certificate-and-dns');
    const [certificateId, certificate] = onlyResource(main, 'AWS::CertificateManager::Certificate');
    expect(certificate).toMatchObject({
      DomainName: 'www.example.com',
      SubjectAlternativeNames: ['example.com'],
      ValidationMethod: 'DNS',
      DomainValidationOptions: [
        { DomainName: 'www.example.com', HostedZoneId: config.dns.hostedZoneId },
        { DomainName: 'example.com', HostedZoneId: config.dns.hostedZoneId },
      ],
    });
    expect(distributionConfigOf(main).ViewerCertificate.AcmCertificateArn).toEqual(ref(certificateId));
    expectAliasRecords(main, config, ['A', 'AAAA']);
  });

  it('created certificate with a Lambda OAC origin in eu-west-1: permissions in a stack of their own', () => {
    const { config, templates, main } = result('lambda-oac-create-certificate');
    const [certificateId] = onlyResource(main, 'AWS::CertificateManager::Certificate');
    expect(distributionConfigOf(main).ViewerCertificate.AcmCertificateArn).toEqual(ref(certificateId));
    expect(resourcesOfType(main, 'AWS::Lambda::Permission')).toHaveLength(0);
    const permissionStack = Object.values(templates).find((template) => template !== main);
    const permissions = resourcesOfType(permissionStack ?? main, 'AWS::Lambda::Permission').map(
      ([, permission]) => permission.Properties as Props,
    );
    expect(permissions.map((permission) => permission.Action).sort()).toEqual([
      'lambda:InvokeFunction',
      'lambda:InvokeFunctionUrl',
    ]);
    for (const permission of permissions) {
      expect(permission).toMatchObject({
        FunctionName: config.origin.lambdaFunctionArn,
        Principal: 'cloudfront.amazonaws.com',
      });
      // The distribution ARN arrives through CDK's cross-region reader (an SSM parameter the main stack writes).
      expect(JSON.stringify(permission.SourceArn)).toMatch(/ExportsReader/);
    }
    expect(JSON.stringify(main)).toMatch(/ExportsWriter/);
    expectAliasRecords(main, config, ['A']);
  });

  it('secret origin header: a NoEcho parameter sent as an origin custom header', () => {
    const { config, main, distribution } = result('secret-header');
    expect(main.Parameters?.OriginVerifySecret).toMatchObject({
      Type: 'String',
      NoEcho: true,
      MinLength: 32,
    });
    const app = originById(distribution, distribution.DefaultCacheBehavior.TargetOriginId);
    expect(app.OriginCustomHeaders).toEqual([
      { HeaderName: config.originProtection.headerName, HeaderValue: ref('OriginVerifySecret') },
    ]);
    expect(app.OriginAccessControlId).toBeUndefined();
  });

  it('Lambda URL with OAC: a lambda OAC on the origin and both invoke permissions scoped to the distribution', () => {
    const { config, main, distribution } = result('lambda-oac');
    const [oacId, oac] = onlyResource(main, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 'lambda',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const app = originById(distribution, distribution.DefaultCacheBehavior.TargetOriginId);
    expect(app.OriginAccessControlId).toEqual(getAtt(oacId, 'Id'));
    const [distributionId] = onlyResource(main, 'AWS::CloudFront::Distribution');
    const permissions = resourcesOfType(main, 'AWS::Lambda::Permission').map(
      ([, permission]) => permission.Properties,
    );
    const sourceArn = expect.objectContaining({
      'Fn::Join': ['', expect.arrayContaining([':distribution/', ref(distributionId)])],
    });
    expect(permissions).toEqual(
      expect.arrayContaining([
        {
          Action: 'lambda:InvokeFunctionUrl',
          FunctionName: config.origin.lambdaFunctionArn,
          Principal: 'cloudfront.amazonaws.com',
          SourceArn: sourceArn,
          FunctionUrlAuthType: 'AWS_IAM',
        },
        {
          Action: 'lambda:InvokeFunction',
          FunctionName: config.origin.lambdaFunctionArn,
          Principal: 'cloudfront.amazonaws.com',
          SourceArn: sourceArn,
          InvokedViaFunctionUrl: true,
        },
      ]),
    );
    expect(permissions).toHaveLength(2);
  });

  it('hostile comment compiles and survives byte for byte', () => {
    expect(result('hostile-comment').distribution.Comment).toBe(HOSTILE_COMMENT);
  });

  it('the default comment names the primary domain', () => {
    const { config, distribution } = result('apigw-http--disabled');
    expect(distribution.Comment).toBe(`${config.domains.primary} (Django)`);
  });
});
