import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { appPy, cdkJson, cdkPythonReadme, pythonPackageName, requirementsTxt } from './project-files';
import { pythonStackModule } from './stack-code';

const FOLDER = 'cdk-python';

export function cdkPythonFiles(config: Config): LegacyFile[] {
  const plan = distributionPlanFor(config);
  const pkg = pythonPackageName(plan);
  return [
    { path: `${FOLDER}/app.py`, language: 'python', contents: appPy(plan) },
    { path: `${FOLDER}/${pkg}/__init__.py`, language: 'python', contents: '' },
    { path: `${FOLDER}/${pkg}/${pkg}_stack.py`, language: 'python', contents: pythonStackModule(plan) },
    { path: `${FOLDER}/cdk.json`, language: 'json', contents: cdkJson() },
    { path: `${FOLDER}/requirements.txt`, language: 'plaintext', contents: requirementsTxt() },
    { path: `${FOLDER}/README.md`, language: 'markdown', contents: cdkPythonReadme(plan) },
  ];
}

export const cdkPythonTarget: Target = {
  id: 'cdk-python',
  label: targetLabel('cdk-python'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'An AWS CDK v2 app in Python',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(cdkPythonFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
