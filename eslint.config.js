/**
 * ESLint (flat config): `npm run lint` runs it over the whole project, then `prettier --check`.
 * JavaScript's and typescript-eslint's recommended rules for .ts/.mjs, eslint-plugin-astro's
 * for .astro (which also lints their frontmatter and <script> blocks as TypeScript).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.tmp/', '.stryker-tmp/', 'bench-results/', 'test-results/', 'reports/', 'tests/fixtures/', 'scripts/bench/baseline/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // Build code, scripts and tests run on Node; src/scripts/ runs in the browser.
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read built JSON and YAML whose shape is what they assert: `any` there is the honest type.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (fields left out of a `...rest` copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
