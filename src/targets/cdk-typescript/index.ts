import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { cdkAppNames } from './names';
import { appEntryCode, cdkJson, packageJson, tsconfigJson } from './project-files';
import { cdkReadme } from './readme';
import { stackModuleCode } from './stack-code';

const FOLDER = 'cdk-typescript';

export function cdkTypeScriptFiles(config: Config): LegacyFile[] {
  const plan = distributionPlanFor(config);
  const names = cdkAppNames(plan);
  return [
    { path: `${FOLDER}/README.md`, language: 'markdown', contents: cdkReadme(plan) },
    { path: `${FOLDER}/bin/app.ts`, language: 'typescript', contents: appEntryCode(plan) },
    { path: `${FOLDER}/${names.stackModule}.ts`, language: 'typescript', contents: stackModuleCode(plan) },
    { path: `${FOLDER}/package.json`, language: 'json', contents: packageJson(plan) },
    { path: `${FOLDER}/cdk.json`, language: 'json', contents: cdkJson() },
    { path: `${FOLDER}/tsconfig.json`, language: 'json', contents: tsconfigJson() },
  ];
}

export const cdkTypeScriptTarget: Target = {
  id: 'cdk-typescript',
  label: targetLabel('cdk-typescript'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'An AWS CDK v2 app in TypeScript',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(cdkTypeScriptFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
