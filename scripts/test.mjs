#!/usr/bin/env node
// `npm test`: typecheck, lint and the unit tests side by side, with the end-to-end build started as
// soon as the typecheck is done (the build writes .next/types, which the typecheck reads); then the
// end-to-end tests on that build. Keeping both cores busy all the way is what makes it fast: tsc and
// ESLint are one thread each, the unit tests take both cores, the build fills the gap they leave.
// Stops after the first phase when any part failed.
import { spawn } from 'node:child_process';
import { sideBySide } from './side-by-side.mjs';

// E2E_BUILD=1: the build skips Next's own type check, the typecheck here does it.
if (!(await sideBySide([['typecheck', 'build:e2e'], 'lint', 'test:unit'], { E2E_BUILD: '1' }))) process.exit(1);
const e2e = spawn('npm', ['run', '--silent', 'test:e2e'], {
  stdio: 'inherit',
  env: { ...process.env, E2E_PREBUILT: '1' },
});
e2e.on('close', (code) => process.exit(code ?? 1));
