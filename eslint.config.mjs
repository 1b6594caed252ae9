// ESLint (flat config) with typescript-eslint's recommended rules, run by `npm run lint` and `npm test`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.vscode-test/**', '.bench/**', '.eval/**', 'test-results/**', 'node_modules/**', 'media/samples/**', '**/*.generated.ts'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // the glue passes VS Code's untyped command arguments on; each is checked where it is used
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // a warning, not an error: reported, without failing the suite on a style point
      'prefer-const': 'warn',
    },
  },
  {
    // The CLI takes Node's modules as `import fs = require('fs')`: esbuild bundles `import * as fs from 'fs'` (and a
    // default import) as a copy of the module with a getter for each of its exports (__toESM: fs has 104), made anew at
    // every start of the CLI and of each of its worker threads (some 10 M instructions in all).
    files: ['src/cli*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'ImportNamespaceSpecifier', message: "Take a Node module as `import x = require('x')` (see eslint.config.mjs)." },
        { selector: 'ImportDefaultSpecifier', message: "Take a Node module as `import x = require('x')` (see eslint.config.mjs)." }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', globalThis: 'readonly', structuredClone: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', performance: 'readonly' },
    },
  },
  {
    files: ['media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly', HTMLElement: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
