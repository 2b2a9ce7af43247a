import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { functionReadme, noFunctionReadme } from './readme';

const FOLDER = 'cloudfront-function';

/** The viewer-request function as a file of its own (the IaC targets inline the same code from the plan). */
export function cloudFrontFunctionFiles(config: Config): LegacyFile[] {
  const plan = distributionPlanFor(config);
  const fn = plan.viewerRequestFunction;
  if (fn === null) {
    return [{ path: `${FOLDER}/README.md`, language: 'markdown', contents: noFunctionReadme(plan) }];
  }
  return [
    { path: `${FOLDER}/viewer-request.js`, language: 'javascript', contents: fn.code },
    { path: `${FOLDER}/README.md`, language: 'markdown', contents: functionReadme(plan, fn) },
  ];
}

export const cloudFrontFunctionTarget: Target = {
  id: 'cloudfront-function',
  label: targetLabel('cloudfront-function'),
  folder: FOLDER,
  kind: 'function',
  summary: 'The viewer-request CloudFront Function (every infrastructure folder deploys the same code)',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(cloudFrontFunctionFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
