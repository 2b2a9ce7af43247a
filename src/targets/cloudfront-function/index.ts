import type { Deployment } from '../../model';
import { FORWARDED_HOST_LINE } from '../../model/viewer-function-code';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { functionReadme, noFunctionReadme } from './readme';

const FOLDER = 'cloudfront-function';

/** The viewer-request function as a file of its own (the infrastructure targets inline the same code). */
function cloudFrontFunctionFiles(deployment: Deployment): GeneratedFile[] {
  const fn = deployment.viewerRequestFunction;
  const readme = (contents: string): GeneratedFile => ({
    path: `${FOLDER}/README.md`,
    language: 'markdown',
    contents,
    explained: [],
  });
  if (fn === null) return [readme(noFunctionReadme(deployment.distribution))];
  return [
    {
      path: `${FOLDER}/viewer-request.js`,
      language: 'javascript',
      contents: fn.code,
      explained: [{ line: FORWARDED_HOST_LINE, key: 'generated.forwardedHostFunction' }],
    },
    readme(functionReadme(deployment.distribution, fn)),
  ];
}

export const cloudFrontFunctionTarget: Target = {
  id: 'cloudfront-function',
  label: targetLabel('cloudfront-function'),
  folder: FOLDER,
  kind: 'function',
  summary: 'The viewer-request CloudFront Function (every infrastructure folder deploys the same code)',
  generate: cloudFrontFunctionFiles,
};
