// ESLint for the whole repository (`npm run lint`, part of `npm test`): ESLint's and typescript-eslint's
// recommended rules, syntax only (the type-checked set took over two minutes on the build machine), and
// React's two rules for hooks.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default defineConfig(
  // Build output, installers, fetched native builds, test reports.
  globalIgnores(['dist/', 'release/', 'native/', 'tmp/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name`: a parameter kept for its place in a signature, or a property left out of a rest copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The scripts and the launcher in plain JavaScript run under Node (TypeScript checks the names in the rest).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // `npx plan-editor`'s launcher is CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // React's rules for hooks, in the page only: elsewhere a `use…` name (Playwright's fixture `use`,
    // `useElectronSqlite`) is not a hook.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter's pattern; `{}` is how one says none.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
);
