#!/usr/bin/env node
// `npm test`: typecheck, lint and the unit tests side by side, then the end-to-end tests (their
// web server builds the app first). tsc and ESLint are mostly one thread each and the unit tests
// wait on imports, so on two cores the three take little longer than the slowest alone. The
// build is not among them: it writes .next/types, which the typecheck reads. Stops after the
// first phase when any part failed.
import { spawn } from 'node:child_process';
import { sideBySide } from './side-by-side.mjs';

if (!(await sideBySide(['typecheck', 'lint', 'test:unit']))) process.exit(1);
const e2e = spawn('npm', ['run', '--silent', 'test:e2e'], { stdio: 'inherit' });
e2e.on('close', (code) => process.exit(code ?? 1));
