import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const cdkPythonTarget: Target = {
  id: 'cdk-python',
  label: 'CDK (Python)',
  folder: 'cdk-python',
  generate: () => [],
};
