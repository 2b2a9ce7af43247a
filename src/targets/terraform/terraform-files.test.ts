import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/schema';
import { hclString } from '../emit/hcl';
import { terraformFiles } from './index';

const filesFor = (input: object) => {
  const config = parseConfig(input);
  if (!config.success) throw config.error;
  return Object.fromEntries(terraformFiles(config.data).map((file) => [file.path, file.contents]));
};

describe('generated Terraform module', () => {
  it('pins hashicorp/aws >= 5.0 and aliases us-east-1; managed policies by ID, no data source lookups', () => {
    const files = filesFor({});
    expect(files['terraform/versions.tf']).toContain('version = ">= 5.0"');
    expect(files['terraform/versions.tf']).toMatch(/alias\s+= "us_east_1"/);
    expect(files['terraform/main.tf']).toContain(
      '"Managed-CachingDisabled"           = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"',
    );
    expect(files['terraform/main.tf']).not.toMatch(/^data "aws_cloudfront_(cache|origin_request)_policy"/m);
    expect(files['terraform/README.md']).toContain('credentials');
    expect(files['terraform/viewer-request.js']).toContain("request.headers['x-forwarded-host']");
  });

  it('the secret is a sensitive variable without default, never a value in the example file', () => {
    const files = filesFor({ originProtection: { secretHeader: true } });
    const secret =
      /variable "origin_verify_secret" \{[\s\S]*?\n\}/.exec(files['terraform/variables.tf'] ?? '')?.[0] ?? '';
    expect(secret).toMatch(/sensitive\s+= true/);
    expect(secret).not.toContain('default');
    expect(files['terraform/terraform.tfvars.example']).not.toMatch(/^origin_verify_secret/m);
    expect(files['terraform/main.tf']).toMatch(
      /custom_header \{\n\s+name\s+= "X-Origin-Verify"\n\s+value = var.origin_verify_secret/,
    );
  });

  it('Lambda OAC: both permissions, in the function region provider', () => {
    const files = filesFor({
      origin: {
        type: 'lambda-url',
        endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
        lambdaUrlAuth: 'oac',
        lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
      },
    });
    const main = files['terraform/main.tf'] ?? '';
    expect(main).toMatch(/action\s+= "lambda:InvokeFunctionUrl"/);
    expect(main).toMatch(/action\s+= "lambda:InvokeFunction"\n/);
    expect(main.match(/provider\s+= aws.lambda_origin/g)).toHaveLength(2);
    expect(main).toMatch(/origin_access_control_origin_type = "lambda"/);
    expect(files['terraform/versions.tf']).toContain('region = split(":", var.lambda_function_arn)[3]');
  });

  it('names derive from var.project_name even when the project name has hyphens', () => {
    const main =
      filesFor({ projectName: 'shop-2', dynamicCaching: { mode: 'origin-cache-control' } })[
        'terraform/main.tf'
      ] ?? '';
    expect(main).toContain('name        = "${var.project_name}-django-pages"');
    expect(main).toContain('name    = "${var.project_name}-forward-host"');
    expect(main).not.toContain('-2-django-pages');
  });

  it('quotes user text with hclString, so ${ and %{ stay literal', () => {
    const comment = 'a ${b} %{c} "d" \\ e';
    const files = filesFor({ distribution: { comment } });
    expect(files['terraform/variables.tf']).toContain(`default     = ${hclString(comment)}`);
    expect(hclString(comment)).toBe('"a $${b} %%{c} \\"d\\" \\\\ e"');
  });
});
