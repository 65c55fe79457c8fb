import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
  {
    // lib/ is pure logic and the document layer: it never reaches up into the UI or the routes.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components', '@/components/*', '@/app', '@/app/*', '**/components/*', '**/app/*'],
              message: 'lib/ must not import from components/ or app/: move the shared code into lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
]);
