import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/schema';
import { deploymentFor } from '../../model';
import { targetById } from '../../targets';
import { mainFile } from './main-file';

describe('mainFile', () => {
  it('opens each target on its stack or function, not a README or a small config file', () => {
    const deployment = deploymentFor(defaultConfig());
    const opened = (id: Parameters<typeof targetById>[0]) =>
      mainFile(targetById(id).generate(deployment))?.path;
    expect(opened('cdk-typescript')).toBe('cdk-typescript/lib/stacks.ts');
    expect(opened('cdk-python')).toBe('cdk-python/cloudfront_stacks/stacks.py');
    expect(opened('terraform')).toBe('terraform/main.tf');
    expect(opened('cloudformation')).toBe('cloudformation/template.yaml');
    expect(opened('cloudfront-function')).toBe('cloudfront-function/viewer-request.js');
    expect(opened('django')).toBe('django/cloudfront_settings.py');
  });
});
