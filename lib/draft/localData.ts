/**
 * The small things kept in localStorage beside the drafts: rescue copies of a
 * closing tab (rescue.ts), the backup log (backupLog.ts) and the presentation
 * setting (lib/presentation.ts). All keys share
 * one prefix, so "delete all my data" can find every one of them.
 */

export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const LOCAL_PREFIX = 'welzijnskompas:';

export function localStore(): SyncStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Access to localStorage throws when storage is blocked.
  }
}

/**
 * Removes every key of this app except those in `keep` (a preference such as
 * presentation mode); returns false when storage could not be read.
 */
export function clearLocalData(storage: SyncStorage | null = localStore(), keep: readonly string[] = []): boolean {
  if (!storage) return true;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(LOCAL_PREFIX) && !keep.includes(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
