import type { Draft } from './envelope';
import { LOCAL_PREFIX, localStore } from './localData';
import { parseDraft } from './parse';

/**
 * A synchronous safety net for the moment a tab is hidden or closed. An
 * IndexedDB save started while the page unloads may be aborted by the browser,
 * so unsaved changes are also written synchronously to localStorage (on this
 * device, like everything else). The next time the draft is opened, the copy
 * is taken back if it is based on the version that is stored; otherwise it is
 * stale (the save did finish, or another tab saved since) and is dropped.
 */

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const UNSAVED_PREFIX = `${LOCAL_PREFIX}unsaved:`;
const PREFIX = UNSAVED_PREFIX;
const defaultStorage = localStore;

/** Returns false when the copy could not be written (storage blocked or full). */
export function writeRescue(draft: Draft, storage: SyncStorage | null = defaultStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + draft.uid, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Takes (and removes) the rescued copy of a draft if it is newer than what is stored. */
export function takeRescue(stored: Draft, storage: SyncStorage | null = defaultStorage()): Draft | null {
  if (!storage) return null;
  try {
    const text = storage.getItem(PREFIX + stored.uid);
    if (text === null) return null;
    storage.removeItem(PREFIX + stored.uid);
    const parsed = parseDraft(JSON.parse(text));
    if (!parsed.ok || parsed.draft.uid !== stored.uid || parsed.draft.revision !== stored.revision) return null;
    return parsed.draft;
  } catch {
    return null;
  }
}
