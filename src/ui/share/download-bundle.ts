import type { Config } from '../../config/schema';
import type { GeneratedFile } from '../../generators/types';

interface BundleModule {
  bundleFiles?: (config: Config) => GeneratedFile[];
  zipBundle?: (files: GeneratedFile[]) => Uint8Array;
}
// The bundle module lands from another engineer this session; until then the download says so.
const bundle: BundleModule =
  Object.values(import.meta.glob<BundleModule>('../../bundle/index.ts', { eager: true }))[0] ?? {};

/** The zip's name, e.g. mysite-cloudfront.zip (projectName is already restricted to [a-z0-9-]). */
export function bundleFileName(config: Config): string {
  return `${config.projectName}-cloudfront.zip`;
}

/** Builds the bundle and hands it to the browser as a download. */
export function downloadBundle(config: Config): void {
  if (bundle.bundleFiles === undefined || bundle.zipBundle === undefined) {
    throw new Error('The bundle module is not available yet');
  }
  const bytes = bundle.zipBundle(bundle.bundleFiles(config));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = bundleFileName(config);
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
