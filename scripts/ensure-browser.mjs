#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: Debian's headless shell or browser when we
// are root with apt (no browser download from outside the registries needed),
// Playwright's own browser otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const find = (paths) => paths.find((path) => existsSync(path));
// The headless shell is what playwright.config.ts prefers (less CPU than the full browser).
const SHELL = ['/usr/bin/chromium-headless-shell'];
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

if (!find(SHELL) && isRoot && hasApt) {
  try {
    console.log('Installing Debian chromium-headless-shell for the end-to-end tests…');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell');
  } catch {
    console.log('chromium-headless-shell could not be installed; the full Chromium will do.');
  }
}
const system = find([...SHELL, ...FULL]);
if (system) {
  console.log(`e2e browser: ${system}`);
  process.exit(0);
}

if (isRoot && hasApt) {
  console.log('Installing Debian chromium for the end-to-end tests…');
  run('apt-get update -qq');
  run(
    'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell || apt-get install -y -qq chromium',
  );
} else {
  console.log('Installing Playwright Chromium for the end-to-end tests…');
  run('npx playwright install --with-deps chromium');
}
