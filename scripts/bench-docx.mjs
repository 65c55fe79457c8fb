#!/usr/bin/env node
// Word export benchmark (not a test). Usage: npm run bench:docx [-- --no-build] (also run by npm run bench)
// In Chromium against the static export: puts the large fixture draft in IndexedDB, opens its
// overview and exports it as Word from the UI, in nl and fr, and measures
//  - the time from the click on "Export Word" to the download (the first one loads docx and
//    starts its worker; the document is built and zipped in the worker),
//  - the longest main-thread task during the export (Long Tasks API; 0 = none over 50 ms),
//  - the JavaScript the clicks load (gzip): none of it is in the page's first load.
// Budgets: 3 s and 100 ms. Exits 1 when a budget is exceeded.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchExportButton, OUT, pdfWarmedUp, report } from './bench-export.mjs';

const TIME_BUDGET_MS = 3000;
const BLOCK_BUDGET_MS = 100;
const RUNS = 3;

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });

const gzipKb = (path) => gzipSync(readFileSync(join(OUT, path)), { level: 9 }).length / 1024;
// The large fixture, then the same plan followed up for a year (`followed`: its follow-up part has a chart per indicator).
for (const { kind, title } of [
  { kind: 'large', title: 'Word export of the large fixture, in its worker (Chromium):' },
  { kind: 'followed', title: 'Word export of the large fixture with a year of follow-up, in its worker (Chromium):' },
]) {
  const rows = await benchExportButton({
    kind,
    button: (ui) => ui.buttonWord,
    runs: RUNS,
    // The PDF worker warms up after the overview shows (its last font marks the end); let it finish
    // first, so what the Word clicks load is counted alone.
    ready: pdfWarmedUp,
    watch: (page) => {
      const scripts = new Set();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      return () => ({ kb: [...scripts].reduce((sum, path) => sum + gzipKb(path), 0) });
    },
  });

  report({
    title,
    rows,
    runs: RUNS,
    timeBudget: TIME_BUDGET_MS,
    blockBudget: BLOCK_BUDGET_MS,
    extra: [{ label: 'kB on click', value: (row) => row.kb.toFixed(1) }],
  });
}
