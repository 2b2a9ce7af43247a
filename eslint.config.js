import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The import direction: sources → config → import → model → {targets, edge, knowledge} → bundle → {cli, ui}.
 * `import` turns foreign input (an existing distribution, Django settings) into facts and a Config; it may read
 * the model's table of AWS constants (a leaf, e.g. managed policy IDs) and nothing else of the model. Each zone
 * names the folders a layer must not import from (everything above it, and its siblings). The edge does not
 * read the knowledge base: it models requests, and the panel that shows a trace asks the knowledge base itself.
 */
const LAYERS = {
  sources: 'src/sources',
  config: 'src/config',
  import: 'src/import',
  model: 'src/model',
  targets: 'src/targets',
  edge: 'src/edge',
  knowledge: 'src/knowledge',
  bundle: 'src/bundle',
  cli: 'src/cli',
  ui: 'src/ui',
};
const above = (...names) => names.map((name) => LAYERS[name]);
const LAYER_ZONES = [
  {
    target: LAYERS.sources,
    from: above('config', 'import', 'model', 'targets', 'edge', 'knowledge', 'bundle', 'cli', 'ui'),
  },
  {
    target: LAYERS.config,
    from: above('import', 'model', 'targets', 'edge', 'knowledge', 'bundle', 'cli', 'ui'),
  },
  { target: LAYERS.import, from: above('targets', 'edge', 'knowledge', 'bundle', 'cli', 'ui') },
  { target: LAYERS.import, from: LAYERS.model, except: ['./aws-constants.ts'] },
  { target: LAYERS.model, from: above('targets', 'edge', 'knowledge', 'bundle', 'cli', 'ui') },
  { target: LAYERS.targets, from: above('edge', 'knowledge', 'bundle', 'cli', 'ui') },
  { target: LAYERS.edge, from: above('targets', 'knowledge', 'bundle', 'cli', 'ui') },
  { target: LAYERS.knowledge, from: above('targets', 'edge', 'bundle', 'cli', 'ui') },
  { target: LAYERS.bundle, from: above('cli', 'ui') },
  { target: LAYERS.cli, from: above('ui') },
  { target: LAYERS.ui, from: above('cli') },
].map((zone) => ({
  ...zone,
  message:
    'Imports flow sources → config → import → model → {targets, edge, knowledge} → bundle → {cli, ui}.',
}));

/** What target folders share: the language writers, the CDK construct graph, the registry's types and catalogue. */
const SHARED_BY_TARGETS = ['./emit', './cdk', './types.ts', './catalogue.ts'];
const targetFolders = readdirSync(new URL('./src/targets', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED_BY_TARGETS.includes(`./${entry.name}`))
  .map((entry) => entry.name);
/** No target imports another target's folder (nor the registry): shared code goes to targets/emit or targets/cdk. */
const TARGET_ZONES = targetFolders.map((folder) => ({
  target: `src/targets/${folder}`,
  from: 'src/targets',
  except: [...SHARED_BY_TARGETS, `./${folder}`],
  message: 'A target prints the model on its own: shared code goes to targets/emit or targets/cdk.',
}));

/**
 * src/hosting is the wizard's own hosting (its security headers, the CDK app that deploys the page): nothing
 * in the product imports it, and it imports nothing of the product.
 */
const HOSTING_ZONES = [
  {
    target: Object.values(LAYERS),
    from: 'src/hosting',
    message: 'The product never imports the wizard’s hosting (src/hosting).',
  },
  {
    target: 'src/hosting',
    from: Object.values(LAYERS),
    message: 'src/hosting hosts the built page: it reads no product code.',
  },
];

const TEST_ONLY_ZONES = [
  { target: 'src', from: 'test', message: 'Product code never imports test support.' },
  {
    target: 'src',
    from: ['**/*.test-support.ts', '**/test-support/**'],
    message: 'Product code never imports test-only code.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.venv',
      '.tmp',
      'out',
      'e2e/django',
      'cdk.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Product code only: tests (beside the code, and under test/) may import anything.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [...LAYER_ZONES, ...TARGET_ZONES, ...HOSTING_ZONES, ...TEST_ONLY_ZONES],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
