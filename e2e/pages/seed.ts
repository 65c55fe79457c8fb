import type { Page } from '@playwright/test';

/**
 * Put data into a stored draft without going through the forms: for a spec
 * that needs another step's data (built elsewhere, or slow to fill by hand).
 * Works on IndexedDB the way lib/draft/storage.ts keeps drafts: database
 * `welzijnskompas`, store `drafts`, one record per draft keyed by its uid.
 * The app reads the record through `parseDraft`, so a step given here only
 * needs the fields the test cares about (the schema fills the rest), but what
 * it gives must be valid.
 */

const DB_NAME = 'welzijnskompas';
const STORE_NAME = 'drafts';

type StepsPatch = Record<string, Record<string, unknown>>;
export interface StoredDraft {
  revision: number;
  steps: StepsPatch;
}

/** The uid of the draft open in the page (`?d=<uid>`). */
export function openDraftUid(page: Page): string {
  const uid = new URL(page.url()).searchParams.get('d');
  if (!uid) throw new Error(`No draft open at ${page.url()}`);
  return uid;
}

/** Reads the stored record and, given a patch, merges it in (one transaction). Returns the record as stored. */
function withStoredDraft(page: Page, patch: StepsPatch | null): Promise<StoredDraft> {
  return page.evaluate(
    async ({ dbName, storeName, key, steps }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<StoredDraft>((resolve, reject) => {
          const transaction = db.transaction(storeName, steps ? 'readwrite' : 'readonly');
          const store = transaction.objectStore(storeName);
          let result: StoredDraft | undefined;
          const read = store.get(key);
          read.onsuccess = () => {
            const draft = read.result as StoredDraft | undefined;
            if (!draft) return transaction.abort();
            result = draft;
            if (!steps) return;
            const merged = { ...draft.steps };
            for (const [id, data] of Object.entries(steps)) merged[id] = { ...merged[id], ...data };
            result = { ...draft, steps: merged, revision: draft.revision + 1 };
            store.put({ ...result, updatedAt: new Date().toISOString() }, key);
          };
          transaction.oncomplete = () => (result ? resolve(result) : reject(new Error(`No stored draft ${key}`)));
          transaction.onabort = () => reject(transaction.error ?? new Error(`No stored draft ${key}`));
        });
      } finally {
        db.close();
      }
    },
    { dbName: DB_NAME, storeName: STORE_NAME, key: openDraftUid(page), steps: patch },
  );
}

/**
 * Merge `steps` into the stored draft open in the page (shallow, per step:
 * the given fields replace the stored ones) and reload, so the app reads it.
 * Call it when nothing is waiting to be saved (e.g. right after creating the
 * draft, on the overview), or the app's next save would meet a conflict.
 */
export async function seedSteps(page: Page, steps: StepsPatch): Promise<void> {
  await withStoredDraft(page, steps);
  await page.reload();
}

/** The stored draft open in the page, as the app last saved it (for effects no screen shows). */
export function storedDraft(page: Page): Promise<StoredDraft> {
  return withStoredDraft(page, null);
}
