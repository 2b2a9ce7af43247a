import type { TargetKind } from '../model';

export const TARGET_IDS = [
  'cloudfront-function',
  'cdk-typescript',
  'cloudformation',
  'terraform',
  'cdk-python',
  'django',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/**
 * Every target's id, tab label and kind in preview and bundle order: what the page needs before the generators'
 * chunk arrives (the registry holds the printers).
 */
export const TARGET_TABS: readonly { id: TargetId; label: string; kind: TargetKind }[] = [
  { id: 'cloudfront-function', label: 'CloudFront Function', kind: 'function' },
  { id: 'cdk-typescript', label: 'CDK (TypeScript)', kind: 'infrastructure' },
  { id: 'cloudformation', label: 'CloudFormation', kind: 'infrastructure' },
  { id: 'terraform', label: 'Terraform', kind: 'infrastructure' },
  { id: 'cdk-python', label: 'CDK (Python)', kind: 'infrastructure' },
  { id: 'django', label: 'Django settings', kind: 'application' },
];

export function targetTab(id: TargetId): { id: TargetId; label: string; kind: TargetKind } {
  const tab = TARGET_TABS.find((candidate) => candidate.id === id);
  if (tab === undefined) throw new Error(`No target ${id}`);
  return tab;
}

export function targetLabel(id: TargetId): string {
  return targetTab(id).label;
}
