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

/** An HTML attribute value in double quotes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page with its policy as a `<meta>` right after `<meta charset>`: before every script and stylesheet, and
 * without pushing the charset out of the first 1024 bytes where browsers look for it.
 */
export function withPolicyMeta(html: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset === null) throw new Error('index.html has no <meta charset>: the policy goes right after it');
  const end = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy('meta'))}" />`;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

/**
 * Build only: writes the page's Content-Security-Policy into index.html as a `<meta http-equiv>` (`withPolicyMeta`), and the hosting files (`_headers`, the nginx
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
    transformIndexHtml(html) {
      return withPolicyMeta(html);
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
