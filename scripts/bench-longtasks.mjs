#!/usr/bin/env node
// Main-thread long tasks benchmark (not a test). Usage: npm run bench:longtasks [-- --no-build]
// In Chromium against the static export: puts the large fixture with 60 actions (plan60,
// scripts/export-fixture.mts) in IndexedDB, then for nl and fr opens each of the seven steps and
// the review page and records the longest main-thread task while the page loads and settles
// (Long Tasks API, buffered; 0 = none over 50 ms), then again when the page is opened from the
// overview's task list without a page load. Prints a table.
// Budget: 100 ms per page. Exits 1 when a page exceeds it.
import { execSync } from 'node:child_process';
import { fixture, launchBench, storeDraft } from './bench-export.mjs';

const BUDGET_MS = 100;
const PAGES = ['why', 'as-is', 'roles', 'to-be', 'resources', 'action', 'measure', 'review'];

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });

const { browser, base, close } = await launchBench();
const rows = [];
try {
  for (const locale of ['nl', 'fr']) {
    const draft = fixture(locale, 'plan60');
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await storeDraft(page, base, locale, draft);
    for (const name of PAGES) {
      const query = name === 'review' ? 'view=review' : `step=${name}`;
      await page.goto(`${base}/${locale}/draft/?d=${draft.uid}&${query}`, { waitUntil: 'networkidle' });
      await page.locator('main h1').first().waitFor({ timeout: 60_000 });
      // Let deferred work (transitions, idle callbacks) run and be counted.
      await page.waitForTimeout(1500);
      const loaded = Math.round(await page.evaluate(() => window.__longest));
      // The same page opened from the overview's task list, without a page load (how a user moves).
      await page.goto(`${base}/${locale}/draft/?d=${draft.uid}`, { waitUntil: 'networkidle' });
      await page.locator('main h1').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1500);
      await page.evaluate(() => (window.__longest = 0));
      await page.locator(`main a[href*="${query}"]`).first().click();
      await page.waitForFunction((wanted) => location.search.includes(wanted), query);
      await page.waitForTimeout(1500);
      rows.push({ locale, page: name, loaded, opened: Math.round(await page.evaluate(() => window.__longest)) });
    }
    await page.close();
  }
} finally {
  await close();
}

console.log(`\nLongest main-thread task per page, plan60 (budget ${BUDGET_MS} ms)\n`);
console.log('lang  page        page load ms  opened from overview ms');
const worst = (row) => Math.max(row.loaded, row.opened);
for (const row of rows)
  console.log(
    `${row.locale.padEnd(6)}${row.page.padEnd(12)}${String(row.loaded).padStart(12)}${String(row.opened).padStart(25)}${worst(row) > BUDGET_MS ? '  over' : ''}`,
  );
const over = rows.filter((row) => worst(row) > BUDGET_MS);
if (over.length) {
  console.log(`\n${over.length} page(s) over the ${BUDGET_MS} ms budget.`);
  process.exitCode = 1;
}
