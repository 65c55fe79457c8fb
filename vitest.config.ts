import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'content/**/*.test.ts', 'messages/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Every core (Vitest's default leaves one free): in `npm test` the unit tests outlast tsc and ESLint
    // beside them, and would otherwise finish on one core while the other idles.
    maxWorkers: availableParallelism(),
  },
});
