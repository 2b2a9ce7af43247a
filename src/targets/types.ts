import type { Config } from '../config/schema';

/** Monaco language ids of the files the wizard writes. */
export type FileLanguage =
  'javascript' | 'typescript' | 'python' | 'hcl' | 'yaml' | 'json' | 'markdown' | 'plaintext' | 'shell';

/** One file of the bundle: `path` is relative to the bundle root and starts with the target's folder. */
export interface GeneratedFile {
  path: string;
  language: FileLanguage;
  contents: string;
}

export const TARGET_IDS = [
  'cloudfront-function',
  'cdk-typescript',
  'cdk-python',
  'cloudformation',
  'terraform',
  'django',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** Every target's id and tab label in preview and bundle order: known without loading any generator. */
export const TARGET_TABS: readonly { id: TargetId; label: string }[] = [
  { id: 'cloudfront-function', label: 'CloudFront Function' },
  { id: 'cdk-typescript', label: 'CDK (TypeScript)' },
  { id: 'cloudformation', label: 'CloudFormation' },
  { id: 'terraform', label: 'Terraform' },
  { id: 'cdk-python', label: 'CDK (Python)' },
  { id: 'django', label: 'Django settings' },
];

export function targetLabel(id: TargetId): string {
  return TARGET_TABS.find((tab) => tab.id === id)?.label ?? id;
}

/** An output target: a pure function from a valid Config to the files of one folder of the bundle. */
export interface Target {
  id: TargetId;
  /** Tab label, e.g. "CDK (TypeScript)". */
  label: string;
  /** The bundle folder every file of this target lives in, e.g. "cdk-typescript". */
  folder: string;
  generate: (config: Config) => GeneratedFile[];
}
