#!/usr/bin/env node
// Benchmark: first-load JavaScript (gzip) of every exported route, with a budget.
// Next 16 no longer prints these sizes, so we measure the static export itself:
// every <script src> a route's HTML loads (except noModule polyfills), gzipped at level 9, summed.
// Usage: npm run bench   (builds first; fails when a route is over budget)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'out';
const BUDGET_KB = 180;

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
    row.route.padEnd(16) + String(row.scripts).padStart(8) + row.kb.toFixed(1).padStart(10) + `  ${ok ? 'ok' : 'OVER'} (${BUDGET_KB} kB)`,
  );
}
const over = rows.filter((row) => row.kb > BUDGET_KB);
if (over.length) {
  console.error(`\n${over.length} route(s) over the ${BUDGET_KB} kB budget.`);
  process.exit(1);
}
