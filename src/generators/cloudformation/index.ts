import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const cloudFormationTarget: Target = {
  id: 'cloudformation',
  label: 'CloudFormation',
  folder: 'cloudformation',
  generate: () => [],
};
