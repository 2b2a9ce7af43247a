import type { Config } from '../../config/schema';
import { distributionPlanFor } from '../../model/legacy-plan';
import { cloudFormationJson, cloudFormationYaml } from '../emit/cloudformation';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { cloudFormationReadme } from './readme';
import { lambdaPermissionsTemplate } from './stack-region';
import { cloudFormationTemplate } from './template';

const FOLDER = 'cloudformation';

/** The CloudFormation template(s) in the format the config asks for, and a README with the deploy commands. */
export function cloudFormationFiles(config: Config): LegacyFile[] {
  const plan = distributionPlanFor(config);
  const format = config.output.cloudFormationFormat;
  const write = format === 'json' ? cloudFormationJson : cloudFormationYaml;
  const templateFile = `template.${format}`;
  const permissions = lambdaPermissionsTemplate(plan);
  const permissionsFile = permissions !== null ? `lambda-permissions.${format}` : null;
  const files: LegacyFile[] = [
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
  kind: 'infrastructure',
  summary: 'CloudFormation templates for the AWS CLI or console',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(cloudFormationFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
