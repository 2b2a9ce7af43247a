import type { Deployment } from '../../model';
import { targetLabel } from '../catalogue';
import { cdkAppFor } from '../cdk/cdk-app-for';
import {
  PYTHON_PACKAGE,
  PYTHON_STACKS_MODULE,
  pythonAppEntry,
  pythonStacksModule,
} from '../cdk/print-python';
import { cdkJson, requirementsTxt } from '../cdk/project-files';
import { cdkReadme } from '../cdk/readme';
import { cdkSteps } from '../cdk/steps';
import type { GeneratedFile, Target } from '../types';

const FOLDER = 'cdk-python';
const ENTRY = 'app.py';

const steps = cdkSteps({
  folder: FOLDER,
  install: 'python3 -m venv .venv && .venv/bin/pip install -r requirements.txt',
  cliPrefix: '. .venv/bin/activate && ',
});

function cdkPythonFiles(deployment: Deployment): GeneratedFile[] {
  const app = cdkAppFor(deployment);
  const entry = pythonAppEntry(app);
  const stacks = pythonStacksModule(app);
  const readme = cdkReadme(deployment, steps, {
    language: 'Python',
    entry: ENTRY,
    stacks: `${PYTHON_STACKS_MODULE}.py`,
  });
  return [
    { path: `${FOLDER}/README.md`, language: 'markdown', contents: readme, explained: [] },
    { path: `${FOLDER}/${ENTRY}`, language: 'python', contents: entry.text, explained: entry.explained },
    { path: `${FOLDER}/${PYTHON_PACKAGE}/__init__.py`, language: 'python', contents: '', explained: [] },
    {
      path: `${FOLDER}/${PYTHON_STACKS_MODULE}.py`,
      language: 'python',
      contents: stacks.text,
      explained: stacks.explained,
    },
    { path: `${FOLDER}/cdk.json`, language: 'json', contents: cdkJson(`python3 ${ENTRY}`), explained: [] },
    { path: `${FOLDER}/requirements.txt`, language: 'plaintext', contents: requirementsTxt(), explained: [] },
  ];
}

export const cdkPythonTarget: Target = {
  id: 'cdk-python',
  label: targetLabel('cdk-python'),
  folder: FOLDER,
  kind: 'infrastructure',
  summary: 'An AWS CDK v2 app in Python',
  generate: cdkPythonFiles,
  steps,
};
