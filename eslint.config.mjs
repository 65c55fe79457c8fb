import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const NOT_UI = {
  group: ['@/components', '@/components/*', '@/app', '@/app/*', '**/components/*', '**/app/*'],
  message: 'lib/ must not import from components/ or app/: move the shared code into lib/.',
};
const NOT_TESTING = {
  group: ['@/testing', '@/testing/*', '**/testing/*'],
  message: 'testing/ is for tests only: production code must not depend on fixtures or read-back helpers.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // The root page is a static redirect for `/`; plain <a> is right there.
      '@next/next/no-html-link-for-pages': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // lib/ is pure logic and the document layer: it never reaches up into the UI or the routes.
  // testing/ holds fixtures and read-back helpers for tests: production code never imports it.
  {
    files: ['lib/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_UI, NOT_TESTING] }] },
  },
  {
    files: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_UI] }] },
  },
  {
    files: ['app/**', 'components/**', 'content/**', 'i18n/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TESTING] }] },
  },
  {
    files: ['scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
]);
