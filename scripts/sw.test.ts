import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module script without types
import { fileUrl, precacheManifest, precachePath, writeServiceWorker } from './sw.mjs';

type Manifest = Record<string, string>;
const ORIGIN = 'http://localhost:3000';

const BUILD: Record<string, string> = {
  'index.html': '<html>root</html>',
  '404.html': '<html>not found</html>',
  'nl/index.html': '<html>nl home</html>',
  'nl/index.txt': 'rsc nl home',
  'nl/draft/index.html': '<html>nl draft</html>',
  'fr/draft/index.html': '<html>fr draft</html>',
  '_next/static/chunks/app.js': 'console.log(1)',
  '_next/static/chunks/app.js.map': '{}',
  'fonts/NotoSans-Regular.ttf': 'font bytes',
  'csp-header.txt': "default-src 'self'",
};

let root: string;

function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sw-'));
  write(BUILD);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('precache manifest', () => {
  it('lists every file the browser may need at the URL a static host serves it, with a hash of its bytes', () => {
    const manifest: Manifest = precacheManifest(root);
    expect(Object.keys(manifest)).toEqual([
      '/',
      '/404.html',
      '/_next/static/chunks/app.js',
      '/fonts/NotoSans-Regular.ttf',
      '/fr/draft/',
      '/nl/',
      '/nl/draft/',
      '/nl/index.txt',
    ]);
    expect(manifest['/nl/draft/']).toBe(
      createHash('sha256').update('<html>nl draft</html>').digest('hex').slice(0, 16),
    );
    expect(fileUrl('nl/__next.$d$locale.txt')).toBe('/nl/__next.$d$locale.txt');
  });

  it('changes with any file and is not part of itself', () => {
    const first = writeServiceWorker(root);
    expect(writeServiceWorker(root)).toBe(first);
    expect(precacheManifest(root)).not.toHaveProperty('/sw.js');
    write({ 'fonts/NotoSans-Regular.ttf': 'other font bytes' });
    expect(writeServiceWorker(root)).not.toBe(first);
  });
});

describe('precachePath', () => {
  const manifest: Manifest = { '/': 'a', '/nl/': 'b', '/nl/draft/': 'c', '/_next/static/chunks/app.js': 'd' };
  it.each([
    ['/nl/draft/', true, '/nl/draft/'],
    ['/nl/draft', true, '/nl/draft/'],
    ['/nl/draft/index.html', true, '/nl/draft/'],
    ['/', true, '/'],
    ['/nl/unknown/', true, null],
    ['/_next/static/chunks/app.js', false, '/_next/static/chunks/app.js'],
    ['/nl/draft', false, null],
    ['/sw.js', false, null],
  ])('%s (navigation: %s) is answered by %s', (pathname, navigate, expected) => {
    expect(precachePath(pathname, navigate, manifest)).toBe(expected);
  });
});

/** A browser-like CacheStorage in memory, shared by the worker versions of one test. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: string) {
    return this.entries.get(key)?.clone();
  }
  async put(key: string, response: Response) {
    this.entries.set(key, response);
  }
}
class FakeCacheStorage {
  readonly stores = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async match(key: string) {
    for (const store of this.stores.values()) {
      const found = await store.match(key);
      if (found) return found;
    }
    return undefined;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/** Runs out/sw.js in a fresh global scope, as a browser runs one version of it. */
function startWorker(
  caches: FakeCacheStorage,
  server: { files: Record<string, string>; online: boolean; fetched: string[] },
) {
  const listeners = new Map<string, (event: unknown) => void>();
  const calls = { skipWaiting: 0, claim: 0 };
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: () => (calls.skipWaiting += 1),
    clients: { claim: async () => (calls.claim += 1) },
  };
  const fetch = async (input: string | FakeRequest) => {
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
    if (!server.online) throw new TypeError('Failed to fetch');
    server.fetched.push(url.pathname);
    const file = url.pathname.replace(/\/$/, '/index.html').slice(1);
    const body = server.files[file];
    return body === undefined
      ? new Response('missing', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'text/html' } });
  };
  const context = createContext({ self, caches, fetch, crypto: globalThis.crypto, Response, Headers, URL });
  new Script(readFileSync(join(root, 'sw.js'), 'utf8')).runInContext(context);

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
  };
  const request = async (path: string, init: Partial<FakeRequest> = {}) => {
    let answer: Promise<Response> | undefined;
    const event = {
      request: { url: new URL(path, ORIGIN).href, method: 'GET', mode: 'no-cors', ...init },
      respondWith: (r: Promise<Response>) => (answer = r),
    };
    listeners.get('fetch')?.(event);
    return answer;
  };
  const message = (data: unknown) => listeners.get('message')?.({ data });
  return { lifecycle, request, message, calls };
}

