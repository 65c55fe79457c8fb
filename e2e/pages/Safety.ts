import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { messages, type Locale } from './messages';

/** Helpers for the draft-safety specs: files, raw IndexedDB, simulated storage faults. */

export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

export function importInput(page: Page, locale: Locale) {
  return page.getByLabel(messages[locale].backup.import.label);
}

export async function importFile(page: Page, locale: Locale, name: string, content: string | Buffer) {
  await importInput(page, locale).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

export function importError(page: Page, locale: Locale) {
  return page.getByRole('alert').filter({ hasText: messages[locale].backup.errors.title });
}

/** Writes a record straight into the drafts store, as a damaged or old record would be. */
export async function putRecord(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ([recordKey, record]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('welzijnskompas');
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(record, recordKey);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

/** Every record in the drafts store, as stored. */
export async function storedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('welzijnskompas');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve({});
            return;
          }
          const store = db.transaction('drafts').objectStore('drafts');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]])));
          };
          values.onerror = () => reject(values.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** IndexedDB refuses to open, as in some private windows or with storage blocked. */
export async function blockIndexedDb(page: Page) {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
}

/** Writes fail with QuotaExceededError while `window.__diskFull` is true. */
export async function simulateFullDisk(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
}

/** Collects Content-Security-Policy violations reported by the page. */
export async function collectCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => {
    const inPage = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    return [...inPage, ...console];
  };
}

export async function expectNoCspViolations(read: () => Promise<string[]>) {
  expect(await read(), 'Content-Security-Policy violations').toEqual([]);
}

/** The `one {…}` branch of an ICU plural message, with its other placeholders filled. */
export function pluralOne(text: string, values: Record<string, string | number> = {}): string {
  const branch = /one \{((?:[^{}]|\{\w+\})*)\}/.exec(text)?.[1] ?? text;
  return branch.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? `{${key}}`));
}
