import { describe, expect, it } from 'vitest';
import { explanationApplies } from '../knowledge/annotate';
import { EXPLANATIONS } from '../knowledge/explanations';
import { targetById } from './index';
import { iacVariantConfigs } from './iac-variants';
import { deploymentFor } from '../model';

/**
 * The explanation panel finds a setting's lines in the CloudFormation, Terraform and CDK Python output by its
 * markers: each marker must appear in that target's files for every variant config the entry applies to.
 */
describe('explanation markers appear in the IaC outputs', () => {
  const variants = iacVariantConfigs();
  for (const targetId of ['cloudformation', 'terraform', 'cdk-python'] as const) {
    it(targetId, () => {
      const target = targetById(targetId);
      const outputs = new Map(
        variants.map((v) => [
          v.name,
          target
            .generate(deploymentFor(v.config))
            .map((f) => f.contents)
            .join('\n'),
        ]),
      );
      const missing: string[] = [];
      let checked = 0;
      for (const entry of EXPLANATIONS) {
        for (const marker of entry.markers?.[targetId] ?? []) {
          for (const variant of variants.filter((v) => explanationApplies(entry, v.config))) {
            checked += 1;
            if (!outputs.get(variant.name)?.includes(marker))
              missing.push(`${entry.key} ${JSON.stringify(marker)} in ${variant.name}`);
          }
        }
      }
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(20);
    });
  }
});
