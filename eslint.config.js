import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering by runtime (see docs/decisions.md): each folder may import only what its runtime has. */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'test-results/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      ...forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', '**/db/**', '**/electron/**', '**/renderer/**'],
        'shared/ is pure TypeScript: no Node, DOM, Electron, React or database imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['db/**'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      ['electron', 'react', 'react-dom', 'react-dom/*', '@mantine/*', '**/renderer/**', '**/electron/**'],
      'db/ is the Node store and its services: no Electron, React or host imports.',
    ),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'i18next-fs-backend', '**/db/**', '**/electron/**'],
        'renderer/ runs in the page: it reaches the store only through the typed API client.',
      ),
    },
  },
  {
    files: ['electron/**'],
    languageOptions: { globals: globals.node },
    rules: forbid(['react', 'react-dom', 'react-dom/*', '**/renderer/**'], 'Hosts never import the UI.'),
  },
  {
    // Only the desktop host itself runs inside Electron; the command line and preview run on plain Node.
    files: ['electron/cli/**', 'electron/preview/**', 'electron/common/**'],
    rules: forbid(
      ['electron', 'react', 'react-dom', 'react-dom/*', '**/renderer/**', '**/main/**', '**/preload/**'],
      'The command line and the browser preview run on plain Node: no Electron.',
    ),
  },
  {
    files: ['test/**', 'build/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
