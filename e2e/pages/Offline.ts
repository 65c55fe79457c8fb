import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { messages, type Locale } from './messages';

/** The name of the cache that holds one version of the app (scripts/sw-template.js). */
export const cacheName = (version: string) => `welzijnskompas-precache-${version}`;

/** Resolves once the service worker has precached the build and controls the page. */
export async function waitUntilOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** The caches the app keeps in this browser. */
export function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** The update notice (in a polite live region) saying a new version is available or installed. */
export function updateNotice(page: Page, locale: Locale, kind: 'available' | 'installed') {
  return page.getByText(messages[locale].offline.update[kind]);
}

export function reloadButton(page: Page, locale: Locale) {
  return page.getByRole('button', { name: messages[locale].offline.update.reload });
}

/**
 * A copy of the static export (out/) served on its own port, so a test can
 * deploy a new version to it without touching the shared server.
 */
export interface Site {
  url: string;
  version: string;
  /** Changes one file of the build and writes the new service worker, as a deploy would. Returns its version. */
  deploy(): string;
  close(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/** Writes the service worker for the build in `dir` (scripts/sw.mjs); returns its version. */
function writeServiceWorker(dir: string): string {
  const output = execFileSync(process.execPath, [join(ROOT, 'scripts', 'sw.mjs'), dir], { encoding: 'utf8' });
  const version = /Service worker (\w+) written/.exec(output)?.[1];
  if (!version) throw new Error(`No service worker written: ${output}`);
  return version;
}

export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'welzijnskompas-site-'));
  cpSync(join(ROOT, 'out'), dir, { recursive: true });
  const version = writeServiceWorker(dir);
  // scripts/serve.mjs on a free port, as `npm start` serves the build.
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), dir], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const served = /http:\/\/localhost:\d+/.exec(output);
      if (served) resolve(served[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
  return {
    url,
    version,
    deploy() {
      appendFileSync(join(dir, 'fonts', 'OFL.txt'), `\nDeployed ${new Date().toISOString()}\n`);
      return writeServiceWorker(dir);
    },
    async close() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
