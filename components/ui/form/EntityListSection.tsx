'use client';

import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { ErrorMessage } from '@/components/ui/Field';
import { listAt, newUid } from '@/lib/steps/fields';
import { fieldId, useFormField, useFormSchema } from './context';
import { FoldingEntry } from './FoldingEntry';

/** A list's maximum and new empty entry, from the schema of the form in context. */
export function useListSchema(name: string): { max: number; empty: () => Record<string, unknown> } {
  const { schema } = useFormSchema();
  return useMemo(() => {
    const found = listAt(schema, name);
    if (!found) throw new Error(`"${name}" is not a list of the schema`);
    return { max: found.max, empty: () => found.empty(newUid()) };
  }, [schema, name]);
}

/** Beside a disabled add button: the list is at its schema maximum, and what to do. */
export function ListFullNote({ id, max }: { id: string; max: number }) {
  const t = useTranslations('common.list');
  return (
    <p className="hint" id={id}>
      {t('full', { max })}
    </p>
  );
}

/**
 * The add button of a list whose entries the caller lays out itself (cards,
 * undo that restores links): it carries the list's id for the error summary,
 * is disabled at the schema maximum with a note saying why, and shows the
 * list's own error. `onAdd` gets a new empty entry from the schema.
 */
export function ListAddButton({
  name,
  count,
  label,
  onAdd,
}: {
  name: string;
  count: number;
  label: string;
  onAdd: (entry: Record<string, unknown>) => void;
}) {
  const { max, empty } = useListSchema(name);
  const field = useFormField(name);
  const full = count >= max;
  const describedBy = [field.error ? `${field.id}-error` : null, full ? `${field.id}-full` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={field.error ? 'field field--error' : undefined}>
      {field.error ? <ErrorMessage id={`${field.id}-error`}>{field.error}</ErrorMessage> : null}
      <Button
        id={field.id}
        variant="secondary"
        onClick={() => onAdd(empty())}
        disabled={full}
        aria-describedby={describedBy || undefined}
      >
        {label}
      </Button>
      {full ? <ListFullNote id={`${field.id}-full`} max={max} /> : null}
    </div>
  );
}

/**
 * One list of entities ("add another", as MoJ's): heading, hint (once, for
 * the whole list), one summary row per entry of which one opens for editing
 * (FoldingEntry), move/remove and undo, and an add button. The list's maximum
 * and its empty entry come from the schema; at the maximum the add button is
 * disabled and a note beside it says why. The add button carries the list's
 * id, so the error summary can link to it.
 */
export function EntityListSection<Entry = Record<string, unknown>>({
  name,
  heading,
  hint,
  emptyText,
  addLabel,
  legendOf,
  titleOf,
  factsOf,
  nameOf,
  onRemove,
  renderEntry,
  optional,
  headingClassName = 'heading-m',
}: {
  name: string;
  heading: string;
  hint?: string;
  /** Shown while the list is empty. */
  emptyText?: string;
  /** The heading's size: "heading-m" (default) or "heading-s" for a list inside a section. */
  headingClassName?: string;
  addLabel: string;
  /** "Value 2": which entry, in its summary row. */
  legendOf: (index: number) => string;
  /** The entry's own words in its summary row (its name, its description). */
  titleOf?: (entry: Entry | undefined, index: number) => string | undefined;
  /** The facts that tell entries apart, in the summary row. */
  factsOf?: (entry: Entry | undefined, index: number) => (string | null | undefined)[];
  /** The entry's own words, for screen readers and the undo notice. */
  nameOf: (index: number) => string;
  /**
   * Called instead of removing at once, e.g. to ask first when other steps
   * refer to the entry; call `remove` to go ahead.
   */
  onRemove?: (index: number, remove: () => void) => void;
  renderEntry: (index: number) => ReactNode;
  optional?: boolean;
}) {
  const form = useFormContext<FieldValues>();
  const list = useEntityList(form, name);
  // The summary rows follow what is typed in the open entry.
  const values = useWatch({ control: form.control, name }) as (Entry | undefined)[] | undefined;
  const { max, empty } = useListSchema(name);
  const field = useFormField(name, optional);
  const id = fieldId(name);
  const headingId = `${id}-heading`;
  const full = list.fields.length >= max;
  const describedBy = [field.error ? `${id}-error` : null, full ? `${id}-full` : null].filter(Boolean).join(' ');
  return (
    <section className={field.error ? 'field field--error' : undefined} aria-labelledby={headingId}>
      <h3 className={headingClassName} id={headingId}>
        {heading}
        {field.optionalText ? <span className="optional"> {field.optionalText}</span> : null}
      </h3>
      {hint ? <p className="hint">{hint}</p> : null}
      {field.error ? <ErrorMessage id={`${id}-error`}>{field.error}</ErrorMessage> : null}
      {list.fields.length === 0 && emptyText ? <p>{emptyText}</p> : null}
      <ol className="entry-list" aria-labelledby={headingId}>
        {list.fields.map((entry, index) => {
          const remove = () => list.remove(index, nameOf(index));
          return (
            <FoldingEntry
              key={entry.id}
              legend={legendOf(index)}
              title={titleOf?.(values?.[index], index)}
              facts={factsOf?.(values?.[index], index)}
              headingLevel={4}
              {...list.entryProps(index, nameOf(index), () => (onRemove ? onRemove(index, remove) : remove()))}
            >
              {renderEntry(index)}
            </FoldingEntry>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <Button
        id={id}
        variant="secondary"
        onClick={() => list.append(empty() as never)}
        disabled={full}
        aria-describedby={describedBy || undefined}
      >
        {addLabel}
      </Button>
      {full ? <ListFullNote id={`${id}-full`} max={max} /> : null}
    </section>
  );
}
