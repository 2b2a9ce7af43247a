import type { Deployment } from '../../model';
import { targetLabel } from '../catalogue';
import { cdkAppFor } from '../cdk/cdk-app-for';
import {
  TYPESCRIPT_STACKS_MODULE,
  typescriptAppEntry,
  typescriptStacksModule,
} from '../cdk/print-typescript';
import { cdkJson, packageJson, tsconfigJson } from '../cdk/project-files';
import { cdkReadme } from '../cdk/readme';
import { cdkSteps } from '../cdk/steps';
import type { GeneratedFile, Target } from '../types';

const FOLDER = 'cdk-typescript';
const ENTRY = 'bin/app.ts';

const steps = cdkSteps({ folder: FOLDER, install: 'npm install', cliPrefix: '' });

function cdkTypeScriptFiles(deployment: Deployment): GeneratedFile[] {
  const app = cdkAppFor(deployment);
  const entry = typescriptAppEntry(app);
  const stacks = typescriptStacksModule(app);
  const readme = cdkReadme(deployment, steps, {
    language: 'TypeScript',
    entry: ENTRY,
    stacks: `${TYPESCRIPT_STACKS_MODULE}.ts`,
  });
  return [
    { path: `${FOLDER}/README.md`, language: 'markdown', contents: readme, explained: [] },
    { path: `${FOLDER}/${ENTRY}`, language: 'typescript', contents: entry.text, explained: entry.explained },
    {
      path: `${FOLDER}/${TYPESCRIPT_STACKS_MODULE}.ts`,
      language: 'typescript',
      contents: stacks.text,
      explained: stacks.explained,
    },
    { path: `${FOLDER}/package.json`, language: 'json', contents: packageJson(deployment), explained: [] },
    { path: `${FOLDER}/cdk.json`, language: 'json', contents: cdkJson(`npx tsx ${ENTRY}`), explained: [] },
    { path: `${FOLDER}/tsconfig.json`, language: 'json', contents: tsconfigJson(), explained: [] },
  ];
}

export const cdkTypeScriptTarget: Target = {
  id: 'cdk-typescript',
  label: targetLabel('cdk-typescript'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'An AWS CDK v2 app in TypeScript',
  generate: cdkTypeScriptFiles,
  steps,
};
