import { createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import type { Draft } from './envelope';
import { parseDraft } from './parse';

/**
 * Drafts in IndexedDB, one record per draft keyed by uid (see ARCHITECTURE.md
 * for why idb-keyval). Everything read goes through `parseDraft`; every failure
 * becomes a `StorageError` whose `kind` the UI turns into a message.
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
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  storePromise ??= createStore(DB_NAME, STORE_NAME);
  return storePromise;
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
  return guarded(async () => {
    const records = await entries(store());
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
  return guarded(async () => {
    const raw: unknown = await get(uid, store());
    if (raw === undefined) throw new StorageError('not-found');
    const parsed = parseDraft(raw);
    if (!parsed.ok) throw new StorageError('damaged');
    return parsed.draft;
  });
}

/** Store a new draft; refuses to overwrite an existing one. */
export function insertDraft(draft: Draft): Promise<Draft> {
  return guarded(async () => {
    await update(
      draft.uid,
      (existing: unknown) => {
        if (existing !== undefined) throw new StorageError('conflict');
        return draft;
      },
      store(),
    );
    return draft;
  });
}

/**
 * Save a changed draft. Atomic read-check-write: if the stored revision is
 * not the one this draft was based on, another tab saved in between and
 * nothing is written (`conflict`). Returns the draft as stored.
 */
export function saveDraft(draft: Draft, now: Date = new Date()): Promise<Draft> {
  return guarded(async () => {
    const next: Draft = { ...draft, revision: draft.revision + 1, updatedAt: now.toISOString() };
    await update(
      draft.uid,
      (existing: unknown) => {
        if (existing === undefined) throw new StorageError('not-found');
        const stored = parseDraft(existing);
        if (stored.ok && stored.draft.revision !== draft.revision) throw new StorageError('conflict');
        return next;
      },
      store(),
    );
    return next;
  });
}

export function deleteDraft(uid: string): Promise<void> {
  return guarded(() => del(uid, store()));
}
