'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/Button';

/**
 * The shared behaviour of every list of entities in a step form (initiatives,
 * stakeholders, objectives, actions, indicators…): add, move up/down (keyboard
 * and pointer alike: they are buttons), and remove with an undo notice.
 * Entities keep their `uid` through all of it, so links to them survive.
 *
 * When other steps refer to an entity, ask first (ConfirmDialog) and call the
 * session's `unlink` after removing: see lib/links.ts.
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

  const moveUp = useCallback(
    (index: number) => {
      if (index > 0) move(index, index - 1);
    },
    [move],
  );
  const moveDown = useCallback(
    (index: number) => {
      if (index < count - 1) move(index, index + 1);
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
    append: (item: FieldArray<T, Name>) => {
      setRemoved(null);
      array.append(item, { shouldFocus: true });
    },
    moveUp,
    moveDown,
    remove,
    removed,
    undo: () => {
      if (!removed) return;
      array.insert(Math.min(removed.index, array.fields.length), removed.item, { shouldFocus: true });
      setRemoved(null);
    },
    dismiss: () => setRemoved(null),
  };
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

/** Announces a removal and offers to undo it. */
export function UndoNotice({
  removed,
  onUndo,
  onDismiss,
}: {
  removed: { label: string } | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations('common.list');
  return (
    <div role="status" className={removed ? 'notice notice--undo' : undefined}>
      {removed ? (
        <>
          <span>{t('removed', { name: removed.label })}</span>{' '}
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
