import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const djangoTarget: Target = {
  id: 'django',
  label: 'Django settings',
  folder: 'django',
  generate: () => [],
};
