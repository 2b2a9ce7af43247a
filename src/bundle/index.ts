import { strToU8, zipSync, type Zippable } from 'fflate';
import { DEFAULT_PERMALINK_BASE_URL, permalinkUrl } from '../config/permalink';
import type { Config } from '../config/schema';
import { generateAllTargets } from '../targets';
import { bundleReadme } from './readme';
import type { GeneratedFile } from '../targets/types';
import { deploymentFor } from '../model';

export interface BundleOptions {
  /** Where the wizard is served: the permalink in the bundle opens there. */
  baseUrl?: string;
}

/**
 * Every file of the download: README.md, config.json and permalink.txt at the top, then each target's files in
 * its folder. The CLI writes exactly these files; the zip holds exactly these bytes.
 */
export function bundleFiles(config: Config, options: BundleOptions = {}): GeneratedFile[] {
  const permalink = permalinkUrl(config, options.baseUrl ?? DEFAULT_PERMALINK_BASE_URL);
  const targetFiles = generateAllTargets(deploymentFor(config));
  return [
    bundleReadme(config, targetFiles, { permalink }),
    { path: 'config.json', language: 'json', contents: `${JSON.stringify(config, null, 2)}\n` },
    { path: 'permalink.txt', language: 'plaintext', contents: `${permalink}\n` },
    ...targetFiles,
  ];
}

/** rw-r--r-- for a regular file (the type bits 0o100000 included, as Info-ZIP writes them). */
export const BUNDLE_FILE_MODE = 0o100644;
/**
 * A fixed modification time, so one config always gives the same bytes. ZIP stores local date fields, so the
 * date is built from local fields: the stored value is the same in every time zone.
 */
export const BUNDLE_MTIME = new Date(2025, 0, 1, 0, 0, 0);
/** PKZIP "version made by" host 3 = Unix: without it unzip ignores the permission bits. */
const UNIX_HOST = 3;

/** The zip of a bundle: files mode 0644, folders as the paths say, a fixed mtime (deterministic bytes). */
export function zipBundle(files: GeneratedFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (Object.hasOwn(entries, file.path)) throw new Error(`Two files at ${file.path}`);
    entries[file.path] = [
      strToU8(file.contents),
      { os: UNIX_HOST, attrs: BUNDLE_FILE_MODE << 16, mtime: BUNDLE_MTIME, level: 9 },
    ];
  }
  return zipSync(entries);
}