/** The worker for the files in `root`, installed and active, with its browser caches and server. */
async function firstVersion() {
  writeServiceWorker(root);
  const caches = new FakeCacheStorage();
  const server = { files: { ...BUILD }, online: true, fetched: [] as string[] };
  const worker = startWorker(caches, server);
  await worker.lifecycle('install');
  await worker.lifecycle('activate');
  return { caches, server, worker };
}

describe('the service worker', () => {
  it('answers every page and file of the build from its cache once installed, offline too', async () => {
    const { server, worker } = await firstVersion();
    expect(worker.calls.claim).toBe(1);
    server.online = false;

    const text = async (answer: Promise<Response | undefined>) => (await answer)?.text();
    expect(await text(worker.request('/nl/draft/?d=abc&step=why', { mode: 'navigate' }))).toBe('<html>nl draft</html>');
    expect(await text(worker.request('/nl/draft?d=abc', { mode: 'navigate' }))).toBe('<html>nl draft</html>');
    expect(await text(worker.request('/', { mode: 'navigate' }))).toBe('<html>root</html>');
    expect(await text(worker.request('/nl/index.txt?_rsc=x1'))).toBe('rsc nl home');
    expect(await text(worker.request('/_next/static/chunks/app.js'))).toBe('console.log(1)');
    expect((await worker.request('/_next/static/chunks/app.js'))?.headers.get('content-type')).toBe('text/html');
    const missing = await worker.request('/nl/nothing-here/', { mode: 'navigate' });
    expect(missing?.status).toBe(404);
    expect(await missing?.text()).toBe('<html>not found</html>');
    // Not ours: left to the browser.
    expect(await worker.request('https://elsewhere.example/nl/')).toBeUndefined();
    expect(await worker.request('/nl/', { method: 'POST' })).toBeUndefined();
    expect(await worker.request('/csp-header.txt')).toBeUndefined();
  });

  it('downloads only what a new version changed, then drops the old cache when it takes over', async () => {
    const { caches, server, worker: first } = await firstVersion();
    const [oldCache] = await caches.keys();

    write({ 'nl/draft/index.html': '<html>nl draft, version 2</html>' });
    server.files['nl/draft/index.html'] = '<html>nl draft, version 2</html>';
    writeServiceWorker(root);
    server.fetched.length = 0;
    const second = startWorker(caches, server);
    await second.lifecycle('install');
    expect(server.fetched).toEqual(['/nl/draft/']);
    // Installed, not yet active: the old version still answers the open tabs.
    expect(await caches.keys()).toHaveLength(2);
    expect(await (await first.request('/nl/draft/', { mode: 'navigate' }))?.text()).toBe('<html>nl draft</html>');

    second.message({ type: 'skip-waiting' });
    expect(second.calls.skipWaiting).toBe(1);
    await second.lifecycle('activate');
    const names = await caches.keys();
    expect(names).toHaveLength(1);
    expect(names).not.toContain(oldCache);
    expect(await (await second.request('/nl/draft/', { mode: 'navigate' }))?.text()).toBe(
      '<html>nl draft, version 2</html>',
    );
  });

  it('refuses to install a version when the server hands out a file of another build', async () => {
    writeServiceWorker(root);
    const caches = new FakeCacheStorage();
    const server = {
      files: { ...BUILD, 'nl/index.html': '<html>nl home, stale copy</html>' },
      online: true,
      fetched: [] as string[],
    };
    const worker = startWorker(caches, server);
    await expect(worker.lifecycle('install')).rejects.toThrow('/nl/: not the file of version');
  });
});
