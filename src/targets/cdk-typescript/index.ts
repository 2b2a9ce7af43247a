import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { type GeneratedFile, type Target, targetLabel } from '../types';
import { cdkAppNames } from './names';
import { appEntryCode, cdkJson, packageJson, tsconfigJson } from './project-files';
import { cdkReadme } from './readme';
import { stackModuleCode } from './stack-code';

const FOLDER = 'cdk-typescript';

export function cdkTypeScriptFiles(config: Config): GeneratedFile[] {
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
  generate: cdkTypeScriptFiles,
};
