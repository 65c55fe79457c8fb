#!/usr/bin/env node
// Checks that the patches in patches/ leave the PDFs unchanged (not a test: it rewrites node_modules).
// Renders the test drafts with the patches, takes them out (patch-package --reverse), renders
// again, puts them back, and compares the files without what differs between any two renders
// (creation date, file id, the offset of the cross-reference table). Exits 1 on a difference.
// Usage: npm run check:patches
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'patches-'));
const render = (folder) =>
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/render-fixtures.mts', folder], {
    stdio: 'inherit',
  });
const patchPackage = (...args) =>
  execFileSync(process.execPath, ['node_modules/patch-package/index.js', ...args], { stdio: 'inherit' });

const comparable = (file) =>
  readFileSync(file)
    .toString('latin1')
    .replace(/\(D:\d+Z\)/g, '')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '')
    .replace(/startxref\n\d+/g, '');

try {
  render(join(work, 'patched'));
  patchPackage('--reverse');
  try {
    render(join(work, 'unpatched'));
  } finally {
    patchPackage('--error-on-fail');
  }
  let differ = 0;
  for (const file of readdirSync(join(work, 'patched')).sort()) {
    const same = comparable(join(work, 'patched', file)) === comparable(join(work, 'unpatched', file));
    if (!same) differ += 1;
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${file}`);
  }
  if (differ > 0) {
    console.error(`\n${differ} file(s) differ with the patches.`);
    process.exitCode = 1;
  } else console.log('\nEvery PDF is the same with and without the patches.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
