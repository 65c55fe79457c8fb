/**
 * Asks the browser to keep this site's data (`navigator.storage.persist()`):
 * without it, a browser may delete drafts when the disk runs low or after a
 * while without visits. Browsers decide by their own rules (Chromium from site
 * engagement, Firefox by asking the user), so the answer is shown, not assumed.
 */

export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

function defaultManager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage && 'persist' in navigator.storage
    ? navigator.storage
    : null;
}

/** Whether the data is already kept; does not ask. */
export async function currentPersistence(manager: StorageManagerLike | null = defaultManager()): Promise<Persistence> {
  if (!manager) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** Asks for persistent storage unless it is granted already. Never throws. */
export async function requestPersistence(manager: StorageManagerLike | null = defaultManager()): Promise<Persistence> {
  const current = await currentPersistence(manager);
  if (current !== 'not-persisted' || !manager) return current;
  try {
    return (await manager.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
