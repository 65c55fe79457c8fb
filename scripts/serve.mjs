#!/usr/bin/env node
// Serves the static export in out/ on http://localhost:$PORT (default 3000).
// Any static web host does the same job; this one has no dependencies.
// Hostile input never crashes it: bad escapes, NUL bytes and paths that leave
// the root answer 400 or 404, stream errors end the response, and every
// request handler error is caught.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
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

const MAX_URL_LENGTH = 2048;

/**
 * Decodes a URL path into segments, or returns null when it is malformed or
 * hostile: bad percent escapes, NUL or other control characters, backslashes,
 * "." / ".." segments (also when escaped) or an absurd length.
 */
export function pathSegments(pathname) {
  if (pathname.length > MAX_URL_LENGTH || !pathname.startsWith('/')) return null;
  const segments = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[\u0000-\u001f\u007f\\/:]/.test(segment)) return null;
    if (segment === '.' || segment === '..') return null;
    segments.push(segment);
  }
  return segments;
}

function inside(root, file) {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function fileAt(root, candidate) {
  try {
    const stats = statSync(candidate, { throwIfNoEntry: false });
    if (!stats?.isFile()) return null;
    // Symbolic links must not lead out of the root either.
    const real = realpathSync(candidate);
    return inside(root, real) ? { path: real, stats } : null;
  } catch {
    return null;
  }
}

function resolveFile(root, segments) {
  const candidate = join(root, ...segments);
  if (!inside(root, candidate)) return null;
  return fileAt(root, candidate) ?? fileAt(root, join(candidate, 'index.html'));
}

function etagOf(stats) {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

function notModified(request, etag, stats) {
  const match = request.headers['if-none-match'];
  if (match !== undefined) {
    return match
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || tag === etag || tag === etag.slice(2));
  }
  const since = request.headers['if-modified-since'];
  if (since !== undefined) {
    const time = Date.parse(since);
    return !Number.isNaN(time) && Math.floor(stats.mtimeMs / 1000) * 1000 <= time;
  }
  return false;
}

function plain(response, status, text) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  response.end(text);
}

/**
 * Prepares the build in `root` (Content-Security-Policy in every page, then the
 * service worker over the final files; both are no-ops when `npm run build`
 * ran them) and returns a server for it, not yet listening.
 */
export function createStaticServer(rootDir) {
  const root = realpathSync(resolve(rootDir));
  const csp = applyCsp(root);
  writeServiceWorker(root);
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      if (!response.headersSent) plain(response, 500, 'Internal Server Error');
      else response.destroy();
    }
  });
  // Malformed HTTP (not just malformed paths) closes that socket only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;

  function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      plain(response, 405, 'Method Not Allowed');
      return;
    }
    const target = request.url ?? '/';
    if (!target.startsWith('/') || target.startsWith('//') || target.length > MAX_URL_LENGTH) {
      plain(response, 400, 'Bad Request');
      return;
    }
    let url;
    try {
      url = new URL(target, 'http://localhost');
    } catch {
      plain(response, 400, 'Bad Request');
      return;
    }
    // URL() resolves dot segments; judge the path as it was sent.
    const sent = target.split(/[?#]/, 1)[0] ?? '/';
    const segments = pathSegments(sent);
    if (!segments) {
      plain(response, 400, 'Bad Request');
      return;
    }
    // Directory URLs end in "/", as the export (trailingSlash) expects.
    if (!extname(url.pathname) && !url.pathname.endsWith('/')) {
      response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const found = resolveFile(root, segments);
    const status = found ? 200 : 404;
    const fallback = found ?? fileAt(root, join(root, '404.html'));
    if (!fallback) {
      plain(response, 404, 'Not Found');
      return;
    }
    const { path, stats } = fallback;
    const etag = etagOf(stats);
    const headers = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...(extname(path) === '.html' ? { 'Content-Security-Policy': csp } : {}),
      'Cache-Control': url.pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (status === 200) {
      headers.ETag = etag;
      headers['Last-Modified'] = stats.mtime.toUTCString();
      if (notModified(request, etag, stats)) {
        response.writeHead(304, headers);
        response.end();
        return;
      }
    }
    headers['Content-Length'] = stats.size;
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(path);
    stream.on('error', () => response.destroy());
    response.on('close', () => stream.destroy());
    stream.pipe(response);
  }
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
