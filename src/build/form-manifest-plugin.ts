import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as FormManifestModule from '../config/form-manifest';

export const FORM_MANIFEST_MODULE = 'virtual:form-manifest';
const RESOLVED = `\0${FORM_MANIFEST_MODULE}`;

/**
 * Serves `virtual:form-manifest`: the form's field table and defaults, read from the schema (run in Node through
 * Vite's module runner) when the build, the dev server or Vitest first asks for it. The schema's files are watched,
 * so editing a field updates the page in the dev server.
 */
export function formManifestPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'wizard-form-manifest',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === FORM_MANIFEST_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<typeof FormManifestModule>(
        join(root, 'src/config/form-manifest.ts'),
        { configFile: false, logLevel: 'error' },
      );
      for (const file of dependencies) this.addWatchFile(file);
      return `export const FORM_MANIFEST = ${JSON.stringify(module.formManifest())};\n`;
    },
  };
}
