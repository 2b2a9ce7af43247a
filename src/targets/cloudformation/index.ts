import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { cloudFormationJson, cloudFormationYaml } from '../emit/cloudformation';
import { type GeneratedFile, type Target, targetLabel } from '../types';
import { cloudFormationReadme } from './readme';
import { lambdaPermissionsTemplate } from './stack-region';
import { cloudFormationTemplate } from './template';

const FOLDER = 'cloudformation';

/** The CloudFormation template(s) in the format the config asks for, and a README with the deploy commands. */
export function cloudFormationFiles(config: Config): GeneratedFile[] {
  const plan = distributionPlanFor(config);
  const format = config.output.cloudFormationFormat;
  const write = format === 'json' ? cloudFormationJson : cloudFormationYaml;
  const templateFile = `template.${format}`;
  const permissions = lambdaPermissionsTemplate(plan);
  const permissionsFile = permissions !== null ? `lambda-permissions.${format}` : null;
  const files: GeneratedFile[] = [
    { path: `${FOLDER}/${templateFile}`, language: format, contents: write(cloudFormationTemplate(plan)) },
  ];
  if (permissions !== null && permissionsFile !== null) {
    files.push({ path: `${FOLDER}/${permissionsFile}`, language: format, contents: write(permissions) });
  }
  files.push({
    path: `${FOLDER}/README.md`,
    language: 'markdown',
    contents: cloudFormationReadme(plan, templateFile, permissionsFile),
  });
  return files;
}

export const cloudFormationTarget: Target = {
  id: 'cloudformation',
  label: targetLabel('cloudformation'),
  folder: FOLDER,
  generate: cloudFormationFiles,
};
