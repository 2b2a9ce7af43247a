import type { Config } from '../../config/schema';
import { configOf } from '../../model';
import { targetLabel } from '../catalogue';
import type { GeneratedFile, Target } from '../types';
import { originVerifyFileContents, ORIGIN_VERIFY_FILE } from './origin-verify-file';
import { djangoReadmeContents, DJANGO_README_FILE } from './readme-file';
import { settingsFileContents, SETTINGS_FILE } from './settings-file';

function generateDjangoFiles(config: Config): LegacyFile[] {
  const files: LegacyFile[] = [
    { path: SETTINGS_FILE, language: 'python', contents: settingsFileContents(config) },
  ];
  const middleware = originVerifyFileContents(config);
  if (middleware !== null) files.push({ path: ORIGIN_VERIFY_FILE, language: 'python', contents: middleware });
  files.push({ path: DJANGO_README_FILE, language: 'markdown', contents: djangoReadmeContents(config) });
  return files;
}

/** Django settings (and the origin-verify middleware when the secret header is on) for the chosen setup. */
export const djangoTarget: Target = {
  id: 'django',
  label: targetLabel('django'),
  folder: 'django',
  kind: 'application',
  summary: 'The Django settings (and middleware) for this request path',
  // Transitional: the files are still written from the Config the deployment came from.
  generate: (deployment) => withoutExplanations(generateDjangoFiles(configOf(deployment))),
};

function withoutExplanations(files: LegacyFile[]): GeneratedFile[] {
  return files.map((file) => ({ ...file, explained: [] }));
}

type LegacyFile = Omit<GeneratedFile, 'explained'>;
