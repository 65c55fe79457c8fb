#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: Debian's headless shell or browser when we
// are root with apt (no browser download from outside the registries needed),
// Playwright's own browser otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) =>
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const find = (paths) => paths.find((path) => existsSync(path));
// The headless shell first: playwright.config.ts prefers it (less CPU than the full browser).
const SHELL = ['/usr/bin/chromium-headless-shell'];
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

if (!find(SHELL) && isRoot && hasApt) {
  console.log('Installing Debian chromium-headless-shell for the end-to-end tests…');
  try {
    if (!find(FULL)) run('apt-get update -qq');
    run('apt-get install -y -qq chromium-headless-shell');
  } catch {
    // An older release without the package: the full browser does the same job, only slower.
    if (!find(FULL)) run('apt-get install -y -qq chromium');
  }
}
const system = find([...SHELL, ...FULL]);
if (system) {
  console.log(`e2e browser: ${system}`);
} else {
  console.log('Installing Playwright Chromium for the end-to-end tests…');
  run('npx playwright install --with-deps chromium');
}
