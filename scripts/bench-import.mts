#!/usr/bin/env node
// Import benchmark (not a test). Usage: npm run bench:import [-- --no-build]
// In Chromium against the static export, for nl and fr: the large fixture's follow-up page, an absence file
// of 10,000 rows (834 teams × 12 months; 30 teams of ten people or more, the rest only counted) chosen in the
// absence import, as a Belgian CSV (semicolons, comma decimals, byte-order mark) and as an Excel workbook.
// Measures, per run on a freshly stored draft: choosing the file until the mapping step shows its preview
// (read + map in the worker), and until the import's message shows (the whole import: full mapping, the
// indicators, saving); and the longest main-thread task over both (Long Tasks API). Then the longest task while the
// user opens the first indicator's team values (one row per team and month that may be shown).
// Budgets: the whole import ≤ 1,000 ms (median), longest task ≤ 100 ms (both times). Exits 1 when over.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { SheetColumn, SheetValue } from '../lib/export/actionPlanTable';
import { toXlsx } from '../lib/export/xlsx';
import { fixture, launchBench, median, storeDraft, watchLongTasks } from './bench-export.mjs';

const RUNS = 3;
const TIME_BUDGET_MS = 1000;
const BLOCK_BUDGET_MS = 100;
const TEAMS = 834;
const MONTHS = 12;
const ROWS = 10_000;

declare global {
  interface Window {
    __longest: number;
  }
}

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });

const HEADERS = ['team', 'maand', 'ziektedagen', 'beschikbare dagen', 'ziekteperiodes', 'personeelsleden'];

/** The file's rows, team by team: teams 1–30 have 12 to 41 people, the others 4 to 9. */
function absenceRows(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let team = 1; rows.length < ROWS && team <= TEAMS; team += 1) {
    const people = team <= 30 ? 11 + team : 4 + (team % 6);
    for (let month = 1; month <= MONTHS && rows.length < ROWS; month += 1) {
      const available = people * 20;
      const sick = Math.round(((team * 7 + month * 3) % 50) / 10 + people * 0.9) + 0.5;
      rows.push([`Team ${team}`, `2027-${String(month).padStart(2, '0')}`, sick, available, 1 + (team % 4), people]);
    }
  }
  return rows;
}

function belgianCsv(rows: (string | number)[][]): Buffer {
  const line = (row: (string | number)[]) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell)).join(';');
  return Buffer.from(`\uFEFF${[HEADERS.join(';'), ...rows.map(line)].join('\r\n')}\r\n`, 'utf8');
}

function workbook(rows: (string | number)[][]): Buffer {
  const columns = HEADERS.map((header) => ({ id: header, header, width: 16 }) as unknown as SheetColumn);
  const values = rows.map((row) =>
    row.map((cell): SheetValue =>
      typeof cell === 'number' ? { kind: 'number', value: cell } : { kind: 'text', text: cell },
    ),
  );
  return Buffer.from(
    toXlsx(
      { name: 'Verzuim', columns, rows: values },
      { title: 'Verzuim', creator: 'HR', date: '2027-12-31', language: 'nl' },
    ),
  );
}

const rows = absenceRows();
const files = [
  { format: 'CSV', name: 'verzuim.csv', mimeType: 'text/csv', buffer: belgianCsv(rows) },
  {
    format: 'XLSX',
    name: 'verzuim.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook(rows),
  },
];
const messages = {
  nl: JSON.parse(readFileSync('messages/nl.json', 'utf8')),
  fr: JSON.parse(readFileSync('messages/fr.json', 'utf8')),
};

interface Row {
  locale: string;
  format: string;
  kB: number;
  preview: number;
  total: number;
  longest: number;
  /** The longest task while the team values of the first indicator open, and how many rows they have. */
  opening: number;
  teamRows: number;
  message: string;
}
const results: Row[] = [];
const { browser, base, close } = await launchBench();
try {
  for (const locale of ['nl', 'fr'] as const) {
    const texts = messages[locale].followUp;
    const draft = fixture(locale, 'large');
    for (const file of files) {
      const previews: number[] = [];
      const totals: number[] = [];
      let longest = 0;
      let opening = 0;
      let teamRows = 0;
      let message = '';
      for (let run = 0; run < RUNS; run += 1) {
        const page = await browser.newPage();
        await storeDraft(page, base, locale, draft);
        await page.goto(`${base}/${locale}/draft/?d=${draft.uid}&view=follow-up`, { waitUntil: 'networkidle' });
        const region = page.getByRole('region', { name: texts.import.heading, exact: true });
        await region.waitFor({ timeout: 60_000 });
        await watchLongTasks(page);
        // Waits use CSS and text, not roles: the role engine's polling of a large page would itself be a long task.
        const started = Date.now();
        await region.getByLabel(texts.import.label).setInputFiles(file);
        await region.locator('h5', { hasText: texts.mapping.noProblems }).waitFor({ timeout: 60_000 });
        previews.push(Date.now() - started);
        const submit = await region.locator('form button[type="submit"]').elementHandle();
        await submit!.click();
        await page.waitForFunction((button) => !button.isConnected, submit, { timeout: 60_000 });
        totals.push(Date.now() - started);
        // Let the save and any deferred rendering run and be counted.
        await page.waitForTimeout(500);
        longest = Math.max(longest, await page.evaluate(() => window.__longest));
        message = (await region.getByRole('status').textContent()) ?? '';
        // Then the user opens the first indicator's team values (a row per team and month).
        await page.evaluate(() => (window.__longest = 0));
        await page.locator('details.details > summary').first().click();
        await page.locator('details.details[open] table tbody tr').first().waitFor({ timeout: 60_000 });
        await page.waitForTimeout(300);
        teamRows = await page.locator('details.details[open] table tbody tr').count();
        opening = Math.max(opening, await page.evaluate(() => window.__longest));
        await page.close();
      }
      results.push({
        locale,
        format: file.format,
        kB: Math.round(file.buffer.length / 1024),
        preview: median(previews),
        total: median(totals),
        longest: Math.round(longest),
        opening: Math.round(opening),
        teamRows,
        message,
      });
    }
  }
} finally {
  await close();
}

console.log(
  `\nImport of ${ROWS.toLocaleString('en')} absence rows, median of ${RUNS} (budgets: import ${TIME_BUDGET_MS} ms, longest task ${BLOCK_BUDGET_MS} ms)\n`,
);
console.log(
  'lang  file    size kB  to preview ms  to imported ms  longest task ms  team values: rows, longest task ms',
);
let over = false;
for (const row of results) {
  const ok = row.total <= TIME_BUDGET_MS && row.longest <= BLOCK_BUDGET_MS && row.opening <= BLOCK_BUDGET_MS;
  over ||= !ok;
  console.log(
    `${row.locale.padEnd(6)}${row.format.padEnd(8)}${String(row.kB).padStart(7)}${String(row.preview).padStart(15)}${String(row.total).padStart(16)}${String(row.longest).padStart(17)}${String(row.teamRows).padStart(8)}${String(row.opening).padStart(8)}  ${ok ? 'ok' : 'OVER'}`,
  );
}
for (const row of results) console.log(`${row.locale} ${row.format}: ${row.message}`);
if (over) {
  console.error('\nImport benchmark over budget.');
  process.exitCode = 1;
}
