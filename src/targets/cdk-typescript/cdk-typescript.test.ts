import { describe, expect, it } from 'vitest';
import { ConfigSchema, defaultConfig } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { cdkTypeScriptFiles } from '.';
import { cdkAppNames, pascalCase, recordIds } from './names';
import { cdkStackLayout } from './stack-layout';

const LAMBDA_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:mysite-django';
const lambdaOac = {
  type: 'lambda-url',
  endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
  lambdaUrlAuth: 'oac',
  lambdaFunctionArn: LAMBDA_ARN,
} as const;
const createCertificate = {
  certificate: { source: 'create-dns-validated' },
  dns: { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' },
} as const;

describe('cdk-typescript files', () => {
  it('writes a complete CDK app', () => {
    const files = cdkTypeScriptFiles(ConfigSchema.parse({ projectName: 'my-site' }));
    expect(files.map((file) => file.path).sort()).toEqual(
      [
        'cdk-typescript/README.md',
        'cdk-typescript/bin/app.ts',
        'cdk-typescript/cdk.json',
        'cdk-typescript/lib/my-site-stack.ts',
        'cdk-typescript/package.json',
        'cdk-typescript/tsconfig.json',
      ].sort(),
    );
    const cdkJson = JSON.parse(files.find((file) => file.path.endsWith('cdk.json'))?.contents ?? '{}');
    expect(cdkJson.app).toBe('npx tsx bin/app.ts');
    const pkg = JSON.parse(files.find((file) => file.path.endsWith('package.json'))?.contents ?? '{}');
    expect(pkg.dependencies['aws-cdk-lib']).toBe('2.276.0');
    expect(pkg.devDependencies['aws-cdk']).toMatch(/^\d/);
  });

  it('names classes and stacks after the project', () => {
    expect(pascalCase('my-site2')).toBe('MySite2');
    expect(cdkAppNames(distributionPlanFor(ConfigSchema.parse({ projectName: 'my-site' })))).toMatchObject({
      stackClass: 'MySiteStack',
      stackModule: 'lib/my-site-stack',
    });
    expect(recordIds(['a-b.example.com', 'a.b.example.com', 'www.example.com'])).toEqual([
      'ABExampleCom',
      'ABExampleCom2',
      'WwwExampleCom',
    ]);
  });
});

describe('stack regions', () => {
  it('an existing certificate and no Lambda OAC: the CLI default region', () => {
    expect(cdkStackLayout(distributionPlanFor(defaultConfig()))).toEqual({
      mainRegion: null,
      lambdaPermissionRegion: null,
    });
  });
  it('a created certificate: the stack is pinned to us-east-1', () => {
    const layout = cdkStackLayout(distributionPlanFor(ConfigSchema.parse(createCertificate)));
    expect(layout).toEqual({ mainRegion: 'us-east-1', lambdaPermissionRegion: null });
    const files = cdkTypeScriptFiles(ConfigSchema.parse(createCertificate));
    expect(files.find((file) => file.path.endsWith('bin/app.ts'))?.contents).toContain("region: 'us-east-1'");
  });
  it("Lambda OAC: the stack goes to the function's region (Lambda permissions are regional)", () => {
    const layout = cdkStackLayout(distributionPlanFor(ConfigSchema.parse({ origin: lambdaOac })));
    expect(layout).toEqual({ mainRegion: 'eu-west-1', lambdaPermissionRegion: null });
  });
  it('Lambda OAC outside us-east-1 and a created certificate: permissions in a stack of their own', () => {
    const config = ConfigSchema.parse({ origin: lambdaOac, ...createCertificate });
    expect(cdkStackLayout(distributionPlanFor(config))).toEqual({
      mainRegion: 'us-east-1',
      lambdaPermissionRegion: 'eu-west-1',
    });
    const app = cdkTypeScriptFiles(config).find((file) => file.path.endsWith('bin/app.ts'))?.contents ?? '';
    expect(app).toContain('crossRegionReferences: true');
    expect(app).toContain('distributionArn: stack.distributionArn');
  });
  it('Lambda OAC in us-east-1 and a created certificate: one stack', () => {
    const config = ConfigSchema.parse({
      origin: {
        ...lambdaOac,
        endpoint: 'abcdefghij1234567890.lambda-url.us-east-1.on.aws',
        lambdaFunctionArn: LAMBDA_ARN.replace('eu-west-1', 'us-east-1'),
      },
      ...createCertificate,
    });
    expect(cdkStackLayout(distributionPlanFor(config))).toEqual({
      mainRegion: 'us-east-1',
      lambdaPermissionRegion: null,
    });
  });
});

describe('README', () => {
  const readmeOf = (input: unknown) =>
    cdkTypeScriptFiles(ConfigSchema.parse(input)).find((file) => file.path.endsWith('README.md'))?.contents ??
    '';

  it('gives the deploy commands and says where the stack deploys', () => {
    const readme = readmeOf({});
    expect(readme).toContain('npm install');
    expect(readme).toContain('npx cdk deploy --all');
    expect(readme).toContain('us-east-1');
    expect(readme).toContain('deploys to any region');
  });

  it('passes the origin secret to the main stack and names the Django environment variable', () => {
    const readme = readmeOf({ originProtection: { secretHeader: true } });
    expect(readme).toContain('--parameters MysiteStack:OriginVerifySecret="$ORIGIN_SECRET"');
    expect(readme).toContain('ORIGIN_VERIFY_SECRET');
  });

  it('bootstraps both regions when the Lambda permissions need a stack of their own', () => {
    const readme = readmeOf({ origin: lambdaOac, ...createCertificate });
    expect(readme).toContain('npx cdk bootstrap aws://ACCOUNT-ID/us-east-1 aws://ACCOUNT-ID/eu-west-1');
    expect(readme).toContain('MysiteLambdaPermissionStack');
    expect(readme).toContain('lambda:InvokeFunction');
  });
});
