#!/usr/bin/env node
// Serves the static export in out/ on http://localhost:$PORT (default 3000).
// Any static web host does the same job; this one has no dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCsp } from './csp.mjs';
import { writeServiceWorker } from './sw.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

function resolveFile(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

/**
 * Prepares the build in `root` (Content-Security-Policy in every page, then the
 * service worker over the final files; both are no-ops when `npm run build`
 * ran them) and returns a server for it, not yet listening.
 */
export function createStaticServer(root) {
  const csp = applyCsp(root);
  writeServiceWorker(root);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    // Directory URLs end in "/", as the export (trailingSlash) expects.
    if (!extname(url.pathname) && !url.pathname.endsWith('/')) {
      response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const file = resolveFile(root, url.pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const headers = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...(extname(path) === '.html' ? { 'Content-Security-Policy': csp } : {}),
      'Cache-Control': url.pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(path).pipe(response);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No build found in ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  const server = createStaticServer(root);
  // PORT=0 picks a free port; the line below names it.
  server.listen(port, host, () => {
    console.log(`Welzijnskompas is served on http://localhost:${server.address().port}`);
  });
}
