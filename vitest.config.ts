import { defineConfig } from 'vitest/config';
import { formManifestPlugin } from './src/build/form-manifest-plugin.js';

export default defineConfig({
  plugins: [formManifestPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The page validates once the schema's chunk arrives; tests start with it (src/ui/state/config-parser.ts).
    setupFiles: ['test/support/config-parser-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
