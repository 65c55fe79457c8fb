'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState, type ReactNode } from 'react';
import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { useOpenEntry } from '@/components/ui/form/openEntry';

/**
 * The shared behaviour of every list of entities in a step form (initiatives,
 * stakeholders, objectives, actions, indicators…): add, move up/down (keyboard
 * and pointer alike: they are buttons), and remove with an undo notice.
 * Entities keep their `uid` through all of it, so links to them survive.
 *
 * When other steps refer to an entity, ask first (ConfirmDialog) and call the
 * session's `unlink` after removing: see lib/links.ts.
 *
 * One entry is open for editing at a time (`openUid`, `setOpen`; see
 * components/ui/form/FoldingEntry.tsx): a new entry opens, and so does one
 * put back by undo. Moves are announced in `moved`.
 *
 * `moveUp`, `moveDown` and `remove` keep their identity between renders (while
 * the number of entries stays the same), so memoised entries can take them.
 */
export function useEntityList<T extends FieldValues, Name extends ArrayPath<T>>(form: UseFormReturn<T>, name: Name) {
  const array = useFieldArray({ control: form.control, name });
  const [removed, setRemoved] = useState<{ item: FieldArray<T, Name>; index: number; label: string } | null>(null);
  const { move, remove: removeAt } = array;
  const count = array.fields.length;
  const { getValues } = form;
  const { openUid, setOpen } = useOpenEntry(name, () => uidsOf(getValues(name as never)));
  const [moved, setMoved] = useState<{ index: number; count: number; at: number } | null>(null);

  const moveUp = useCallback(
    (index: number) => {
      if (index <= 0) return;
      move(index, index - 1);
      setMoved({ index: index - 1, count, at: Date.now() });
    },
    [move, count],
  );
  const moveDown = useCallback(
    (index: number) => {
      if (index >= count - 1) return;
      move(index, index + 1);
      setMoved({ index: index + 1, count, at: Date.now() });
    },
    [move, count],
  );
  /** Removes the entry and offers to undo. `label` names it in the notice. */
  const remove = useCallback(
    (index: number, label: string) => {
      const item = getValues(`${name}.${index}` as never) as FieldArray<T, Name>;
      removeAt(index);
      setRemoved({ item, index, label });
    },
    [getValues, name, removeAt],
  );

  return {
    fields: array.fields,
    /** Adds the entry, opens it and focuses its first field. */
    append: (item: FieldArray<T, Name>) => {
      setRemoved(null);
      setMoved(null);
      const uid = uidOf(item);
      if (uid) setOpen(uid);
      array.append(item, { shouldFocus: true });
    },
    moveUp,
    moveDown,
    /** The last move, for a polite announcement ("now 2 of 5"). */
    moved,
    remove,
    removed,
    openUid,
    setOpen,
    /**
     * What a FoldingEntry of entry `index` takes from the list: its form path, whether it is the
     * open one, its toggle, and move/remove (`label` names the entry for screen readers and the
     * undo notice; `onRemove` replaces the plain removal, e.g. to ask first).
     */
    entryProps: (index: number, label: string, onRemove?: () => void) => {
      const field = array.fields[index];
      const uid = field ? entryUid(field) : '';
      return {
        name: `${name}.${index}`,
        open: openUid === uid,
        onToggle: (open: boolean) => setOpen(open ? uid : null),
        controls: (
          <EntityControls
            index={index}
            count={count}
            name={label}
            onMoveUp={() => moveUp(index)}
            onMoveDown={() => moveDown(index)}
            onRemove={onRemove ?? (() => remove(index, label))}
          />
        ),
      };
    },
    undo: () => {
      if (!removed) return;
      const uid = uidOf(removed.item);
      if (uid) setOpen(uid);
      array.insert(Math.min(removed.index, array.fields.length), removed.item, { shouldFocus: true });
      setRemoved(null);
    },
    dismiss: () => setRemoved(null),
  };
}

function uidOf(entry: unknown): string | undefined {
  const uid = entry && typeof entry === 'object' && 'uid' in entry ? entry.uid : undefined;
  return typeof uid === 'string' ? uid : undefined;
}

function uidsOf(entries: unknown): string[] {
  return Array.isArray(entries) ? entries.map((entry) => uidOf(entry) ?? '') : [];
}

/** The uid of entry `index` of a field array (its `id` when the entries have none). */
export function entryUid(field: { id: string }): string {
  return uidOf(field) ?? field.id;
}

/** Move up / move down / remove for one entry; `name` is the entry's label for screen readers. */
export function EntityControls({
  index,
  count,
  name,
  onMoveUp,
  onMoveDown,
  onRemove,
}: {
  index: number;
  count: number;
  name: string;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations('common.list');
  return (
    <div className="entity-controls">
      <Button variant="secondary" className="button--small" onClick={onMoveUp} disabled={index === 0}>
        {t('moveUp')}
        <span className="visually-hidden">: {name}</span>
      </Button>
      <Button variant="secondary" className="button--small" onClick={onMoveDown} disabled={index >= count - 1}>
        {t('moveDown')}
        <span className="visually-hidden">: {name}</span>
      </Button>
      <Button variant="warning" className="button--small" onClick={onRemove}>
        {t('remove')}
        <span className="visually-hidden">: {name}</span>
      </Button>
    </div>
  );
}

/** Announces a removal and offers to undo it; `note` says more about what the removal keeps or changes. */
export function UndoNotice({
  removed,
  onUndo,
  onDismiss,
  note,
}: {
  removed: { label: string } | null;
  onUndo: () => void;
  onDismiss: () => void;
  note?: ReactNode;
}) {
  const t = useTranslations('common.list');
  return (
    <div role="status" className={removed ? 'notice notice--undo' : undefined}>
      {removed ? (
        <>
          <span>{t('removed', { name: removed.label })}</span> {note}{' '}
          <Button variant="link" onClick={onUndo}>
            {t('undo')}
          </Button>{' '}
          <Button variant="link" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </>
      ) : null}
    </div>
  );
}

/** Says politely where a moved entry went ("now 2 of 5"); silent until something moves. */
export function MoveNotice({ moved }: { moved: { index: number; count: number; at: number } | null }) {
  const t = useTranslations('common.list');
  return (
    <p role="status" className="visually-hidden">
      {moved ? t('moved', { position: moved.index + 1, count: moved.count }) : ''}
    </p>
  );
}
