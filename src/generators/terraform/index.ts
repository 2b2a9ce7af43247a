import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const terraformTarget: Target = {
  id: 'terraform',
  label: 'Terraform',
  folder: 'terraform',
  generate: () => [],
};
