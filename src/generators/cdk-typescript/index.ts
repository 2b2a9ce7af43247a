import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const cdkTypeScriptTarget: Target = {
  id: 'cdk-typescript',
  label: 'CDK (TypeScript)',
  folder: 'cdk-typescript',
  generate: () => [],
};
