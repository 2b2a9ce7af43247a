import type { Deployment } from '../model';
import { TARGET_TABS, type TargetId } from './catalogue';
import { cdkPythonTarget } from './cdk-python';
import { cdkTypeScriptTarget } from './cdk-typescript';
import { cloudFormationTarget } from './cloudformation';
import { cloudFrontFunctionTarget } from './cloudfront-function';
import { djangoTarget } from './django';
import { terraformTarget } from './terraform';
import type { GeneratedFile, Target } from './types';

/** The one registry of targets: each target's folder exports one entry; the catalogue gives the order. */
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

/** All targets' files for one deployment (the bundle adds its README, config.json and permalink on top). */
export function generateAllTargets(deployment: Deployment): GeneratedFile[] {
  return TARGETS.flatMap((target) => target.generate(deployment));
}
