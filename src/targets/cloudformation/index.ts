import type { Deployment } from '../../model';
import { targetLabel } from '../catalogue';
import { cloudFormationJson } from '../emit/cloudformation-json';
import { cloudFormationYaml } from '../emit/cloudformation-yaml';
import type { GeneratedFile, Target } from '../types';
import { cloudFormationReadme } from './readme';
import { cloudFormationSteps } from './steps';
import { stackTemplates, templatePath } from './template';

/** One template per stack of the model, in the format it asks for, and the folder README. */
function cloudFormationFiles(deployment: Deployment): GeneratedFile[] {
  const format = deployment.format.cloudFormation;
  const write = format === 'json' ? cloudFormationJson : cloudFormationYaml;
  const files: GeneratedFile[] = [...stackTemplates(deployment)].map(([stack, template]) => {
    const written = write(template);
    return {
      path: templatePath(deployment, stack),
      language: format,
      contents: written.text,
      explained: written.explained,
    };
  });
  files.push({
    path: 'cloudformation/README.md',
    language: 'markdown',
    contents: cloudFormationReadme(deployment),
    explained: [],
  });
  return files;
}

export const cloudFormationTarget: Target = {
  id: 'cloudformation',
  label: targetLabel('cloudformation'),
  folder: 'cloudformation',
  kind: 'infrastructure',
  summary: 'CloudFormation templates (one per stack) for the AWS CLI or console',
  generate: cloudFormationFiles,
  steps: cloudFormationSteps,
};
