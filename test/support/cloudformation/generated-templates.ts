import type { Config } from '../../../src/config/schema';
import { deploymentFor } from '../../../src/model';
import { cloudFormationTarget } from '../../../src/targets/cloudformation';
import type { GeneratedFile } from '../../../src/targets/types';
import { readCloudFormationYaml } from './yaml-tags';

/** A template as CloudFormation reads it: long-form intrinsics, plain JSON values. */
export interface ParsedTemplate {
  Description?: string;
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string }>;
  Outputs?: Record<string, { Description: string; Value: unknown }>;
}

/** The CloudFormation target's files for a config, in the template format asked for. */
export function cloudFormationFilesFor(config: Config, format: 'yaml' | 'json'): GeneratedFile[] {
  return cloudFormationTarget.generate(
    deploymentFor({ ...config, output: { ...config.output, cloudFormationFormat: format } }),
  );
}

export const isTemplateFile = (file: GeneratedFile): boolean => /\.(ya?ml|json)$/.test(file.path);

/** Reads a generated template file back: YAML 1.1 with the short tags, or JSON. */
export function parseTemplateFile(file: GeneratedFile): ParsedTemplate {
  const parsed = file.path.endsWith('.json')
    ? JSON.parse(file.contents)
    : readCloudFormationYaml(file.contents);
  return parsed as ParsedTemplate;
}

/** Every template file among the files, by path, read back. */
export function parsedTemplates(files: GeneratedFile[]): Map<string, ParsedTemplate> {
  return new Map(files.filter(isTemplateFile).map((file) => [file.path, parseTemplateFile(file)]));
}
