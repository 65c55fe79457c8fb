#!/usr/bin/env node
// Word export benchmark (not a test). Usage: npm run bench:docx [-- --no-build] (also run by npm run bench)
// In Chromium against the static export: puts the large fixture draft in IndexedDB, opens its
// overview and exports it as Word from the UI, in nl and fr, and measures
//  - the time from the click on "Export Word" to the download (the first one loads docx and
//    starts its worker; the document is built and zipped in the worker),
//  - the longest main-thread task during the export (Long Tasks API; 0 = none over 50 ms),
//  - the JavaScript the click loads (gzip): none of it is in the page's first load.
// Budgets: 3 s and 100 ms. Exits 1 when a budget is exceeded.
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'out';
const TIME_BUDGET_MS = 3000;
const BLOCK_BUDGET_MS = 100;
const RUNS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3900 + Math.floor(Math.random() * 90));

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });
if (!existsSync(OUT)) {
  console.error('No static export in out/.');
  process.exit(1);
}

const messages = { nl: JSON.parse(readFileSync('messages/nl.json', 'utf8')), fr: JSON.parse(readFileSync('messages/fr.json', 'utf8')) };
const fixture = (locale) =>
  JSON.parse(execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/export-fixture.mts', 'large', locale]).toString());
const gzipKb = (path) => gzipSync(readFileSync(join(OUT, path)), { level: 9 }).length / 1024;

const { chromium } = await import('@playwright/test');
const server = spawn(process.execPath, ['scripts/serve.mjs', OUT], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const browser = await chromium.launch(
  system ? { executablePath: system, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] } : {},
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const locale of ['nl', 'fr']) {
    const draft = fixture(locale);
    const ui = messages[locale].export.ui;
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`http://localhost:${PORT}/${locale}/`, { waitUntil: 'networkidle' });
    await page.evaluate(
      (record) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('welzijnskompas');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put(record, record.uid);
            tx.oncomplete = () => resolve(undefined);
            tx.onerror = () => reject(tx.error);
          };
        }),
      draft,
    );
    await page.goto(`http://localhost:${PORT}/${locale}/draft/?d=${draft.uid}`, { waitUntil: 'networkidle' });
    const region = page.getByRole('region', { name: ui.heading });
    await region.waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500); // the PDF worker's warm-up is done by then
    const loadedByClick = new Set();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) loadedByClick.add(url.pathname);
    });
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const times = [];
    let longest = 0;
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate(() => (window.__longest = 0));
      const downloading = page.waitForEvent('download', { timeout: 120_000 });
      const started = Date.now();
      await region.getByRole('button', { name: ui.buttonWord, exact: true }).click();
      await downloading;
      times.push(Date.now() - started);
      longest = Math.max(longest, await page.evaluate(() => window.__longest));
    }
    const kb = [...loadedByClick].reduce((sum, path) => sum + gzipKb(path), 0);
    rows.push({ locale, first: times[0], median: median(times), longest, kb });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log('\nWord export of the large fixture, in its worker (Chromium):');
console.log('lang'.padEnd(6) + 'first ms'.padStart(10) + `median of ${RUNS}`.padStart(14) + 'longest block ms'.padStart(18) + 'kB on click'.padStart(13) + '  budget');
let over = false;
for (const row of rows) {
  const ok = row.median <= TIME_BUDGET_MS && row.longest <= BLOCK_BUDGET_MS;
  over ||= !ok;
  console.log(
    row.locale.padEnd(6) +
      String(row.first).padStart(10) +
      String(row.median).padStart(14) +
      row.longest.toFixed(0).padStart(18) +
      row.kb.toFixed(1).padStart(13) +
      `  ${ok ? 'ok' : 'OVER'} (${TIME_BUDGET_MS} ms, ${BLOCK_BUDGET_MS} ms)`,
  );
}
if (over) {
  console.error('\nWord export over budget.');
  process.exit(1);
}
