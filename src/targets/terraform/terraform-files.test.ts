import { describe, expect, it } from 'vitest';
import { deploymentFor, generatedKeysFor } from '../../model';
import { FIXTURES, fixture } from '../../../test/support/fixtures';
import { terraformInventory } from '../../../test/support/inventory/terraform';
import { HclModule } from '../../../test/support/terraform/hcl-module';
import { terraformTarget } from './index';
import { TERRAFORM_VERSION } from './versions-tf';

/** The Terraform target prints the model: explanations by line, providers per stack, literals, no secret. */

const deploymentOf = (name: string) => deploymentFor(fixture(name));
const filesOf = (name: string) => terraformTarget.generate(deploymentOf(name));
const contents = (name: string, file: string) =>
  filesOf(name).find((candidate) => candidate.path === `terraform/${file}`)?.contents ?? '';
const inventoryOf = async (name: string) => terraformInventory(filesOf(name));

describe('explanations by line', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: every generated setting the model has is tagged, and nothing else`, () => {
      const deployment = deploymentFor(config);
      const files = terraformTarget.generate(deployment);
      const tagged = new Set(files.flatMap((file) => (file.explained ?? []).map((tag) => tag.key)));
      expect([...tagged].sort()).toEqual(generatedKeysFor(deployment, 'infrastructure').sort());
      for (const file of files) {
        const lines = file.contents.split('\n').length;
        for (const tag of file.explained ?? []) expect(tag.line).toBeLessThanOrEqual(lines);
      }
    });
  }

  it('tags the lines that carry the setting (the aliases line, the whole custom_header block)', () => {
    const file = filesOf('secret-header').find((candidate) => candidate.path === 'terraform/main.tf');
    const lines = file?.contents.split('\n') ?? [];
    const linesOf = (key: string) =>
      (file?.explained ?? []).filter((tag) => tag.key === key).map((tag) => lines[tag.line - 1]?.trim());
    expect(linesOf('generated.aliases')).toEqual(['aliases         = ["www.example.com"]']);
    expect(linesOf('generated.originSecretHeader')).toEqual(
      expect.arrayContaining([
        'custom_header {',
        'name  = "X-Origin-Verify"',
        'value = data.aws_secretsmanager_secret_version.origin_secret.secret_string',
        '}',
      ]),
    );
  });
});

describe('providers: one per stack of the model', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: the default provider in the main stack's region, an alias per other stack`, async () => {
      const deployment = deploymentFor(config);
      const module = await HclModule.read(terraformTarget.generate(deployment));
      expect(module.providers).toEqual(
        deployment.stacks.map((stack) =>
          stack.key === 'main' ? { region: stack.region } : { alias: 'origin_region', region: stack.region },
        ),
      );
    });
  }

  it('Lambda permissions use the origin-region provider; everything else the default one in us-east-1', async () => {
    const inventory = await inventoryOf('lambda-oac-other-region');
    const where = (kind: string) =>
      inventory.resources.filter((r) => r.kind === kind).map((r) => `${r.stack}@${r.region}`);
    expect(where('lambda-permission')).toEqual(['origin-region@eu-west-1', 'origin-region@eu-west-1']);
    expect(where('distribution')).toEqual(['main@us-east-1']);
    const sameRegion = await inventoryOf('lambda-oac-us-east-1');
    expect(contents('lambda-oac-us-east-1', 'providers.tf')).not.toContain('alias');
    expect(sameRegion.resources.every((r) => r.stack === 'main' && r.region === 'us-east-1')).toBe(true);
  });
});

