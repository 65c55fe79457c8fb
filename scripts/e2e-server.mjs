#!/usr/bin/env node
// The end-to-end tests' web server: builds the app and serves out/ (E2E_PREBUILT=1 serves the
// build already there). Next's own type check is skipped in this build (E2E_BUILD=1): the tests
// check behaviour, and `npm test` has run `npm run typecheck` just before.
import { execSync, spawn } from 'node:child_process';

if (process.env.E2E_PREBUILT !== '1') {
  execSync('npm run --silent build:e2e', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, E2E_BUILD: '1' },
  });
}
const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('close', (code) => process.exit(code ?? 0));
