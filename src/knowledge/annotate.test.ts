import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../targets/types';
import { explainedLines, targetOfFile } from './annotate';
import { SAMPLE_CONFIGS } from './test-support/configs';
import type { Explanation } from './types';

const entry = (key: string, markers: Explanation['markers'], appliesTo?: Explanation['appliesTo']) =>
  ({ key, title: key, body: 'test entry body', links: [], markers, appliesTo }) satisfies Explanation;

const file = (path: string, contents: string): GeneratedFile => ({ path, language: 'plaintext', contents });
const config = SAMPLE_CONFIGS.seedDefaults;

describe('targetOfFile', () => {
  it('reads the target from the first path segment', () => {
    expect(targetOfFile(file('terraform/main.tf', ''))).toBe('terraform');
    expect(targetOfFile(file('cdk-python/app/stack.py', ''))).toBe('cdk-python');
    expect(targetOfFile(file('README.md', ''))).toBeUndefined();
    expect(targetOfFile(file('terraformx/main.tf', ''))).toBeUndefined();
  });
});

describe('explainedLines', () => {
  const policy = entry('generated.policy', {
    terraform: ['origin_request_policy_id'],
    django: ['USE_X_FORWARDED_HOST'],
  });
  const methods = entry('generated.methods', { terraform: ['allowed_methods'] });

  it('returns 1-based lines containing a marker of the file’s target, in order', () => {
    const tf = file(
      'terraform/main.tf',
      'resource "x" {\n  allowed_methods = []\n  origin_request_policy_id = "id"\n}',
    );
    expect(
      explainedLines(tf, config, [policy, methods]).map((hit) => [hit.line, hit.explanation.key]),
    ).toEqual([
      [2, 'generated.methods'],
      [3, 'generated.policy'],
    ]);
  });

  it('ignores markers of other targets', () => {
    const py = file('django/settings.py', 'allowed_methods = 1\nUSE_X_FORWARDED_HOST = True\n');
    expect(explainedLines(py, config, [policy, methods]).map((hit) => hit.line)).toEqual([2]);
  });

  it('lists a line once per entry that explains it', () => {
    const both = entry('generated.both', { terraform: ['allowed_methods', 'origin_request_policy_id'] });
    const tf = file('terraform/main.tf', 'allowed_methods origin_request_policy_id');
    expect(explainedLines(tf, config, [both, methods]).map((hit) => hit.explanation.key)).toEqual([
      'generated.both',
      'generated.methods',
    ]);
  });

  it('skips entries that do not apply to the config', () => {
    const never = entry('generated.never', { terraform: ['allowed_methods'] }, () => false);
    expect(explainedLines(file('terraform/main.tf', 'allowed_methods'), config, [never])).toEqual([]);
  });

  it('handles CRLF files and files outside any target', () => {
    expect(
      explainedLines(file('terraform/a.tf', 'x\r\nallowed_methods\r\n'), config, [methods])[0]?.line,
    ).toBe(2);
    expect(explainedLines(file('notes/a.tf', 'allowed_methods'), config, [methods])).toEqual([]);
  });

  it('uses the real explanations by default', () => {
    const django = file(
      'django/cloudfront_settings.py',
      'ALLOWED_HOSTS = ["www.example.com"]\nUSE_X_FORWARDED_HOST = True',
    );
    const keys = explainedLines(django, config).map((hit) => hit.explanation.key);
    expect(keys).toEqual(['generated.django.allowedHosts', 'generated.django.useXForwardedHost']);
  });
});
