import type { Deployment } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { originVerifyFile } from './origin-verify-file';
import { djangoReadmeFile } from './readme-file';
import { requirementsFile } from './requirements-file';
import { settingsFile } from './settings-file';

function djangoFiles(deployment: Deployment): GeneratedFile[] {
  const middleware = originVerifyFile(deployment);
  return [
    settingsFile(deployment),
    ...(middleware ? [middleware] : []),
    requirementsFile(deployment),
    djangoReadmeFile(deployment),
  ];
}

/** Django settings (and the origin-verify middleware when the secret header is on), printed from the model. */
export const djangoTarget: Target = {
  id: 'django',
  label: targetLabel('django'),
  folder: 'django',
  kind: 'application',
  summary: 'The Django settings (and middleware) for this request path',
  generate: djangoFiles,
};
