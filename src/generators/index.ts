import type { Config } from '../config/schema';
import { cdkPythonTarget } from './cdk-python';
import { cdkTypeScriptTarget } from './cdk-typescript';
import { cloudFormationTarget } from './cloudformation';
import { cloudFrontFunctionTarget } from './cloudfront-function';
import { djangoTarget } from './django';
import { terraformTarget } from './terraform';
import type { GeneratedFile, Target, TargetId } from './types';

/** Every output target, in the order the previews and the bundle list them. */
export const TARGETS: readonly Target[] = [
  cloudFrontFunctionTarget,
  cdkTypeScriptTarget,
  cloudFormationTarget,
  terraformTarget,
  cdkPythonTarget,
  djangoTarget,
];

export function targetById(id: TargetId): Target {
  const target = TARGETS.find((candidate) => candidate.id === id);
  if (target === undefined) throw new Error(`Unknown target ${id}`);
  return target;
}

/** All targets' files for one config (the bundle adds its README, config.json and permalink on top). */
export function generateAllTargets(config: Config): GeneratedFile[] {
  return TARGETS.flatMap((target) => target.generate(config));
}
