/** One CloudFormation resource: `Type`, `Properties` and the optional policies. */
export interface CfnResource {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: 'Retain' | 'Delete';
  DependsOn?: string[];
  UpdateReplacePolicy?: 'Retain' | 'Delete';
}

/** A template as built: values may be `Intrinsic` or `Explained` (the writers print both). */
export interface CloudFormationTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: unknown;
  Parameters?: Record<string, Record<string, unknown>>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, { Description: string; Value: unknown }>;
}
