import type { Target } from '../types';

// Placeholder until this target's generator lands: it writes no files.
export const cloudFrontFunctionTarget: Target = {
  id: 'cloudfront-function',
  label: 'CloudFront Function',
  folder: 'cloudfront-function',
  generate: () => [],
};
