import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../config/schema';
import { deploymentFor, generatedKeysFor } from '../../model';
import { FIXTURES } from '../../../test/support/fixtures';
import {
  cloudFrontRuntimeViolations,
  MAX_FUNCTION_BYTES,
} from '../../../test/support/cloudfront-function/runtime-check';
import { cloudFrontFunctionTarget } from '.';

const fileNamed = (files: ReturnType<typeof cloudFrontFunctionTarget.generate>, path: string) =>
  files.find((file) => file.path === path);

describe('cloudfront-function target', () => {
  it('is a function target that prints the deployment', () => {
    expect(cloudFrontFunctionTarget.kind).toBe('function');
    expect(cloudFrontFunctionTarget.steps).toBeUndefined();
  });

  it.each(FIXTURES)(
    '$name: writes the model’s code verbatim, or only a README saying why not',
    ({ config }) => {
      const deployment = deploymentFor(config);
      const files = cloudFrontFunctionTarget.generate(deployment);
      const fn = deployment.viewerRequestFunction;
      if (fn === null) {
        expect(files.map((file) => file.path)).toEqual(['cloudfront-function/README.md']);
        expect(files[0]?.contents).toContain('No CloudFront Function');
        expect(files[0]?.contents).toContain('Managed-AllViewer');
        return;
      }
      expect(files.map((file) => file.path)).toEqual([
        'cloudfront-function/viewer-request.js',
        'cloudfront-function/README.md',
      ]);
      expect(files[0]?.contents).toBe(fn.code);
      const readme = files[1]!.contents;
      expect(readme).toContain(`\`${fn.name}\``);
      expect(readme).toContain('viewer-request');
      expect(readme).toContain(fn.runtime);
      for (const alias of deployment.distribution.aliases) expect(readme).toContain(`\`${alias}\``);
    },
  );

  it.each(FIXTURES)(
    '$name: tags every function key the deployment has, on the line it explains',
    ({ config }) => {
      const deployment = deploymentFor(config);
      const files = cloudFrontFunctionTarget.generate(deployment);
      const tagged = new Set(files.flatMap((file) => (file.explained ?? []).map((tag) => tag.key)));
      for (const key of generatedKeysFor(deployment, 'function')) expect(tagged, key).toContain(key);
      const code = fileNamed(files, 'cloudfront-function/viewer-request.js');
      for (const tag of code?.explained ?? []) {
        expect(code!.contents.split('\n')[tag.line - 1]).toMatch(
          /^\s*request\.headers\['x-forwarded-host'\] = /,
        );
      }
    },
  );

  it.each(FIXTURES)('$name: the function obeys the cloudfront-js-2.0 limits', ({ config }) => {
    const fn = deploymentFor(config).viewerRequestFunction;
    if (fn === null) return;
    expect(cloudFrontRuntimeViolations(fn.code)).toEqual([]);
  });

  it('with the longest names the schema allows, far below 10 KB', () => {
    const longest = ConfigSchema.parse({
      projectName: 'a'.repeat(32),
      domains: { primary: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com` },
    });
    const code = deploymentFor(longest).viewerRequestFunction!.code;
    expect(cloudFrontRuntimeViolations(code)).toEqual([]);
    expect(new TextEncoder().encode(code).length).toBeLessThan(MAX_FUNCTION_BYTES / 4);
  });
});
