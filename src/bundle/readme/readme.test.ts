import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../config/schema';
import { TARGETS, generateAllTargets } from '../index';
import type { GeneratedFile } from '../types';
import { environmentVariablesRead, requiredTerraformVariables } from './deploy-steps';
import { bundleReadme } from './index';
import { mdInline, mdTable } from './markdown';
import { deploymentFor } from '../../model';

function validConfig(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const PERMALINK = 'https://wizard.example/#c=1.test';
const readmeOf = (config: Config, files = generateAllTargets(deploymentFor(config))) =>
  bundleReadme(config, files, { permalink: PERMALINK }).contents;

const seedLike = validConfig({
  projectName: 'bakery',
  domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
  origin: { endpoint: 'k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com' },
});
const protectedAlb = validConfig({
  domains: { primary: 'www.mybakery.co.uk' },
  origin: { type: 'alb', endpoint: 'origin.mybakery.co.uk' },
  originProtection: { secretHeader: true, headerName: 'X-Origin-Verify' },
});
const stackDoesDns = validConfig({
  domains: { primary: 'www.mybakery.co.uk', additional: ['mybakery.co.uk'] },
  certificate: { source: 'create-dns-validated', arn: '' },
  dns: { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'mybakery.co.uk' },
});

describe('bundle README', () => {
  it('puts the deploy steps in order: certificate, stack, Django settings, DNS last', () => {
    const readme = readmeOf(seedLike);
    const positions = [
      '### 1. Certificate (us-east-1)',
      '### 2. The CloudFront stack',
      '### 3. Django settings',
      '### 4. DNS, last',
      '## Verify',
      '## Roll back',
    ].map((heading) => readme.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists every generated target with its label, folder and files, and leaves out targets without files', () => {
    const files = generateAllTargets(deploymentFor(seedLike));
    const readme = readmeOf(seedLike, files);
    for (const target of TARGETS) {
      const own = files.filter((file) => file.path.startsWith(`${target.folder}/`));
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${target.folder}/\` |`));
      if (own.length === 0) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row).toContain(target.label);
      for (const file of own) expect(row).toContain(`\`${file.path.slice(target.folder.length + 1)}\``);
    }
  });

  it('is generic over the targets: steps come from the files each target wrote', () => {
    const fake: GeneratedFile[] = [
      {
        path: 'cloudformation/stack.json',
        language: 'json',
        contents: '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::IAM::Role"}}}',
      },
      {
        path: 'terraform/main.tf',
        language: 'hcl',
        contents:
          'variable "region" {\n  default = "us-east-1"\n}\nvariable "origin_verify_secret" {\n  type = string\n}\n',
      },
    ];
    const readme = readmeOf(protectedAlb, fake);
    expect(readme).toContain('--template-file cloudformation/stack.json');
    expect(readme).toContain('--capabilities CAPABILITY_IAM');
    expect(readme).toContain('export TF_VAR_origin_verify_secret="$ORIGIN_VERIFY_SECRET"');
    expect(readme).not.toContain('TF_VAR_region');
    expect(readme).not.toContain('#### CDK (TypeScript)');
    expect(readme).toContain('No Django files were generated in this bundle.');
  });

  it('shows how to check, with curl and a view printing request.get_host(), that each host reaches Django', () => {
    const readme = readmeOf(seedLike);
    expect(readme).toContain('request.get_host()');
    expect(readme).toContain('for name in www.mybakery.co.uk mybakery.co.uk; do');
    expect(readme).toContain('curl -sI --resolve "$DOMAIN:443:');
    expect(readme).toContain("-H 'X-Forwarded-Host: attacker.example'");
    expect(readme).toContain('`curl -sI https://k7x2mq9pzd.execute-api.eu-west-2.amazonaws.com/`');
  });

  it('makes a secret for origin protection and says the direct origin answers 403', () => {
    const readme = readmeOf(protectedAlb);
    expect(readme).toContain('export ORIGIN_VERIFY_SECRET="$(openssl rand -hex 32)"');
    expect(readme).toContain('403 from Django: the request lacks the `X-Origin-Verify` header');
  });

  it('when the stack owns the certificate and DNS, says so and moves the Django settings first', () => {
    const readme = readmeOf(stackDoesDns);
    expect(readme).toContain(
      'validates it with DNS records in the hosted zone `mybakery.co.uk` (`Z0123456789ABCDEFGHIJ`)',
    );
    expect(readme).toContain('do step 3 (Django settings) first');
    expect(readme).toContain(
      '### 4. DNS\n\nDone by the stack: alias records (A, AAAA) for `www.mybakery.co.uk`, `mybakery.co.uk`',
    );
    expect(readme).toContain('deleting the stack deletes them');
    expect(readme).toContain('The certificate the stack created goes with it.');
  });

  it('lists the settings changed from the defaults', () => {
    const readme = readmeOf(seedLike);
    expect(readme).toContain('Settings changed from the wizard’s defaults (4):');
    expect(readme).toMatch(
      /\| (?:[^|]+ \()?`domains\.additional`\)? \| `\[\]` \| `\["mybakery\.co\.uk"\]` \|/,
    );
    expect(readmeOf(validConfig({}))).toContain('Every setting is at its default');
  });

  it('keeps a hostile comment from breaking the Markdown table', () => {
    const hostile = validConfig({ distribution: { comment: 'a | b ``` `x` \n| c' } });
    const lines = readmeOf(hostile).split('\n');
    const header = lines.findIndex((line) => line.startsWith('| Setting |'));
    const row = lines[header + 2] ?? '';
    expect(row).toMatch(/^\| (?:[^|]+ \()?`distribution\.comment`\)? \|/);
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });
});

