// Shared by the export benchmarks (bench-pdf.mjs, bench-docx.mjs): serve out/, open the large
// fixture draft's overview in Chromium, click an export button a few times and time each
// click to its download, with the longest main-thread task (Long Tasks API) meanwhile.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const OUT = 'out';
/** Resolves once the PDF worker's warm-up (after the overview shows) has fetched its last font. */
export const pdfWarmedUp = (page) =>
  page
    .waitForResponse((response) => response.url().endsWith('/fonts/NotoEmoji-Regular.woff'), { timeout: 30_000 })
    .catch(() => {});

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const messages = {
  nl: JSON.parse(readFileSync('messages/nl.json', 'utf8')),
  fr: JSON.parse(readFileSync('messages/fr.json', 'utf8')),
};
/** A fixture draft of testing/fixtures.ts (`kind` as scripts/export-fixture.mts names it). */
export const fixture = (locale, kind = 'large') =>
  JSON.parse(
    execFileSync(process.execPath, [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/export-fixture.mts',
      kind,
      locale,
    ]).toString(),
  );

/** Serves out/ and launches Chromium (the system one when there is one). */
export async function launchBench() {
  if (!existsSync(OUT)) throw new Error('No static export in out/.');
  const { chromium } = await import('@playwright/test');
  const port = Number(process.env.BENCH_PORT ?? 3900 + Math.floor(Math.random() * 90));
  const server = spawn(process.execPath, ['scripts/serve.mjs', OUT], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch(
    system
      ? { executablePath: system, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] }
      : {},
  );
  return {
    browser,
    base: `http://localhost:${port}`,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

/** From now on, records the page's longest main-thread task (Long Tasks API) in `window.__longest`; 0 = none over 50 ms. */
export const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });

/** Stores `draft` in the app's database the way the app does (one record per uid), from its home page. */
export async function storeDraft(page, base, locale, draft) {
  await page.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
  // Once the home island shows its form it has opened the database.
  await page.waitForSelector('main form', { timeout: 60_000 });
  await page.evaluate(
    (record) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('welzijnskompas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('drafts'))
            return reject(new Error('The app has not created its database yet.'));
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(record, record.uid);
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    draft,
  );
}

/**
 * For nl and fr: opens the overview of the fixture `kind` (scripts/export-fixture.mts), runs `ready(page)` (a worker's warm-up), then
 * clicks the button `button(ui)` names `runs` times. `watch(page)` may collect more (returns a
 * function giving extra row fields); `after(page, { base, draft, locale })` runs last on the same
 * page and resolves with more row fields. Resolves with one row per language.
 */
export async function benchExportButton({
  kind = 'large',
  button,
  runs,
  ready = async () => {},
  watch = () => () => ({}),
  after = async () => ({}),
}) {
  const { browser, base, close } = await launchBench();
  const rows = [];
  try {
    for (const locale of ['nl', 'fr']) {
      const draft = fixture(locale, kind);
      const ui = messages[locale].export.ui;
      const page = await browser.newPage({ acceptDownloads: true });
      await storeDraft(page, base, locale, draft);
      await page.goto(`${base}/${locale}/draft/?d=${draft.uid}`, { waitUntil: 'networkidle' });
      const region = page.getByRole('region', { name: ui.heading });
      await region.waitFor();
      await ready(page);
      await page.waitForLoadState('networkidle');
      const extra = watch(page);
      await watchLongTasks(page);
      const times = [];
      let longest = 0;
      for (let run = 0; run < runs; run += 1) {
        await page.evaluate(() => (window.__longest = 0));
        const downloading = page.waitForEvent('download', { timeout: 120_000 });
        const started = Date.now();
        await region.getByRole('button', { name: button(ui), exact: true }).click();
        await downloading;
        times.push(Date.now() - started);
        longest = Math.max(longest, await page.evaluate(() => window.__longest));
      }
      const more = extra();
      rows.push({
        locale,
        first: times[0],
        median: median(times),
        longest,
        ...more,
        ...(await after(page, { base, draft, locale })),
      });
      await page.close();
    }
  } finally {
    await close();
  }
  return rows;
}

/**
 * Prints the rows with their budgets (median click-to-download time, longest main-thread
 * block) and any `extra` columns; exits 1 when a row is over budget.
 */
export function report({ title, rows, runs, timeBudget, blockBudget, note = '', extra = [] }) {
  console.log(`\n${title}`);
  console.log(
    'lang'.padEnd(6) +
      'first ms'.padStart(10) +
      `median of ${runs}`.padStart(14) +
      'longest block ms'.padStart(18) +
      extra.map((column) => column.label.padStart(13)).join('') +
      '  budget',
  );
  let over = false;
  for (const row of rows) {
    const ok = row.median <= timeBudget && row.longest <= blockBudget;
    over ||= !ok;
    console.log(
      row.locale.padEnd(6) +
        String(row.first).padStart(10) +
        String(row.median).padStart(14) +
        row.longest.toFixed(0).padStart(18) +
        extra.map((column) => column.value(row).padStart(13)).join('') +
        `  ${ok ? 'ok' : 'OVER'} (${timeBudget} ms, ${blockBudget} ms${note})`,
    );
  }
  if (over) {
    console.error(`\n${title} Over budget.`);
    process.exitCode = 1;
  }
}