describe('the defects this target had', () => {
  it('buckets are in the main stack’s region (us-east-1), not the origin’s', async () => {
    const deployment = deploymentOf('http-api-named-stage-media-s3');
    expect(deployment.distribution.origins[0]).toMatchObject({
      domainName: expect.stringContaining('ap-southeast-2'),
    });
    const buckets = (await inventoryOf('http-api-named-stage-media-s3')).resources.filter((r) =>
      r.kind.startsWith('bucket'),
    );
    expect(buckets.map((r) => `${r.kind} ${r.stack}@${r.region}`)).toEqual([
      'bucket main@us-east-1',
      'bucket-policy main@us-east-1',
    ]);
  });

  it('every bucket policy denies plain HTTP, printed from the model’s statements', async () => {
    const policies = (await inventoryOf('s3-static-and-media')).resources.filter(
      (r) => r.kind === 'bucket-policy',
    );
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.facts.statements).toContainEqual({
        effect: 'Deny',
        principal: '*',
        actions: ['s3:*'],
        resources: ['bucket', 'objects'],
        condition: 'Bool aws:SecureTransport=false',
      });
    }
  });

  it('the comment of a 200-character domain fits in CloudFront’s 128 characters', async () => {
    const distribution = (await inventoryOf('long-domain')).resources.find((r) => r.kind === 'distribution');
    expect(distribution?.kind === 'distribution' && distribution.facts.comment.length).toBeLessThanOrEqual(
      128,
    );
  });

  for (const name of ['secret-header', 'forward-host-alb']) {
    it(`${name}: no secret in any file: the header value is read from Secrets Manager`, async () => {
      const deployment = deploymentOf(name);
      const files = filesOf(name);
      const distribution = (await inventoryOf(name)).resources.find((r) => r.kind === 'distribution');
      const app =
        distribution?.kind === 'distribution' ? distribution.facts.origins.find((o) => o.id === 'App') : null;
      expect(app?.customHeaders).toEqual([
        {
          name: deployment.originSecret?.headerName,
          value: `secretsmanager:${deployment.originSecret?.secretName}@version-input`,
        },
      ]);
      // The one variable is the version id (which names a version, not the value); no tfvars file.
      const variables = files.flatMap((file) => [...file.contents.matchAll(/^variable "([a-z_]+)"/gm)]);
      expect(variables.map((match) => match[1])).toEqual([deployment.originSecret?.versionId.variable]);
      expect(files.some((file) => file.path.includes('tfvars'))).toBe(false);
      expect(contents(name, 'README.md')).toMatch(/stores it in the state/);
    });
  }
});

describe('literals from the model; the only input is the origin secret’s version id', () => {
  for (const { name, config } of FIXTURES) {
    it(`${name}: no variable blocks but the version id, no other var. references`, () => {
      const secret = deploymentFor(config).originSecret;
      for (const file of filesOf(name).filter((f) => f.path.endsWith('.tf'))) {
        const text =
          secret === null
            ? file.contents
            : file.contents
                .replace(new RegExp(`^variable "${secret.versionId.variable}"`, 'm'), '')
                .replaceAll(`var.${secret.versionId.variable}`, '');
        expect(text, file.path).not.toMatch(/^variable\s|var\./m);
      }
    });
  }

  it('pins Terraform, and hashicorp/aws 6.x (with an upper bound) for the 2025 security policy, saying why', () => {
    expect(contents('seed', 'versions.tf')).toContain(`required_version = "${TERRAFORM_VERSION}"`);
    expect(deploymentOf('seed').distribution.minimumTlsVersion).toBe('TLSv1.2_2025');
    expect(contents('seed', 'versions.tf')).toContain('version = ">= 6.28.0, < 7.0"');
    expect(contents('seed', 'README.md')).toContain('is refused by hashicorp/aws 5.x');
    // A 2021 policy stays on the 5.x line that is validated here.
    expect(contents('waf-logging-http2-priceclass', 'versions.tf')).toContain('version = ">= 5.100, < 6.0"');
    expect(contents('waf-logging-http2-priceclass', 'README.md')).toContain('6.x is not validated here');
  });

  it('managed policies by ID in locals, never a data source lookup', () => {
    const main = contents('seed', 'main.tf');
    expect(main).toMatch(/"Managed-CachingDisabled"\s+= "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"/);
    expect(main).not.toMatch(/^data "aws_cloudfront_(cache|origin_request|response_headers)_policy"/m);
  });

  it('the InvokeFunction grant says, in the file and the README, what hashicorp/aws 5.x cannot express', () => {
    expect(contents('lambda-oac-other-region', 'lambda-permissions.tf')).toMatch(
      /no invoked_via_function_url/,
    );
    expect(contents('lambda-oac-other-region', 'README.md')).toMatch(/invoked_via_function_url = true/);
    expect(contents('seed', 'README.md')).not.toMatch(/invoked_via_function_url/);
  });
});
