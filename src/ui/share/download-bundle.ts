import type { Config } from '../../config/schema';
import { pageUrlWithoutHash } from './page-url';

/** The zip's name, e.g. mysite-cloudfront.zip (projectName is already restricted to [a-z0-9-]). */
export function bundleFileName(config: Config): string {
  return `${config.projectName}-cloudfront.zip`;
}

/** One folder's zip, e.g. mysite-terraform.zip. */
export function folderFileName(config: Config, folder: string): string {
  return `${config.projectName}-${folder}.zip`;
}

function saveBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Builds the bundle (its permalink opens this wizard's address) and hands it to the browser as a download.
 * The generators and the zip writer are a chunk of their own, fetched on the first download.
 */
export async function downloadBundle(config: Config): Promise<void> {
  const { bundleFiles, zipBundle } = await import('../../bundle');
  saveBytes(zipBundle(bundleFiles(config, { baseUrl: pageUrlWithoutHash() })), bundleFileName(config));
}

/** Only one target's folder (the bundle's files under `folder/`, byte for byte the same). */
export async function downloadFolder(config: Config, folder: string): Promise<void> {
  const { bundleFiles, zipBundle } = await import('../../bundle');
  const files = bundleFiles(config, { baseUrl: pageUrlWithoutHash() }).filter((file) =>
    file.path.startsWith(`${folder}/`),
  );
  if (files.length === 0) throw new Error(`The bundle has no ${folder}/ folder`);
  saveBytes(zipBundle(files), folderFileName(config, folder));
}
