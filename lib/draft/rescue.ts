import type { Draft } from './envelope';
import { LOCAL_PREFIX, localStore, type SyncStorage } from './localData';
import { parseDraft } from './parse';

/**
 * A synchronous safety net for the moment a tab is hidden or closed. An
 * IndexedDB save started while the page unloads may be aborted by the browser,
 * so unsaved changes are also written synchronously to localStorage (on this
 * device, like everything else).
 *
 * Two kinds of copy, each under its own key:
 * - the **unsaved copy** (`unsaved:<uid>`) of a tab that could still save. The
 *   next open takes it back when it is based on the stored version. When it
 *   is older and holds the same text as what is stored, the save did finish:
 *   it is dropped. When it is older and holds other text (another tab saved in
 *   between), it becomes a conflict copy.
 * - the **conflict copy** (`unsaved:<uid>:conflict:<id>`) of a tab that had
 *   stopped saving because another tab saved or deleted the draft. It is never
 *   merged into the stored draft: the next open offers it, to keep as a new
 *   draft or to discard, and it stays until the user chooses.
 */

export const UNSAVED_PREFIX = `${LOCAL_PREFIX}unsaved:`;
const CONFLICT_INFIX = ':conflict:';

const unsavedKey = (uid: string) => UNSAVED_PREFIX + uid;
export const conflictKey = (uid: string, id: string) => UNSAVED_PREFIX + uid + CONFLICT_INFIX + id;

/** Writes `text` under `key`; false when storage is blocked or full. */
function put(storage: SyncStorage | null, key: string, text: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function read(storage: SyncStorage, key: string): Draft | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = parseDraft(JSON.parse(text));
    return parsed.ok ? parsed.draft : null;
  } catch {
    return null;
  }
}

function remove(storage: SyncStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Blocked storage: there is nothing to remove either.
  }
}

/** Returns the text written, or null when the copy could not be written (storage blocked or full). */
export function writeRescue(draft: Draft, storage: SyncStorage | null = localStore()): string | null {
  const text = JSON.stringify(draft);
  return put(storage, unsavedKey(draft.uid), text) ? text : null;
}

/** Removes the unsaved copy of `uid` if it is still `text` (the one this tab wrote; another tab may have written since). */
export function clearRescue(uid: string, text: string, storage: SyncStorage | null = localStore()): void {
  try {
    if (storage?.getItem(unsavedKey(uid)) === text) storage.removeItem(unsavedKey(uid));
  } catch {
    // Nothing to clear.
  }
}

/** Writes the conflict copy of a tab that stopped saving; false when it could not be written. */
export function writeConflictCopy(draft: Draft, id: string, storage: SyncStorage | null = localStore()): boolean {
  return put(storage, conflictKey(draft.uid, id), JSON.stringify(draft));
}

export function dropConflictCopy(key: string, storage: SyncStorage | null = localStore()): void {
  remove(storage, key);
}

/** The same user text: what a finished save leaves (only the revision and the time differ). */
function sameText(a: Draft, b: Draft): boolean {
  return (
    a.name === b.name &&
    JSON.stringify(a.steps) === JSON.stringify(b.steps) &&
    JSON.stringify(a.typed) === JSON.stringify(b.typed)
  );
}

/**
 * Takes (and removes) the unsaved copy of a draft if it is based on what is
 * stored, to be saved again. An older copy with other text than what is
 * stored is kept as a conflict copy under `newId` (see `conflictCopies`).
 */
export function takeRescue(
  stored: Draft,
  storage: SyncStorage | null = localStore(),
  newId: string = crypto.randomUUID(),
): Draft | null {
  if (!storage) return null;
  const key = unsavedKey(stored.uid);
  const copy = read(storage, key);
  remove(storage, key);
  if (!copy || copy.uid !== stored.uid) return null;
  if (copy.revision === stored.revision) return copy;
  if (copy.revision < stored.revision && !sameText(copy, stored)) writeConflictCopy(copy, newId, storage);
  return null;
}

export interface ConflictCopy {
  key: string;
  draft: Draft;
}

/** The conflict copies of draft `uid` on this device, oldest first; damaged ones are removed. */
export function conflictCopies(uid: string, storage: SyncStorage | null = localStore()): ConflictCopy[] {
  if (!storage) return [];
  const prefix = unsavedKey(uid) + CONFLICT_INFIX;
  const copies: ConflictCopy[] = [];
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) {
      const draft = read(storage, key);
      if (draft && draft.uid === uid) copies.push({ key, draft });
      else remove(storage, key);
    }
  } catch {
    return copies;
  }
  return copies.sort((a, b) => a.draft.updatedAt.localeCompare(b.draft.updatedAt));
}
