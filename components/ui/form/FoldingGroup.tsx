'use client';

import { useCallback, useContext, useState, type ReactNode } from 'react';
import { FoldingEntry } from './FoldingEntry';
import { OpenEntryScopeContext, sessionStore } from './openEntry';
import { initialOpenGroup, openEntryKey, writeOpenGroup } from '@/lib/openEntry';

/**
 * A group of fields that folds like a list's entry: a summary row with the
 * facts the user gave, which opens to edit them. It starts open while it
 * is empty or when a "Change" link points into it, and otherwise as the
 * user left it in this tab. The error summary opens it like an entry (the
 * toggle carries the group's id, `f-figures`).
 */
export function FoldingGroup({
  name,
  legend,
  facts,
  empty,
  children,
}: {
  /** The form path the group's fields sit under: "figures". */
  name: string;
  legend: string;
  facts: readonly (string | null | undefined | false)[];
  /** Nothing in the group is filled in yet. */
  empty: boolean;
  children: ReactNode;
}) {
  const { scope, field } = useContext(OpenEntryScopeContext);
  const key = openEntryKey(scope, name);
  const [open, setOpenState] = useState(() =>
    initialOpenGroup(scope ? sessionStore() : undefined, key, name, field ?? undefined, empty),
  );
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      if (scope) writeOpenGroup(sessionStore(), key, name, next);
    },
    [scope, key, name],
  );
  return (
    <FoldingEntry as="div" name={name} legend={legend} facts={facts} open={open} onToggle={setOpen}>
      {children}
    </FoldingEntry>
  );
}
