import { clear, createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import type { Draft } from './envelope';
import { parseDraft } from './parse';
import { announce } from './tabSync';

/**
 * Drafts in IndexedDB, one record per draft keyed by uid (see ARCHITECTURE.md
 * for why idb-keyval). Everything read goes through `parseDraft`; every failure
 * becomes a `StorageError` whose `kind` the UI turns into a message.
 *
 * When IndexedDB cannot be used at all (private windows, blocked storage),
 * drafts are kept in memory for the life of the tab instead, so the user can
 * still work and export a file; `storageMode()` says which one is in use.
 */

export const DB_NAME = 'welzijnskompas';
export const STORE_NAME = 'drafts';

export type StorageErrorKind = 'unavailable' | 'quota' | 'conflict' | 'not-found' | 'damaged' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`Draft storage failed: ${kind}`, options);
    this.name = 'StorageError';
  }
}

/** The kind of any error thrown by storage calls, for the UI's messages. */
export function storageErrorKind(error: unknown): StorageErrorKind {
  return error instanceof StorageError ? error.kind : 'unknown';
}

let storePromise: UseStore | null = null;

function store(): UseStore {
  // Missing, or null as in some private modes.
  if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageError('unavailable');
  storePromise ??= createStore(DB_NAME, STORE_NAME);
  return storePromise;
}

/** The few operations drafts need; IndexedDB or, when that is blocked, memory. */
interface Backend {
  entries(): Promise<[IDBValidKey, unknown][]>;
  get(key: string): Promise<unknown>;
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  del(key: string): Promise<void>;
  clear(): Promise<void>;
}

const indexedDbBackend: Backend = {
  entries: () => entries(store()),
  get: (key) => get(key, store()),
  update: (key, updater) => update(key, updater, store()),
  del: (key) => del(key, store()),
  clear: () => clear(store()),
};

function memoryBackend(): Backend {
  const records = new Map<string, unknown>();
  return {
    entries: async () => [...records].map(([key, value]): [string, unknown] => [key, structuredClone(value)]),
    get: async (key) => structuredClone(records.get(key)),
    update: async (key, updater) => {
      records.set(key, structuredClone(updater(structuredClone(records.get(key)))));
    },
    del: async (key) => {
      records.delete(key);
    },
    clear: async () => records.clear(),
  };
}

export type StorageMode = 'indexeddb' | 'memory';

let backendPromise: Promise<{ mode: StorageMode; backend: Backend }> | null = null;

/** Opens IndexedDB once; falls back to memory only when it is unavailable (not on other errors). */
function backend(): Promise<{ mode: StorageMode; backend: Backend }> {
  backendPromise ??= (async () => {
    try {
      await guarded(() => indexedDbBackend.get('\u0000probe'));
      return { mode: 'indexeddb' as const, backend: indexedDbBackend };
    } catch (error) {
      if (storageErrorKind(error) !== 'unavailable') {
        backendPromise = null;
        throw error;
      }
      return { mode: 'memory' as const, backend: memoryBackend() };
    }
  })();
  return backendPromise;
}

/** Where drafts are kept in this tab: `memory` means they are lost when it closes. */
export async function storageMode(): Promise<StorageMode> {
  return (await backend()).mode;
}

function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new StorageError('quota', { cause: error });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    // Thrown when IndexedDB is blocked (private windows, disabled storage).
    storePromise = null;
    return new StorageError('unavailable', { cause: error });
  }
  return new StorageError('unknown', { cause: error });
}

async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Runs an operation on the backend in use; every failure becomes a StorageError. */
function withBackend<T>(operation: (store: Backend) => Promise<T>): Promise<T> {
  return guarded(async () => operation((await backend()).backend));
}

export interface DamagedRecord {
  key: string;
  raw: unknown;
  reason: string;
}

export interface DraftList {
  drafts: Draft[];
  damaged: DamagedRecord[];
}

/** All drafts, newest first. One damaged record never hides the others. */
export function listDrafts(): Promise<DraftList> {
  return withBackend(async (db) => {
    const records = await db.entries();
    const drafts: Draft[] = [];
    const damaged: DamagedRecord[] = [];
    for (const [key, raw] of records) {
      const parsed = parseDraft(raw);
      if (parsed.ok) drafts.push(parsed.draft);
      else damaged.push({ key: String(key), raw, reason: parsed.reason });
    }
    drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { drafts, damaged };
  });
}

export function loadDraft(uid: string): Promise<Draft> {
  return withBackend(async (db) => {
    const raw: unknown = await db.get(uid);
    if (raw === undefined) throw new StorageError('not-found');
    const parsed = parseDraft(raw);
    if (!parsed.ok) throw new StorageError('damaged');
    return parsed.draft;
  });
}

/** Store a new draft; refuses to overwrite an existing one. */
export function insertDraft(draft: Draft): Promise<Draft> {
  return withBackend(async (db) => {
    await db.update(draft.uid, (existing: unknown) => {
      if (existing !== undefined) throw new StorageError('conflict');
      return draft;
    });
    announce({ type: 'changed' });
    return draft;
  });
}

/**
 * Save a changed draft. Atomic read-check-write: if the stored revision is
 * not the one this draft was based on, another tab saved in between and
 * nothing is written (`conflict`). Returns the draft as stored.
 */
export function saveDraft(draft: Draft, now: Date = new Date()): Promise<Draft> {
  return withBackend(async (db) => {
    const next: Draft = { ...draft, revision: draft.revision + 1, updatedAt: now.toISOString() };
    await db.update(draft.uid, (existing: unknown) => {
      if (existing === undefined) throw new StorageError('not-found');
      // Only the revision matters here; a full parse of a big draft would hold the transaction open.
      const revision = storedRevision(existing);
      if (revision !== null && revision !== draft.revision) throw new StorageError('conflict');
      return next;
    });
    announce({ type: 'saved', uid: next.uid, revision: next.revision });
    return next;
  });
}

/** The revision of a stored record; null when it has none (damaged: a save may replace it). */
function storedRevision(record: unknown): number | null {
  if (typeof record !== 'object' || record === null || !('revision' in record)) return null;
  return typeof record.revision === 'number' ? record.revision : null;
}

/** Deletes one record; also a damaged one (its key is listed in `DraftList.damaged`). */
export function deleteDraft(uid: string): Promise<void> {
  return withBackend(async (db) => {
    await db.del(uid);
    announce({ type: 'deleted', uid });
  });
}

/** Deletes every draft on this device (damaged records included). */
export function deleteAllDrafts(): Promise<void> {
  return withBackend(async (db) => {
    await db.clear();
    announce({ type: 'cleared' });
  });
}
