'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/Field';
import { EntityControls, UndoNotice } from '@/components/ui/EntityList';

interface EntityListState {
  fields: { id: string }[];
  moveUp: (index: number) => void;
  moveDown: (index: number) => void;
  removed: { label: string } | null;
  undo: () => void;
  dismiss: () => void;
}

/**
 * One list of entities in step 5 (budget lines, internal time, expertise):
 * heading, hint, one fieldset per entry with move/remove controls, an add
 * button (which carries the list's id, so the error summary can link to it)
 * and the undo notice.
 */
export function EntrySection({
  id,
  heading,
  hint,
  empty,
  addLabel,
  max,
  list,
  legendOf,
  nameOf,
  onAdd,
  onRemove,
  error,
  renderEntry,
}: {
  id: string;
  heading: string;
  hint: string;
  empty: string;
  addLabel: string;
  max: number;
  list: EntityListState;
  /** "Budget line 2": the entry's fieldset legend. */
  legendOf: (index: number) => string;
  /** The entry's own words, for screen readers and the undo notice. */
  nameOf: (index: number) => string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  error?: string | undefined;
  renderEntry: (index: number) => ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className={error ? 'field field--error' : undefined} aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        {heading}
      </h3>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {list.fields.length === 0 ? <p>{empty}</p> : null}
      <ol className="entry-list" aria-labelledby={headingId}>
        {list.fields.map((field, index) => (
          <li className="entry" key={field.id}>
            <fieldset className="fieldset">
              <legend className="legend legend--s">{legendOf(index)}</legend>
              {renderEntry(index)}
            </fieldset>
            <EntityControls
              index={index}
              count={list.fields.length}
              name={nameOf(index)}
              onMoveUp={() => list.moveUp(index)}
              onMoveDown={() => list.moveDown(index)}
              onRemove={() => onRemove(index)}
            />
          </li>
        ))}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <Button
        id={id}
        variant="secondary"
        onClick={onAdd}
        disabled={list.fields.length >= max}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {addLabel}
      </Button>
    </section>
  );
}
