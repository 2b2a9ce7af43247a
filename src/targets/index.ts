import type { Config } from '../config/schema';
import { cdkPythonTarget } from './cdk-python';
import { cdkTypeScriptTarget } from './cdk-typescript';
import { cloudFormationTarget } from './cloudformation';
import { cloudFrontFunctionTarget } from './cloudfront-function';
import { djangoTarget } from './django';
import { terraformTarget } from './terraform';
import { TARGET_TABS, type GeneratedFile, type Target, type TargetId } from './types';

const TARGETS_BY_ID: Record<TargetId, Target> = {
  'cloudfront-function': cloudFrontFunctionTarget,
  'cdk-typescript': cdkTypeScriptTarget,
  cloudformation: cloudFormationTarget,
  terraform: terraformTarget,
  'cdk-python': cdkPythonTarget,
  django: djangoTarget,
};

/** Every output target, in the order the previews and the bundle list them (TARGET_TABS). */
export const TARGETS: readonly Target[] = TARGET_TABS.map((tab) => TARGETS_BY_ID[tab.id]);

export function targetById(id: TargetId): Target {
  return TARGETS_BY_ID[id];
}

/** All targets' files for one config (the bundle adds its README, config.json and permalink on top). */
export function generateAllTargets(config: Config): GeneratedFile[] {
  return TARGETS.flatMap((target) => target.generate(config));
}
