/**
 * Which entry of a list is open for editing. One entry per list is open at a
 * time; which one is remembered per draft and list in the tab's session
 * storage (while the user walks the steps, and across reloads of the tab),
 * never in the draft itself.
 */

/** The session-storage key of the open entry of `list` in the draft `scope`. */
export function openEntryKey(scope: string, list: string): string {
  return `welzijnskompas:open:${scope}:${list}`;
}

/**
 * The index of the entry of `list` that a form path points into
 * ("actions.3.title" → 3 for "actions"), or undefined.
 */
export function entryIndexIn(path: string | undefined, list: string): number | undefined {
  if (!path || !path.startsWith(`${list}.`)) return undefined;
  const index = path.slice(list.length + 1).split('.')[0] ?? '';
  return /^\d+$/.test(index) ? Number(index) : undefined;
}

/** The form path of a field id of the form kit ("f-actions-3-title"), from the longest to the list itself. */
export function enclosingIds(id: string): string[] {
  const parts = id.split('-');
  const ids: string[] = [];
  for (let length = parts.length - 1; length >= 2; length--) ids.push(parts.slice(0, length).join('-'));
  return ids;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The remembered open entry, when it is still in the list; storage that fails counts as empty. */
export function readOpenEntry(store: Store | undefined, key: string, uids: readonly string[]): string | null {
  try {
    const uid = store?.getItem(key) ?? null;
    return uid !== null && uids.includes(uid) ? uid : null;
  } catch {
    return null;
  }
}

/** Remember (or forget, with null) the open entry; a full or blocked storage only loses the memory. */
export function writeOpenEntry(store: Store | undefined, key: string, uid: string | null): void {
  try {
    if (uid === null) store?.removeItem(key);
    else store?.setItem(key, uid);
  } catch {
    // Remembering is a convenience: without it the list opens closed.
  }
}

/**
 * The entry open when a list is first drawn: the one a "Change" link points
 * into (`field`), else the one remembered, else none.
 */
export function initialOpenEntry(
  store: Store | undefined,
  key: string,
  list: string,
  uids: readonly string[],
  field: string | undefined,
): string | null {
  const index = entryIndexIn(field, list);
  if (index !== undefined && uids[index] !== undefined) return uids[index];
  return readOpenEntry(store, key, uids);
}

/** Stored for a group the user closed, so that it stays closed even while it is empty. */
const CLOSED = '';

/**
 * Whether a group of fields that folds like an entry (components/ui/form/FoldingGroup.tsx)
 * starts open: when a "Change" link points into it, else as the user left it in this
 * tab, else open while nothing in it is filled in (a summary row would have nothing to say).
 */
export function initialOpenGroup(
  store: Store | undefined,
  key: string,
  group: string,
  field: string | undefined,
  empty: boolean,
): boolean {
  if (field?.startsWith(`${group}.`)) return true;
  try {
    const stored = store?.getItem(key) ?? null;
    if (stored !== null) return stored === group;
  } catch {
    // As if nothing was remembered.
  }
  return empty;
}

/** Remember whether the group is open, for the rest of the tab's session. */
export function writeOpenGroup(store: Store | undefined, key: string, group: string, open: boolean): void {
  try {
    store?.setItem(key, open ? group : CLOSED);
  } catch {
    // Remembering is a convenience: without it the group opens as when first drawn.
  }
}
