/* global VERSION, MANIFEST, precachePath */
// The service worker of Welzijnskompas (a classic script, no dependencies).
// scripts/sw.mjs prepends VERSION, MANIFEST ({ url: revision } for every file
// of the static export) and precachePath, and writes the result to out/sw.js.
//
// - install: precache the whole build as one version. A file whose revision
//   an older version already holds is copied from there; only changed files
//   are downloaded, and each is checked against its revision, so a version is
//   never a mix of two deploys. Any failure fails the install (the browser
//   tries again on the next visit) and the old version keeps working.
// - fetch: every file of the build, pages included, comes from this version's
//   cache (pages without their search string); anything else goes to the
//   network. Pages and their scripts therefore always belong together.
// - a new version waits until the page asks for it ("reload" in the update
//   notice), then takes over the open tabs and deletes the older caches.
const PREFIX = 'welzijnskompas-precache-';
const CACHE = PREFIX + VERSION;
/** Response headers worth keeping with a cached file. */
const KEPT_HEADERS = ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy'];

const keyOf = (url) => `${url}?__revision=${MANIFEST[url]}`;

async function digest(buffer) {
  const hash = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function download(url) {
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  if (!(await digest(body)).startsWith(MANIFEST[url])) throw new Error(`${url}: not the file of version ${VERSION}`);
  const headers = new Headers();
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  // A fresh response: never a redirected one, which a page navigation may not use.
  return new Response(body, { status: 200, headers });
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    Object.keys(MANIFEST).map(async (url) => {
      const key = keyOf(url);
      if (await cache.match(key)) return;
      const known = await caches.match(key);
      await cache.put(key, known ?? (await download(url)));
    }),
  );
}

async function cleanUp() {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
  );
  await self.clients.claim();
}

async function respond(request, path) {
  const cache = await caches.open(CACHE);
  const cached = path ? await cache.match(keyOf(path)) : undefined;
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline and not part of the build: the build's own "not found" page.
    const notFound =
      request.mode === 'navigate' && MANIFEST['/404.html'] ? await cache.match(keyOf('/404.html')) : undefined;
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(cleanUp());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  const path = precachePath(url.pathname, navigate, MANIFEST);
  if (!path && !navigate) return;
  event.respondWith(respond(request, path));
});
