import type { Deployment } from '../../model';
import type { GeneratedFile } from '../types';

export const REQUIREMENTS_FILE = 'django/requirements.txt';

/**
 * django/requirements.txt: the Django series the settings are written for (and django-storages when files live in
 * S3). The Python floor is Django's own: each release declares the Python versions it runs on, so pip refuses
 * another; the comment says which.
 */
export function requirementsFile(deployment: Deployment): GeneratedFile {
  const { release } = deployment.django;
  const lines = [
    `# Django ${release.version} runs on Python ${release.python.min} to ${release.python.max}; pip refuses another Python (${release.docs}).`,
    release.requirement,
  ];
  if (deployment.buckets.length > 0) {
    lines.push(
      '# The STORAGES setting in README.md (files in S3): S3Storage and S3ManifestStaticStorage.',
      'django-storages[s3]>=1.14.4',
    );
  }
  return { path: REQUIREMENTS_FILE, language: 'plaintext', contents: `${lines.join('\n')}\n`, explained: [] };
}
