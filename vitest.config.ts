import { defineConfig } from 'vitest/config';
import { formManifestPlugin } from './src/build/form-manifest-plugin.js';

export default defineConfig({
  plugins: [formManifestPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The page validates once the schema's chunk arrives; tests start with it (src/ui/state/config-parser.ts).
    setupFiles: ['test/support/config-parser-setup.ts'],
    // Two files at a time on the 2-core CI machine (Vitest's default leaves one core idle there): the two CDK
    // synths of the agreement tests, Terraform and the Django servers then run side by side.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
