import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import type { GeneratedFile } from '../types';
import { HOSTILE_COMMENT, iacVariantConfigs } from '../iac-variants';
import { cdkPythonFiles } from './index';
import { checkPythonCdkNames, readPythonFacts } from './jsii-names-check';

const root = mkdtempSync(join(tmpdir(), 'cdk-python-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeApp(name: string, files: GeneratedFile[]): string[] {
  const dir = join(root, name.replace(/[^A-Za-z0-9_-]/g, '_'));
  const pythonFiles: string[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    if (path.endsWith('.py')) pythonFiles.push(path);
  }
  return pythonFiles;
}

describe('generated CDK Python compiles and uses only names aws-cdk-lib has', () => {
  for (const { name, config } of iacVariantConfigs()) {
    it(name, () => {
      const files = writeApp(name, cdkPythonFiles(config));
      execFileSync('python3', ['-m', 'py_compile', ...files]);
      expect(checkPythonCdkNames(files)).toEqual([]);
    });
  }

  it('checks many calls (the checker sees the code)', () => {
    const files = writeApp('counted', cdkPythonFiles(defaultConfig()));
    const facts = Object.values(readPythonFacts(files));
    const calls = facts.flatMap((f) => f.calls.map((c) => c.callee));
    expect(calls).toEqual(
      expect.arrayContaining([
        'cloudfront.Distribution',
        'cloudfront.BehaviorOptions',
        'cloudfront.FunctionCode.from_inline',
        'origins.HttpOrigin',
        'acm.Certificate.from_certificate_arn',
        'cdk.CfnOutput',
        'MysiteStack',
      ]),
    );
  });
});

describe('stack layout', () => {
  it('a created certificate keeps the stack in us-east-1; OAC grants go to a stack in the function region', () => {
    const variant = iacVariantConfigs().find((v) => v.name === 'lambda-oac-created-certificate');
    if (variant === undefined) throw new Error('variant missing');
    const files = Object.fromEntries(cdkPythonFiles(variant.config).map((f) => [f.path, f.contents]));
    const app = files['cdk-python/app.py'] ?? '';
    expect(app).toMatch(
      /MysiteStack\([\s\S]*region="us-east-1"[\s\S]*MysiteLambdaPermissionStack\([\s\S]*region="eu-west-1"/,
    );
    const stack = files['cdk-python/mysite/mysite_stack.py'] ?? '';
    expect(stack.match(/lambda_\.CfnPermission\(/g)).toHaveLength(2);
    expect(stack).toContain('invoked_via_function_url=True');
    expect(stack).toContain('source_arn=distribution_arn');
  });
});

describe('the name checker fails on wrong names (broken samples)', () => {
  const broken: [string, string, string, RegExp][] = [
    ['a misspelt keyword argument', 'enable_ipv6=', 'enable_ip_v6=', /unknown keyword argument enable_ip_v6/],
    [
      'a misspelt struct keyword',
      'viewer_protocol_policy=',
      'viewer_protocol=',
      /BehaviorOptions: unknown keyword argument viewer_protocol/,
    ],
    ['a missing required struct keyword', 'origin=app_origin,', '', /missing keyword argument origin/],
    [
      'a misspelt class',
      'cloudfront.Distribution(',
      'cloudfront.Distributon(',
      /no Distributon in aws_cdk.aws_cloudfront/,
    ],
    [
      'a misspelt static member',
      'CachePolicy.CACHING_DISABLED',
      'CachePolicy.CACHING_DISABLE',
      /has no static member CACHING_DISABLE/,
    ],
    [
      'a camelCase static method',
      'FunctionCode.from_inline',
      'FunctionCode.fromInline',
      /has no static method fromInline/,
    ],
    [
      'a misspelt instance attribute',
      'distribution.distribution_domain_name',
      'distribution.distribution_domain',
      /has no instance member distribution_domain/,
    ],
    [
      'a TypeScript-style keyword',
      'function_name=',
      'functionName=',
      /unknown keyword argument functionName/,
    ],
    [
      'a stack keyword the stack does not take',
      'env=cdk.Environment',
      'environment=cdk.Environment',
      /MysiteStack: unknown keyword argument environment/,
    ],
  ];
  for (const [what, from, to, message] of broken) {
    it(`fails on ${what}`, () => {
      const files = cdkPythonFiles(defaultConfig()).map((file) =>
        file.contents.includes(from) ? { ...file, contents: file.contents.replace(from, to) } : file,
      );
      expect(files.some((file, i) => file.contents !== cdkPythonFiles(defaultConfig())[i]?.contents)).toBe(
        true,
      );
      const problems = checkPythonCdkNames(writeApp(`broken-${what}`, files));
      expect(problems.join('\n')).toMatch(message);
    });
  }
});

describe('hostile text in Python', () => {
  it('the comment is one Python literal that evaluates to exactly the text', () => {
    const config = parseConfig({ distribution: { comment: HOSTILE_COMMENT } });
    if (!config.success) throw config.error;
    const stack = cdkPythonFiles(config.data).find((file) => file.path.endsWith('_stack.py'));
    const literal = /comment=("(?:[^"\\]|\\.)*"),\n\s+domain_names=/.exec(stack?.contents ?? '')?.[1];
    expect(literal).toBeDefined();
    const value = execFileSync(
      'python3',
      ['-c', 'import ast,sys,json; print(json.dumps(ast.literal_eval(sys.stdin.read())))'],
      {
        input: literal,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(value)).toBe(HOSTILE_COMMENT);
  });

  it('the function code, joined in Python, is exactly the plan code', () => {
    const files = writeApp('function-code', cdkPythonFiles(defaultConfig()));
    const stack = files.find((file) => file.endsWith('_stack.py')) ?? '';
    const code = execFileSync(
      'python3',
      [
        '-c',
        'import ast,sys,json; t=ast.parse(open(sys.argv[1]).read()); a=[n for n in t.body if isinstance(n, ast.Assign)][0]; print(json.dumps(eval(compile(ast.Expression(a.value), "x", "eval"))))',
        stack,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(code)).toBe(distributionPlanFor(defaultConfig()).viewerRequestFunction?.code);
  });
});
