// Lint keeps the house rules that are easy to break by accident: the domain stays free of SDKs,
// React and I/O; the arrows point inward; features do not import each other; only the app's
// start-up room (src/app/shell) builds services; code under src never imports test code; no
// import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { existsSync, readdirSync } from 'node:fs';

// one zone per feature: a feature may import itself, never another feature
const FEATURES_DIR = './src/app/features';
const features = existsSync(FEATURES_DIR) ? readdirSync(FEATURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
const featureZones = features.map((name) => ({
  target: `${FEATURES_DIR}/${name}`,
  from: FEATURES_DIR,
  except: [`./${name}`],
  message: 'features do not import each other; share through src/app/components or src/app/lib.',
}));

const SDKS_REACT_AND_IO = [
  { group: ['@microsoft/*', '@azure/*', '@fluentui/*', 'react', 'react-dom', 'react/*'], message: 'src/domain stays free of SDKs and React.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'os', 'better-sqlite3', 'express', 'idb'], message: 'src/domain does no I/O.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', '.ci/.node/', 'coverage/', '.local/', 'devTools/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: './src', except: ['./domain'], message: 'src/domain imports nothing outside the domain.' },
            { target: './src/storage', from: ['./src/app', './src/bot', './src/server', './src/cli', './src/hosts'] },
            { target: './src/auth', from: ['./src/app', './src/bot', './src/server', './src/cli'] },
            { target: './src/hosts', from: ['./src/app', './src/bot', './src/server', './src/cli'] },
            {
              target: ['./src/app/lib', './src/app/components', './src/app/hooks', './src/app/features'],
              from: ['./src/app/shell', './src/app/surfaces'],
              message: 'only the start-up room (src/app/shell) and the surfaces build services and Graph clients; the rest receives them through app/lib/services.tsx.',
            },
            // specs beside the code may use test/support; the code itself never does
            { target: './src/**/!(*.spec).{ts,tsx}', from: './test', message: 'code under src never imports test code; test doubles and helpers live in test/support.' },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: SDKS_REACT_AND_IO }] },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
