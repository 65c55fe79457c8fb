'use client';

import { createContext, useCallback, useContext, useState } from 'react';
import { initialOpenEntry, openEntryKey, writeOpenEntry } from '@/lib/openEntry';

/**
 * Where the open entry of each list is remembered: the draft (`scope`, empty
 * for "nowhere") and the field a "Change" link points at, whose entry opens
 * first. Provided by the workspace around a step's form.
 */
export interface OpenEntryScopeValue {
  scope: string;
  field?: string | null;
}

export const OpenEntryScopeContext = createContext<OpenEntryScopeValue>({ scope: '' });

export const OpenEntryScope = OpenEntryScopeContext.Provider;

export function sessionStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The one open entry of the list `name` (by uid), remembered per draft and
 * list for this tab (lib/openEntry.ts). `uids` are the list's entries when
 * it is first drawn.
 */
export function useOpenEntry(name: string, uids: () => readonly string[]) {
  const { scope, field } = useContext(OpenEntryScopeContext);
  const key = openEntryKey(scope, name);
  const [openUid, setOpenUid] = useState<string | null>(() =>
    initialOpenEntry(scope ? sessionStore() : undefined, key, name, uids(), field ?? undefined),
  );
  const setOpen = useCallback(
    (uid: string | null) => {
      setOpenUid(uid);
      if (scope) writeOpenEntry(sessionStore(), key, uid);
    },
    [scope, key],
  );
  return { openUid, setOpen };
}
