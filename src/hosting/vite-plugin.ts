import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { hostFiles, type BuiltLayout } from './host-files.js';
import { contentSecurityPolicy } from './security-headers.js';

/** The top-level files and folders of the built folder. */
function builtLayout(outDir: string): BuiltLayout {
  const entries = readdirSync(outDir, { withFileTypes: true });
  return {
    files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
    folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
  };
}

/**
 * Build only: writes the page's Content-Security-Policy into index.html as a `<meta http-equiv>` (first in
 * <head>, so it covers every script and stylesheet after it), and the hosting files (`_headers`, the nginx
 * locations, the CloudFront response headers policy) into the built folder, all from `security-headers.ts`.
 * The dev server gets neither: Vite's own client and React's refresh run inline scripts there.
 */
export function securityHeadersPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'wizard-security-headers',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
          injectTo: 'head-prepend',
        },
      ];
    },
    // After the bundle and the public folder are written: the page paths come from what is really there.
    closeBundle() {
      const layout = builtLayout(outDir);
      for (const file of hostFiles(layout)) {
        const path = join(outDir, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
      }
    },
  };
}
