#!/usr/bin/env node
// Benchmark with budgets (not part of the test command). Usage: npm run bench
// 1. First-load JavaScript (gzip) of every exported route. Next 16 no longer
//    prints these sizes, so we measure the static export itself: every
//    <script src> a route's HTML loads (except noModule polyfills), gzipped at
//    level 9, summed. Budget: 180 kB.
// 2. All JavaScript a route has loaded once it is usable (first load plus the
//    lazily loaded islands), measured in Chromium against the export. Budget: 250 kB.
// Builds first (skip with --no-build); exits 1 when a budget is exceeded.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'out';
const BUDGET_KB = 180;
const LOADED_BUDGET_KB = 250;

if (!process.argv.includes('--no-build')) execSync('npx next build', { stdio: 'inherit' });
if (!existsSync(OUT)) {
  console.error('No static export in out/.');
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

const rows = htmlFiles(OUT)
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    // noModule scripts are legacy polyfills that modern browsers never download.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/noModule/i.test(tag));
    const scripts = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter(Boolean))];
    const bytes = scripts.reduce((sum, src) => sum + gzipSize(join(OUT, src.split('?')[0])), 0);
    const route = `/${relative(OUT, file).replace(/index\.html$/, '')}`;
    return { route, scripts: scripts.length, kb: bytes / 1024 };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

console.log('\nFirst-load JavaScript per route (gzip):');
console.log('route'.padEnd(16) + 'scripts'.padStart(8) + 'kB gzip'.padStart(10) + '  budget');
for (const row of rows) {
  const ok = row.kb <= BUDGET_KB;
  console.log(
    row.route.padEnd(16) +
      String(row.scripts).padStart(8) +
      row.kb.toFixed(1).padStart(10) +
      `  ${ok ? 'ok' : 'OVER'} (${BUDGET_KB} kB)`,
  );
}
const over = rows.filter((row) => row.kb > BUDGET_KB);

// 2. What a route has loaded once it is usable, in a real browser.
// `ready`: what shows once the island has loaded (the create form; the draft page's heading).
const loaded = await measureLoaded([
  { route: '/nl/', ready: 'main form' },
  { route: '/fr/', ready: 'main form' },
  { route: '/nl/draft/?d=bench', ready: 'main h1' },
  { route: '/fr/draft/?d=bench', ready: 'main h1' },
]);
console.log('\nAll JavaScript loaded once the page is usable (gzip, Chromium):');
for (const row of loaded) {
  const ok = row.kb <= LOADED_BUDGET_KB;
  console.log(
    row.route.padEnd(22) +
      String(row.scripts).padStart(8) +
      row.kb.toFixed(1).padStart(10) +
      `  ${ok ? 'ok' : 'OVER'} (${LOADED_BUDGET_KB} kB)`,
  );
}
const loadedOver = loaded.filter((row) => row.kb > LOADED_BUDGET_KB);

// 3. PDF export: render time in the worker and longest main-thread block (scripts/bench-pdf.mjs).
let pdfOver = false;
try {
  execSync('node scripts/bench-pdf.mjs --no-build', { stdio: 'inherit' });
} catch {
  pdfOver = true;
}

// 3b. Word export: time in its worker, main-thread block, JS the click loads (scripts/bench-docx.mjs).
let docxOver = false;
try {
  execSync('node scripts/bench-docx.mjs --no-build', { stdio: 'inherit' });
} catch {
  docxOver = true;
}

// 4. Saving: keystroke to "saved" on a draft of 200 actions (scripts/bench-save.mjs).
let saveOver = false;
try {
  execSync('node scripts/bench-save.mjs --no-build', { stdio: 'inherit' });
} catch {
  saveOver = true;
}

if (over.length || loadedOver.length || pdfOver || docxOver || saveOver) {
  const named = [...over, ...loadedOver].map((row) => row.route);
  if (pdfOver) named.push('PDF export');
  if (docxOver) named.push('Word export');
  if (saveOver) named.push('save');
  console.error(`\nOver budget: ${named.join(', ')}`);
  process.exit(1);
}

async function measureLoaded(routes) {
  const { chromium } = await import('@playwright/test');
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['scripts/serve.mjs', OUT], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch(
    system
      ? {
          executablePath: system,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  );
  try {
    const results = [];
    for (const { route, ready } of routes) {
      const page = await browser.newPage();
      const scripts = new Set();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      await page.goto(`http://localhost:${port}${route}`, { waitUntil: 'networkidle' });
      await page.waitForSelector(ready, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const bytes = [...scripts].reduce((sum, path) => sum + gzipSize(join(OUT, path)), 0);
      results.push({ route, scripts: scripts.size, kb: bytes / 1024 });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    server.kill();
  }
}
