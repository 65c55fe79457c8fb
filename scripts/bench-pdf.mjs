#!/usr/bin/env node
// PDF export benchmark (not a test). Usage: npm run bench:pdf [-- --no-build] (also run by npm run bench)
// In Chromium against the static export: puts the large fixture draft (40 actions, 30
// initiatives, 20 indicators, 15 stakeholders) in IndexedDB, opens its overview, lets the
// export worker warm up, then exports it in nl and fr from the UI and measures
//  - the time from the click on "Export PDF" to the download (rendering in the worker),
//  - the longest main-thread task during the export (Long Tasks API; 0 = none over 50 ms).
// The overview renders the PDF ahead while it sits idle, so a click on the unchanged draft takes
// that render: "median" is what the user waits. "worker ms" is the worker's own render time
// (median, in this language, of the render ahead and one per switch to the other language and back: those take the
// lines react-pdf kept from the renders before, see patches/README.md), and "1st render" the render ahead alone: a new
// worker's first render, with nothing kept and its code not yet optimised by the JIT. Then, in the same run and
// browser, Chromium prints the app's own print view of the same draft (page.pdf(), A4) as
// often, and the ratio worker / Chromium is printed beside it (aim: ≤ 2).
// Runs for the large fixture, for it with 60 actions and for it followed up for a year (see KINDS).
// Budgets: 3 s and 100 ms (aim: 1.5 s). Exits 1 when a budget is exceeded.
import { execSync } from 'node:child_process';
import { benchExportButton, median, pdfWarmedUp, report } from './bench-export.mjs';

const RENDER_BUDGET_MS = 3000;
const BLOCK_BUDGET_MS = 100;
const RUNS = 3;

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });

// The large fixture, the same with 60 actions (`plan60`), and followed up for a year (720 measurements, 120 status
// changes: `followed` in scripts/export-fixture.mts), whose export gains the follow-up part. `--only <kind>` runs one.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const KINDS = [
  { kind: 'large', title: 'PDF export of the large fixture, in the worker (Chromium):' },
  { kind: 'plan60', title: 'PDF export of the large fixture with 60 actions, in the worker (Chromium):' },
  { kind: 'followed', title: 'PDF export of the large fixture with a year of follow-up, in the worker (Chromium):' },
].filter((entry) => !only || entry.kind === only);

for (const { kind, title } of KINDS) {
  const rows = await benchExportButton({
    kind,
    button: (ui) => ui.button,
    runs: RUNS,
    // Let the worker warm up (fonts, patterns) as it does while a user reads the overview.
    ready: pdfWarmedUp,
    // Chromium printing the print view ("Open the accessible version") of the same draft.
    after: async (page, { base, draft, locale }) => {
      // The worker's own render times of this language (User Timing, lib/timing.ts): the render
      // ahead, then one more each time the form goes to the other language and back, which the
      // overview renders ahead again.
      const renders = () =>
        page.evaluate((language) => {
          const all = performance.getEntriesByName('welzijnskompas:pdf-render');
          return all.filter((entry) => entry.detail?.locale === language).map((entry) => entry.duration);
        }, locale);
      const rendered = (count) =>
        page.waitForFunction((seen) => performance.getEntriesByName('welzijnskompas:pdf-render').length > seen, count, {
          timeout: 120_000,
        });
      const other = locale === 'nl' ? 'fr' : 'nl';
      for (let run = 0; run < RUNS; run += 1) {
        for (const language of [other, locale]) {
          const seen = await page.evaluate(() => performance.getEntriesByName('welzijnskompas:pdf-render').length);
          await page.locator(`input[type=radio][name$="-language"][value="${language}"]`).check();
          await rendered(seen);
        }
      }
      const times = await renders();
      // The render ahead ran first, in a new worker.
      const fresh = Math.round(times[0]);
      const worker = Math.round(median(times));
      await page.goto(`${base}/${locale}/draft/?d=${draft.uid}&view=print`, { waitUntil: 'networkidle' });
      await page.locator('#document-title').waitFor();
      await page.pdf({ format: 'A4' }); // warm-up, as the worker warmed up
      const prints = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = Date.now();
        await page.pdf({ format: 'A4' });
        prints.push(Date.now() - started);
      }
      return { fresh, worker, chromium: median(prints) };
    },
  });

  report({
    title,
    rows,
    runs: RUNS,
    timeBudget: RENDER_BUDGET_MS,
    blockBudget: BLOCK_BUDGET_MS,
    note: '; aim 1500 ms, ≤ 2× Chromium',
    extra: [
      { label: 'worker ms', value: (row) => String(row.worker) },
      { label: '1st render', value: (row) => String(row.fresh) },
      { label: 'Chromium ms', value: (row) => String(row.chromium) },
      { label: 'ratio', value: (row) => `${(row.worker / row.chromium).toFixed(2)}×` },
      { label: '1st ratio', value: (row) => `${(row.fresh / row.chromium).toFixed(2)}×` },
    ],
  });
}
