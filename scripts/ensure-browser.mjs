#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium: Debian's package when we
// are root with apt (no browser download from outside the registries needed),
// Playwright's own browser otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (system) {
  console.log(`e2e browser: ${system}`);
  process.exit(0);
}

const run = (command) => execSync(command, { stdio: 'inherit' });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt) {
  console.log('Installing Debian chromium for the end-to-end tests…');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('Installing Playwright Chromium for the end-to-end tests…');
  run('npx playwright install --with-deps chromium');
}