describe('markdown helpers', () => {
  it('fences inline code longer than any backtick run inside', () => {
    expect(mdInline('a`b')).toBe('``a`b``');
    expect(mdInline('`x`')).toBe('`` `x` ``');
    expect(mdTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });

  it('finds Terraform variables without a default', () => {
    const files: GeneratedFile[] = [
      {
        path: 'terraform/variables.tf',
        language: 'hcl',
        contents: 'variable "a" {\n  type = string\n}\n\nvariable "b" {\n  default = 1\n}\n',
      },
    ];
    expect(requiredTerraformVariables(files)).toEqual(['a']);
  });
});

describe('environmentVariablesRead', () => {
  it('finds os.environ reads of literals and of module constants', () => {
    const files: GeneratedFile[] = [
      {
        path: 'django/a.py',
        language: 'python',
        contents:
          'import os\nSECRET_ENV_VAR = "ORIGIN_VERIFY_SECRET"\nx = os.environ.get(SECRET_ENV_VAR, "")\ny = os.environ["DJANGO_DEBUG"]\nz = os.getenv("OTHER")\n',
      },
      { path: 'django/README.md', language: 'markdown', contents: 'os.environ["NOT_CODE"]' },
    ];
    expect(environmentVariablesRead(files)).toEqual(['ORIGIN_VERIFY_SECRET', 'DJANGO_DEBUG', 'OTHER']);
  });
});

describe('bundle README with a Lambda URL signed by OAC', () => {
  it('deploys the distribution template first and sends extra templates to the folder README', () => {
    const oac = validConfig({
      origin: {
        type: 'lambda-url',
        endpoint: 'abcdefghij.lambda-url.eu-west-1.on.aws',
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
      },
    });
    const files: GeneratedFile[] = [
      {
        path: 'cloudformation/lambda-permissions.yaml',
        language: 'yaml',
        contents: 'AWSTemplateFormatVersion: "2010-09-09"\n',
      },
      {
        path: 'cloudformation/template.yaml',
        language: 'yaml',
        contents: 'AWSTemplateFormatVersion: "2010-09-09"\n',
      },
      { path: 'cloudformation/README.md', language: 'markdown', contents: '# x' },
    ];
    const readme = readmeOf(oac, files);
    expect(readme).toContain('--template-file cloudformation/template.yaml');
    expect(readme).toContain(
      'Then deploy `cloudformation/lambda-permissions.yaml` as `cloudformation/README.md` says',
    );
    expect(readme).not.toContain('AWS_REGION');
  });
});
